//! `range` objects. Bounds are arbitrary-precision (`range(10**30)` is
//! valid); iteration over ranges that fit in `i64` takes a fast path.

use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub struct PyRange {
    bounds: Bounds,
    /// (start, step, len) when iteration fits in `i64`, worked out once:
    /// `for i in range(n)` must not pay for big-int arithmetic.
    small: Option<(i64, i64, i64)>,
}

/// start, stop, step: machine ints when they fit, so that making a range
/// (once per call of `range(n)`) allocates nothing besides the object.
enum Bounds {
    Small([i64; 3]),
    Big(Box<[BigInt; 3]>),
}

impl PyRange {
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Self {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(a), Some(b), Some(c)) => Self::from_i64(a, b, c),
            _ => PyRange {
                small: None,
                bounds: Bounds::Big(Box::new([start, stop, step])),
            },
        }
    }

    fn small_of(a: i64, b: i64, s: i64) -> Option<(i64, i64, i64)> {
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

    /// A range of machine-int bounds (`step` not zero).
    pub fn from_i64(start: i64, stop: i64, step: i64) -> Self {
        PyRange {
            small: Self::small_of(start, stop, step),
            bounds: Bounds::Small([start, stop, step]),
        }
    }

    fn bound(&self, k: usize) -> BigInt {
        match &self.bounds {
            Bounds::Small(b) => BigInt::from(b[k]),
            Bounds::Big(b) => b[k].clone(),
        }
    }

    pub fn start(&self) -> BigInt {
        self.bound(0)
    }

    pub fn stop(&self) -> BigInt {
        self.bound(1)
    }

    pub fn step(&self) -> BigInt {
        self.bound(2)
    }

    /// Number of items.
    pub fn len(&self) -> BigInt {
        if let Some((_, _, n)) = self.small {
            return BigInt::from(n);
        }
        let (start, stop, step) = (self.start(), self.stop(), self.step());
        let (lo, hi, step) = if step.is_positive() {
            (start, stop, step)
        } else {
            (stop, start, -step)
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
        self.start() + i * self.step()
    }

    /// (start, step, len) when iteration fits in `i64`.
    pub fn small(&self) -> Option<(i64, i64, i64)> {
        self.small
    }

    pub fn contains_int(&self, i: &BigInt) -> bool {
        let (start, stop, step) = (self.start(), self.stop(), self.step());
        let inside = if step.is_positive() {
            *i >= start && *i < stop
        } else {
            *i <= start && *i > stop
        };
        inside && (i - &start).mod_floor(&step).is_zero()
    }

    pub fn start_value(&self) -> Value {
        Value::from_bigint(self.start())
    }
}
