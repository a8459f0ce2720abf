//! `set` and `frozenset`: an open-addressing table with CPython's layout,
//! probe sequence and resize policy, so that iteration order (and thus the
//! printed form of a set of ints) is the same as CPython's.
//!
//! As in `dict`, equality that needs Python code runs with no borrow held;
//! the probe restarts if the table changed meanwhile.

use super::hashing::eq_fast;
use crate::interp::Vm;
use crate::value::{PyResult, Value};
use std::cell::{Ref, RefCell};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

pub struct PySet {
    table: RefCell<SetTable>,
}

#[derive(Clone)]
struct Slot {
    /// 0 with an `Unbound` key: never used; -1 with `Unbound`: deleted.
    hash: i64,
    key: Value,
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    version: u64,
}

enum Probe {
    Found(usize),
    /// Not present; the slot where CPython would insert it and whether that
    /// slot was never used (as opposed to a deleted one).
    Absent(usize, bool),
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![
                Slot {
                    hash: 0,
                    key: Value::Unbound
                };
                MINSIZE
            ],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if slots[i].key.is_unbound() {
                slots[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if slots[i + j].key.is_unbound() {
                        slots[i + j] = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(
            &mut self.slots,
            vec![
                Slot {
                    hash: 0,
                    key: Value::Unbound
                };
                newsize
            ],
        );
        self.fill = self.used;
        for s in old {
            if !s.key.is_unbound() {
                Self::insert_clean(&mut self.slots, s.hash, s.key);
            }
        }
        self.version += 1;
    }

    /// Stores a key at a probed free slot, then grows as CPython does.
    fn store(&mut self, slot: usize, unused: bool, hash: i64, key: Value) {
        self.slots[slot] = Slot { hash, key };
        self.used += 1;
        self.version += 1;
        if unused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let n = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(n);
            }
        }
    }

    fn discard_slot(&mut self, i: usize) -> Value {
        self.used -= 1;
        self.version += 1;
        let s = std::mem::replace(
            &mut self.slots[i],
            Slot {
                hash: -1,
                key: Value::Unbound,
            },
        );
        s.key
    }

    /// CPython's `set_merge` into this table.
    fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (d, s) in self.slots.iter_mut().zip(&other.slots) {
                if !s.key.is_unbound() {
                    *d = s.clone();
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            self.version += 1;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for s in &other.slots {
                if !s.key.is_unbound() {
                    Self::insert_clean(&mut self.slots, s.hash, s.key.clone());
                }
            }
            self.version += 1;
            return;
        }
        for s in &other.slots {
            if !s.key.is_unbound() {
                // Keys of a set are distinct and already hashed; keys that
                // need Python equality are compared by identity here.
                let p = self.probe_fast(s.hash, &s.key);
                if let Probe::Absent(i, unused) = p {
                    self.store(i, unused, s.hash, s.key.clone());
                }
            }
        }
    }

    /// Probe using only built-in equality (identity for user objects).
    fn probe_fast(&self, hash: i64, key: &Value) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let s = &self.slots[i + j];
                if s.key.is_unbound() {
                    if s.hash == 0 {
                        return match freeslot {
                            Some(f) => Probe::Absent(f, false),
                            None => Probe::Absent(i + j, true),
                        };
                    }
                    if freeslot.is_none() {
                        freeslot = Some(i + j);
                    }
                } else if s.hash == hash && (s.key.is(key) || eq_fast(&s.key, key) == Some(true)) {
                    return Probe::Found(i + j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

impl Default for PySet {
    fn default() -> Self {
        Self::new()
    }
}

impl PySet {
    pub fn new() -> Self {
        PySet {
            table: RefCell::new(SetTable::default()),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        self.table.borrow().version
    }

    /// A set of keys hashable without an interpreter (compile-time
    /// constants), added in order; `None` if a key needs Python code.
    pub fn from_fast_keys(keys: impl IntoIterator<Item = Value>) -> Option<PySet> {
        let s = PySet::new();
        {
            let mut t = s.table.borrow_mut();
            for k in keys {
                let h = super::hashing::hash_fast(&k)?;
                if let Probe::Absent(i, unused) = t.probe_fast(h, &k) {
                    t.store(i, unused, h, k);
                }
            }
        }
        Some(s)
    }

    /// A copy with CPython's `set_copy` layout.
    pub fn copy(&self) -> PySet {
        let mut t = SetTable::default();
        t.merge(&self.table.borrow());
        PySet {
            table: RefCell::new(t),
        }
    }

    /// The keys in table order.
    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter(|s| !s.key.is_unbound())
            .map(|s| s.key.clone())
            .collect()
    }

    /// Keys with their hashes, in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter(|s| !s.key.is_unbound())
            .map(|s| (s.hash, s.key.clone()))
            .collect()
    }

    /// The live key at or after slot `pos`, and the slot after it.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        (pos..t.slots.len())
            .find(|&i| !t.slots[i].key.is_unbound())
            .map(|i| (i + 1, t.slots[i].key.clone()))
    }

    pub fn table(&self) -> Ref<'_, SetTable> {
        self.table.borrow()
    }

    fn probe(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Probe> {
        'restart: loop {
            let (mask, version) = {
                let t = self.table.borrow();
                (t.mask(), t.version)
            };
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in 0..=probes {
                    let candidate = {
                        let t = self.table.borrow();
                        let s = &t.slots[i + j];
                        if s.key.is_unbound() {
                            if s.hash == 0 {
                                return Ok(match freeslot {
                                    Some(f) => Probe::Absent(f, false),
                                    None => Probe::Absent(i + j, true),
                                });
                            }
                            if freeslot.is_none() {
                                freeslot = Some(i + j);
                            }
                            continue;
                        }
                        if s.hash != hash {
                            continue;
                        }
                        if s.key.is(key) {
                            return Ok(Probe::Found(i + j));
                        }
                        match eq_fast(&s.key, key) {
                            Some(true) => return Ok(Probe::Found(i + j)),
                            Some(false) => continue,
                            None => s.key.clone(),
                        }
                    };
                    let eq = vm.eq(&candidate, key)?;
                    if self.table.borrow().version != version {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Probe::Found(i + j));
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, hash, key)
    }

    pub fn add_hashed(&self, vm: &mut Vm, hash: i64, key: Value) -> PyResult<()> {
        if let Probe::Absent(i, unused) = self.probe(vm, hash, &key)? {
            self.table.borrow_mut().store(i, unused, hash, key);
        }
        Ok(())
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.contains_hashed(vm, hash, key)
    }

    pub fn contains_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<bool> {
        Ok(matches!(self.probe(vm, hash, key)?, Probe::Found(_)))
    }

    /// Removes `key`; false when it was absent.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.discard_hashed(vm, hash, key)
    }

    pub fn discard_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<bool> {
        match self.probe(vm, hash, key)? {
            Probe::Found(i) => {
                let old = self.table.borrow_mut().discard_slot(i);
                drop(old);
                Ok(true)
            }
            Probe::Absent(..) => Ok(false),
        }
    }

    /// `set.pop()`: the first live slot at or after the finger.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while t.slots[i].key.is_unbound() {
            i = (i + 1) & mask;
        }
        let key = t.discard_slot(i);
        t.finger = i + 1;
        Some(key)
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        let version = old.version + 1;
        drop(old);
        self.table.borrow_mut().version = version;
    }

    /// CPython's `set_update_internal` for another set.
    pub fn merge_set(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            return;
        }
        let o = other.table.borrow().clone();
        self.table.borrow_mut().merge(&o);
    }

    /// Prepares for adding `n` keys from a dict, as CPython's update does.
    pub fn reserve_for(&self, n: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + n) * 5 >= t.mask() * 3 {
            let m = (t.used + n) * 2;
            t.resize(m);
        }
    }
}
