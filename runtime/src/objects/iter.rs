//! Built-in iterator objects. Their `next` logic lives in
//! `interp::iterate`, which may call back into Python.

use super::{PyDict, PySet, PyStr};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub struct PyIter {
    pub state: RefCell<IterState>,
}

impl PyIter {
    pub fn new(state: IterState) -> Self {
        PyIter {
            state: RefCell::new(state),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// `range` iteration: the next value and how many remain.
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// A list, tuple or bytes, re-checking the length at every step as
    /// CPython does (a list may grow while iterated).
    /// A range whose values do not fit in `i64`.
    BigRange {
        range: Rc<super::PyRange>,
        index: num_bigint::BigInt,
    },
    Seq {
        seq: Value,
        index: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        kind: DictIterKind,
        len: usize,
        version: u64,
    },
    Set {
        set: Rc<PySet>,
        pos: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// The old sequence protocol: `__getitem__` with 0, 1, 2... until
    /// IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}
