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
    /// (start, step, len) when iteration fits in `i64`, worked out once:
    /// `for i in range(n)` must not pay for big-int arithmetic.
    small: Option<(i64, i64, i64)>,
}

impl PyRange {
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Self {
        let small = Self::small_of(&start, &stop, &step);
        PyRange {
            start,
            stop,
            step,
            small,
        }
    }

    fn small_of(start: &BigInt, stop: &BigInt, step: &BigInt) -> Option<(i64, i64, i64)> {
        let (a, b, s) = (start.to_i64()?, stop.to_i64()?, step.to_i64()?);
        let (a, b, s) = (a as i128, b as i128, s as i128);
        let n = if s > 0 && a < b {
            (b - a - 1) / s + 1
        } else if s < 0 && a > b {
            (a - b - 1) / -s + 1
        } else {
            0
        };
        // Every value lies between start and stop, so fits when they do.
        Some((a as i64, s as i64, i64::try_from(n).ok()?))
    }

    pub fn from_i64(start: i64, stop: i64, step: i64) -> Self {
        Self::new(start.into(), stop.into(), step.into())
    }

    /// Number of items.
    pub fn len(&self) -> BigInt {
        if let Some((_, _, n)) = self.small {
            return BigInt::from(n);
        }
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
        match self.small {
            Some((_, _, n)) => n == 0,
            None => self.len().is_zero(),
        }
    }

    /// Item `i` (0 <= i < len).
    pub fn get(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// (start, step, len) when iteration fits in `i64`.
    pub fn small(&self) -> Option<(i64, i64, i64)> {
        self.small
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
