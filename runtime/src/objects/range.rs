//! `range` objects (i64 bounds; larger ranges raise OverflowError).

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    pub fn len(&self) -> i64 {
        range_len(self.start, self.stop, self.step)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, step) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / step + 1) as i64
    }
}

/// Length without overflow, for `len()` errors on huge ranges.
pub fn range_len_i128(r: &PyRange) -> i128 {
    let (lo, hi, step) = if r.step > 0 {
        (r.start as i128, r.stop as i128, r.step as i128)
    } else {
        (r.stop as i128, r.start as i128, -(r.step as i128))
    };
    if lo >= hi {
        0
    } else {
        (hi - lo - 1) / step + 1
    }
}
