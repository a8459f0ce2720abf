//! `dict`: an insertion-ordered hash table, laid out like CPython's compact
//! dict (a dense entry array plus an index table of positions).
//!
//! Keys whose equality needs no Python code (str, int, float, tuples of
//! those...) are compared inline. Keys of user classes go through
//! `Vm::eq` with no borrow held, so a `__eq__` that mutates the dict cannot
//! corrupt it: the lookup restarts when the table changed meanwhile.

use super::hashing::{eq_fast, hash_fast};
use super::str::PyStr;
use crate::interp::Vm;
use crate::value::{PyResult, Value};
use hashbrown::HashTable;
use std::cell::{Ref, RefCell};
use std::rc::Rc;

/// Dicts of at most this many entries have no hash index.
const SMALL: usize = 8;

/// See [`DictInner::positions`].
enum Positions<'a> {
    Index(hashbrown::hash_table::IterHash<'a, u32>),
    Scan {
        entries: &'a [Entry],
        hash: i64,
        next: usize,
    },
}

impl Iterator for Positions<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        match self {
            Positions::Index(it) => it.next().copied(),
            Positions::Scan {
                entries,
                hash,
                next,
            } => {
                while let Some(e) = entries.get(*next) {
                    *next += 1;
                    if e.hash == *hash && !e.key.is_unbound() {
                        return Some(*next as u32 - 1);
                    }
                }
                None
            }
        }
    }
}

pub struct PyDict {
    inner: RefCell<DictInner>,
    /// Changes on every mutation (keys or values): native code that relies
    /// on what a dict holds (a global's value) guards on it.
    watch: std::cell::Cell<u64>,
}

#[derive(Clone)]
pub struct DictInner {
    /// Positions by hash, built once the dict holds more than
    /// [`SMALL`] entries; smaller dicts (most instance dicts) are searched
    /// by scanning their entries, which saves the table's allocation.
    index: HashTable<u32>,
    indexed: bool,
    entries: Vec<Entry>,
    used: usize,
    /// Changes on every insertion of a new key or removal (never on a
    /// value update): lets lookups that ran Python code detect changes,
    /// iterators raise "changed size", and inline caches trust entry
    /// positions. Values come from one counter, so a (dict, version)
    /// state is never confused with another dict's.
    version: u64,
}

/// Source of dict key-versions. A process-wide counter only hands out
/// unique numbers; no runtime can observe another through it.
static NEXT_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_version() -> u64 {
    NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Unbound` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

impl Default for DictInner {
    fn default() -> Self {
        DictInner {
            index: HashTable::new(),
            indexed: false,
            entries: Vec::new(),
            used: 0,
            version: next_version(),
        }
    }
}

impl Default for PyDict {
    fn default() -> Self {
        Self::new()
    }
}

impl PyDict {
    /// Every mutation goes through here.
    fn inner_mut(&self) -> std::cell::RefMut<'_, DictInner> {
        self.watch.set(self.watch.get().wrapping_add(1));
        self.inner.borrow_mut()
    }

    pub fn watch(&self) -> u64 {
        self.watch.get()
    }

    /// Where [`PyDict::watch`] lives, for native code.
    pub fn watch_ptr(&self) -> *const u64 {
        self.watch.as_ptr()
    }

    pub fn new() -> Self {
        PyDict {
            inner: RefCell::new(DictInner::default()),
            watch: Default::default(),
        }
    }

    /// An empty dict with room for `n` entries.
    pub fn with_capacity(n: usize) -> Self {
        PyDict {
            inner: RefCell::new(DictInner {
                index: if n > SMALL {
                    HashTable::with_capacity(n)
                } else {
                    HashTable::new()
                },
                indexed: n > SMALL,
                entries: Vec::with_capacity(n),
                used: 0,
                version: next_version(),
            }),
            watch: Default::default(),
        }
    }

    // ---- positional access for inline caches ----

    /// Position of a str key in the entry array.
    pub fn find_str_index(&self, key: &PyStr) -> Option<usize> {
        let inner = self.inner.borrow();
        let hash = key.hash();
        inner
            .find_pos(hash, |e| matches!(&e.key, Value::Str(s) if std::ptr::eq(&**s, key) || s.as_str() == key.as_str()))
            .map(|i| i as usize)
    }

    /// The value at entry position `i`, if that entry is live.
    #[inline(always)]
    pub fn value_at(&self, i: usize) -> Option<Value> {
        let inner = self.inner.borrow();
        let e = inner.entries.get(i)?;
        if e.key.is_unbound() {
            return None;
        }
        Some(e.value.clone())
    }

    /// Stores a copy of `v` at a live entry position; false if that entry
    /// is not live.
    #[inline(always)]
    pub fn set_value_at(&self, i: usize, v: &Value) -> bool {
        let mut inner = self.inner_mut();
        match inner.entries.get_mut(i) {
            Some(e) if !e.key.is_unbound() => {
                if e.value.assign_inline(v) {
                    return true;
                }
                let old = std::mem::replace(&mut e.value, v.clone());
                drop(inner);
                // The old value's destructor may run Python code that
                // touches this dict: it runs after the borrow ends.
                drop(old);
                true
            }
            _ => false,
        }
    }

    /// Replaces the value at a live entry position, or gives the value
    /// back if that entry is not live.
    #[inline]
    pub fn set_value_at_or_give_back(&self, i: usize, v: Value) -> Result<(), Value> {
        let mut inner = self.inner_mut();
        match inner.entries.get_mut(i) {
            Some(e) if !e.key.is_unbound() => {
                let old = std::mem::replace(&mut e.value, v);
                drop(inner);
                drop(old);
                Ok(())
            }
            _ => Err(v),
        }
    }

    pub fn len(&self) -> usize {
        self.inner.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.inner.borrow().version
    }

    pub fn copy(&self) -> PyDict {
        let mut inner = self.inner.borrow().clone();
        inner.compact();
        inner.version = next_version();
        PyDict {
            inner: RefCell::new(inner),
            watch: Default::default(),
        }
    }

    /// Read access to the entries (including deleted ones, whose key is
    /// `Unbound`), for iteration that runs no Python code.
    pub fn entries(&self) -> Ref<'_, [Entry]> {
        Ref::map(self.inner.borrow(), |i| i.entries.as_slice())
    }

    /// The live entry at or after position `pos`, and the position after it;
    /// for iterators that must survive Python code running between steps.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let inner = self.inner.borrow();
        let mut i = pos;
        while i < inner.entries.len() {
            let e = &inner.entries[i];
            if !e.key.is_unbound() {
                return Some((i + 1, e.key.clone(), e.value.clone()));
            }
            i += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.live().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.live().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.live()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    fn live(&self) -> impl Iterator<Item = Entry> + '_ {
        let entries: Vec<Entry> = self
            .inner
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_unbound())
            .cloned()
            .collect();
        entries.into_iter()
    }

    pub fn clear(&self) {
        let mut inner = self.inner_mut();
        let old = std::mem::take(&mut *inner);
        inner.version = next_version();
        drop(inner);
        drop(old);
    }

    // ---- str-keyed fast paths (namespaces, attributes, keyword args) ----

    /// Looks up a str key. Non-str keys never match here: namespace lookups
    /// compare names only with names.
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        let inner = self.inner.borrow();
        let hash = key.hash();
        inner
            .find_pos(hash, |e| matches!(&e.key, Value::Str(s) if std::ptr::eq(&**s, key) || s.as_str() == key.as_str()))
            .map(|i| inner.entries[i as usize].value.clone())
    }

    /// `get_str`, trying entry position `slot` first (an inline cache's
    /// guess, see `AttrCache::slot`), which is updated to where the key
    /// was found.
    #[inline]
    pub fn get_str_hinted(&self, key: &PyStr, slot: &std::cell::Cell<u32>) -> Option<Value> {
        {
            let inner = self.inner.borrow();
            if let Some(e) = inner.entries.get(slot.get() as usize) {
                if Self::is_key(e, key) {
                    return Some(e.value.clone());
                }
            }
        }
        let i = self.find_str_index(key)?;
        slot.set(i as u32);
        self.value_at(i)
    }

    /// `set_str`, trying entry position `slot` first (see
    /// [`PyDict::get_str_hinted`]). Returns whether the key was there.
    #[inline]
    pub fn set_str_hinted(
        &self,
        key: &Rc<PyStr>,
        slot: &std::cell::Cell<u32>,
        value: Value,
    ) -> bool {
        let old = {
            let mut inner = self.inner_mut();
            match inner.entries.get_mut(slot.get() as usize) {
                Some(e) if Self::is_key(e, key) => std::mem::replace(&mut e.value, value),
                _ => {
                    drop(inner);
                    let before = self.len();
                    slot.set(self.set_str_index(key.clone(), value) as u32);
                    return self.len() == before;
                }
            }
        };
        // Dropped with no borrow held: its destructor may run Python code.
        drop(old);
        true
    }

    /// Whether entry `e` has the str key `key` (the same object, or equal).
    #[inline(always)]
    fn is_key(e: &Entry, key: &PyStr) -> bool {
        matches!(&e.key, Value::Str(s) if std::ptr::eq(&**s, key)
            || (e.hash == key.hash() && s.as_str() == key.as_str()))
    }

    pub fn contains_str(&self, key: &PyStr) -> bool {
        self.get_str(key).is_some()
    }

    /// Inserts or replaces a str key.
    pub fn set_str(&self, key: std::rc::Rc<PyStr>, value: Value) {
        self.set_str_index(key, value);
    }

    /// Inserts or replaces a str key, returning its entry position.
    pub fn set_str_index(&self, key: std::rc::Rc<PyStr>, value: Value) -> usize {
        let hash = key.hash();
        let mut inner = self.inner_mut();
        let found = inner.find_pos(hash, |e| matches!(&e.key, Value::Str(s) if Rc::ptr_eq(s, &key) || s.as_str() == key.as_str()));
        match found {
            Some(i) => {
                let e = &mut inner.entries[i as usize];
                // Equal str keys are interchangeable; keeping the newest
                // object lets later lookups match by pointer.
                if let Value::Str(k) = &e.key {
                    if !Rc::ptr_eq(k, &key) {
                        e.key = Value::Str(key);
                    }
                }
                let old = std::mem::replace(&mut e.value, value);
                drop(inner);
                drop(old);
                i as usize
            }
            None => {
                inner.insert_new(hash, Value::Str(key), value);
                inner.entries.len() - 1
            }
        }
    }

    pub fn del_str(&self, key: &PyStr) -> Option<Value> {
        let hash = key.hash();
        let mut inner = self.inner_mut();
        let found = inner.find_pos(hash, |e| matches!(&e.key, Value::Str(s) if std::ptr::eq(&**s, key) || s.as_str() == key.as_str()));
        let i = found?;
        let (_, v) = inner.remove_at(i as usize);
        Some(v)
    }

    pub fn get_item_str(&self, key: &str) -> Option<Value> {
        self.get_str(&PyStr::new(key))
    }

    pub fn set_item_str(&self, key: &str, value: Value) {
        self.set_str(std::rc::Rc::new(PyStr::new(key)), value)
    }

    // ---- general keys ----

    /// Position of `key` in the entry array, running `__eq__` if needed.
    fn find(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        'restart: loop {
            let mut undecided: Vec<(usize, Value)> = Vec::new();
            let version;
            {
                let inner = self.inner.borrow();
                version = inner.version;
                for i in inner.positions(hash) {
                    let e = &inner.entries[i as usize];
                    if e.hash != hash {
                        continue;
                    }
                    if e.key.is(key) {
                        return Ok(Some(i as usize));
                    }
                    match eq_fast(&e.key, key) {
                        Some(true) => return Ok(Some(i as usize)),
                        Some(false) => {}
                        None => undecided.push((i as usize, e.key.clone())),
                    }
                }
            }
            for (i, k) in undecided {
                let eq = vm.eq(&k, key)?;
                if self.inner.borrow().version != version {
                    continue 'restart;
                }
                if eq {
                    return Ok(Some(i));
                }
            }
            return Ok(None);
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            return Ok(self.get_str(s));
        }
        let hash = vm.hash(key)?;
        Ok(self
            .find(vm, hash, key)?
            .map(|i| self.inner.borrow().entries[i].value.clone()))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        Ok(self.get(vm, key)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        if let Value::Str(s) = &key {
            self.set_str(s.clone(), value);
            return Ok(());
        }
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, hash, key, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, hash: i64, key: Value, value: Value) -> PyResult<()> {
        match self.find(vm, hash, &key)? {
            Some(i) => {
                let old = std::mem::replace(&mut self.inner_mut().entries[i].value, value);
                drop(old);
            }
            None => self.inner_mut().insert_new(hash, key, value),
        }
        Ok(())
    }

    /// Removes `key`, returning its value.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            return Ok(self.del_str(s));
        }
        let hash = vm.hash(key)?;
        match self.find(vm, hash, key)? {
            Some(i) => {
                let (_, v) = self.inner_mut().remove_at(i);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    /// Removes and returns the last inserted item (`dict.popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut inner = self.inner_mut();
        let i = inner.entries.iter().rposition(|e| !e.key.is_unbound())?;
        let kv = inner.remove_at(i);
        // Keep the entry array tight at the end, as CPython does.
        while inner.entries.last().is_some_and(|e| e.key.is_unbound()) {
            inner.entries.pop();
        }
        inner.rebuild_index();
        Some(kv)
    }

    /// Inserts a key known to be hashable without Python code.
    pub fn set_fast(&self, key: Value, value: Value) -> bool {
        let Some(hash) = hash_fast(&key) else {
            return false;
        };
        let mut inner = self.inner_mut();
        let found = inner.find_pos(hash, |e| {
            e.key.is(&key) || eq_fast(&e.key, &key) == Some(true)
        });
        match found {
            Some(i) => inner.entries[i as usize].value = value,
            None => inner.insert_new(hash, key, value),
        }
        true
    }
}

impl DictInner {
    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let i = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        if self.indexed {
            let entries = &self.entries;
            self.index
                .insert_unique(hash as u64, i, |&j| entries[j as usize].hash as u64);
        } else if self.entries.len() > SMALL {
            self.rebuild_index();
        }
        self.used += 1;
        self.version = next_version();
    }

    /// The position of the live entry with `hash` that `pred` accepts.
    #[inline]
    fn find_pos(&self, hash: i64, pred: impl Fn(&Entry) -> bool) -> Option<u32> {
        if self.indexed {
            return self
                .index
                .find(hash as u64, |&i| {
                    let e = &self.entries[i as usize];
                    e.hash == hash && pred(e)
                })
                .copied();
        }
        self.entries
            .iter()
            .position(|e| e.hash == hash && !e.key.is_unbound() && pred(e))
            .map(|i| i as u32)
    }

    /// Positions of the live entries with `hash`.
    fn positions(&self, hash: i64) -> Positions<'_> {
        if self.indexed {
            Positions::Index(self.index.iter_hash(hash as u64))
        } else {
            Positions::Scan {
                entries: &self.entries,
                hash,
                next: 0,
            }
        }
    }

    fn remove_at(&mut self, i: usize) -> (Value, Value) {
        let hash = self.entries[i].hash;
        if self.indexed {
            if let Ok(entry) = self.index.find_entry(hash as u64, |&j| j as usize == i) {
                entry.remove();
            }
        }
        let e = &mut self.entries[i];
        let k = std::mem::take(&mut e.key);
        let v = std::mem::take(&mut e.value);
        self.used -= 1;
        self.version = next_version();
        if self.entries.len() > 16 && self.used * 2 < self.entries.len() {
            self.compact();
        }
        (k, v)
    }

    fn compact(&mut self) {
        if self.used == self.entries.len() {
            return;
        }
        self.entries.retain(|e| !e.key.is_unbound());
        self.rebuild_index();
    }

    fn rebuild_index(&mut self) {
        self.index.clear();
        self.indexed = self.entries.len() > SMALL;
        if !self.indexed {
            return;
        }
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if !e.key.is_unbound() {
                self.index.insert_unique(e.hash as u64, i as u32, |&j| {
                    entries[j as usize].hash as u64
                });
            }
        }
    }
}
