//! Cell objects: the storage of variables shared between a function and
//! the functions nested in it (CPython's LOAD_DEREF world).

use crate::value::Value;
use std::cell::RefCell;

pub struct PyCell {
    pub value: RefCell<Value>,
}

impl PyCell {
    pub fn new(value: Value) -> Self {
        PyCell {
            value: RefCell::new(value),
        }
    }

    pub fn get(&self) -> Value {
        self.value.borrow().clone()
    }

    pub fn set(&self, v: Value) {
        *self.value.borrow_mut() = v;
    }

    pub fn take(&self) -> Value {
        std::mem::take(&mut *self.value.borrow_mut())
    }
}
