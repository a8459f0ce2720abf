//! `tuple` storage.

use crate::value::Value;

pub struct PyTuple {
    items: Box<[Value]>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> Self {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Value> {
        self.items.iter()
    }

    pub fn as_slice(&self) -> &[Value] {
        &self.items
    }
}

impl std::ops::Index<usize> for PyTuple {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        &self.items[i]
    }
}
