//! `list` storage.
//!
//! A list holding only `True` and `False` may be stored *compact*, one
//! byte per item instead of a 16-byte [`Value`] (PyPy calls this a storage
//! strategy). `[False] * n` builds such a list: a sieve's flag list then
//! takes an eighth of the memory, which is what bounds its speed. Reads,
//! bool stores, `len` and iteration work on the compact form; anything else
//! first widens the list to boxed values, once ([`PyList::items`]). A list
//! never turns compact again, so code that saw it widened may rely on that.
//!
//! Exactly one of the two vectors is in use: the other is empty. Native
//! code relies on this: a bounds check against the vector it expects fails
//! when the list is in the other form (see `jit_iface::ListLayout`).

use crate::value::{BoolWord, Value};
use std::cell::{Ref, RefCell, RefMut};

pub struct PyList {
    storage: RefCell<Storage>,
}

#[derive(Default)]
struct Storage {
    /// The items, boxed; empty while the list is compact.
    values: Vec<Value>,
    /// The items of a compact list, 0 or 1 each; empty otherwise.
    bools: Vec<u8>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> Self {
        PyList {
            storage: RefCell::new(Storage {
                values: items,
                bools: Vec::new(),
            }),
        }
    }

    /// `[b] * n`, compact.
    pub fn repeat_bool(b: bool, n: usize) -> Self {
        Self::from_bools(vec![b as u8; n])
    }

    /// A compact list of `bools` (0 or 1 each).
    pub(crate) fn from_bools(bools: Vec<u8>) -> Self {
        debug_assert!(bools.iter().all(|&b| b <= 1));
        PyList {
            storage: RefCell::new(Storage {
                values: Vec::new(),
                bools,
            }),
        }
    }

    /// Whether the list is stored compact (for native code's choice of path).
    pub fn is_compact(&self) -> bool {
        !self.storage.borrow().bools.is_empty()
    }

    pub fn len(&self) -> usize {
        let s = self.storage.borrow();
        s.values.len() + s.bools.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        let s = self.storage.borrow();
        if s.bools.is_empty() {
            s.values.get(i).cloned()
        } else {
            s.bools.get(i).map(|&b| Value::Bool(BoolWord::new(b != 0)))
        }
    }

    /// The item at Python index `i` (negative counts from the end), or
    /// `None` when out of range.
    #[inline]
    pub fn get_index(&self, i: i64) -> Option<Value> {
        let s = self.storage.borrow();
        if s.bools.is_empty() {
            let j = wrap(i, s.values.len())?;
            Some(s.values[j].clone())
        } else {
            let j = wrap(i, s.bools.len())?;
            Some(Value::Bool(BoolWord::new(s.bools[j] != 0)))
        }
    }

    /// Stores `v` at Python index `i`; gives `v` back when out of range.
    #[inline]
    pub fn set_index(&self, i: i64, v: Value) -> Result<(), Value> {
        let mut s = self.storage.borrow_mut();
        if s.bools.is_empty() {
            let Some(j) = wrap(i, s.values.len()) else {
                return Err(v);
            };
            let old = std::mem::replace(&mut s.values[j], v);
            // Dropped after the borrow ends: its destructor may run
            // Python code that reads this list.
            drop(s);
            drop(old);
            return Ok(());
        }
        let Some(j) = wrap(i, s.bools.len()) else {
            return Err(v);
        };
        if let Value::Bool(b) = v {
            s.bools[j] = b.get() as u8;
            return Ok(());
        }
        drop(s);
        self.items_mut()[j] = v;
        Ok(())
    }

    pub fn push(&self, v: Value) {
        self.items_mut().push(v);
    }

    /// A copy of the items, for iterating while Python code may run. A
    /// compact list stays compact.
    pub fn snapshot(&self) -> Vec<Value> {
        let s = self.storage.borrow();
        if s.bools.is_empty() {
            s.values.clone()
        } else {
            s.bools
                .iter()
                .map(|&b| Value::Bool(BoolWord::new(b != 0)))
                .collect()
        }
    }

    /// The items as boxed values, widening a compact list first.
    pub fn items(&self) -> Ref<'_, Vec<Value>> {
        self.widen();
        Ref::map(self.storage.borrow(), |s| &s.values)
    }

    /// The items as boxed values for changing, widening a compact list
    /// first.
    pub fn items_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.widen();
        RefMut::map(self.storage.borrow_mut(), |s| &mut s.values)
    }

    fn widen(&self) {
        if self.storage.borrow().bools.is_empty() {
            return;
        }
        let mut s = self.storage.borrow_mut();
        let bools = std::mem::take(&mut s.bools);
        s.values = bools
            .into_iter()
            .map(|b| Value::Bool(BoolWord::new(b != 0)))
            .collect();
    }

    /// The words native code reads, for measuring their offsets: the
    /// boxed items' data pointer, the compact items' data pointer.
    pub(crate) fn data_pointers(&self) -> (usize, usize) {
        let s = self.storage.borrow();
        (s.values.as_ptr() as usize, s.bools.as_ptr() as usize)
    }

    /// Holds a shared borrow while `f` runs, for measuring the borrow flag.
    pub(crate) fn with_borrow<R>(&self, f: impl FnOnce() -> R) -> R {
        let _guard = self.storage.borrow();
        f()
    }
}

/// Python index `i` (negative counts from the end) into a sequence of
/// `len` items, when in range.
#[inline(always)]
fn wrap(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}
