//! `range` objects. Bounds are arbitrary-precision (`range(10**30)` is
//! valid); iteration over ranges that fit in `i64` takes a fast path.

use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub struct PyRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl PyRange {
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Self {
        PyRange { start, stop, step }
    }

    pub fn from_i64(start: i64, stop: i64, step: i64) -> Self {
        Self::new(start.into(), stop.into(), step.into())
    }

    /// Number of items.
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            BigInt::zero()
        } else {
            (hi - lo - 1u32).div_floor(&step) + 1u32
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len().is_zero()
    }

    /// Item `i` (0 <= i < len).
    pub fn get(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// (start, step, len) when iteration fits in `i64`.
    pub fn small(&self) -> Option<(i64, i64, i64)> {
        let n = self.len().to_i64()?;
        let start = self.start.to_i64()?;
        let step = self.step.to_i64()?;
        // The last value must fit too.
        if n > 0 {
            (start as i128 + (n as i128 - 1) * step as i128).to_i64()?;
        }
        Some((start, step, n))
    }

    pub fn contains_int(&self, i: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            *i >= self.start && *i < self.stop
        } else {
            *i <= self.start && *i > self.stop
        };
        inside && (i - &self.start).mod_floor(&self.step).is_zero()
    }

    pub fn start_value(&self) -> Value {
        Value::from_bigint(self.start.clone())
    }
}
