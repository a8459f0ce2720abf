//! Type objects: built-in types and classes share one representation.

use super::{PyDict, PyStr};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The built-in layout that instances of a type have. A class keeps the
/// kind of its built-in base, so `class D(dict)` instances carry a dict.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum TypeKind {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Code,
    Cell,
    Iterator,
    Frame,
    FrameLocalsProxy,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Generator,
    DictView,
    BaseException,
    Other,
}

pub struct PyType {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<Rc<PyType>>>,
    /// The method resolution order, excluding the type itself (which always
    /// comes first) so that no type holds a reference to itself.
    pub mro: RefCell<Vec<Rc<PyType>>>,
    pub dict: Rc<PyDict>,
    pub kind: TypeKind,
    /// `None` means the metaclass is `type`.
    pub metaclass: RefCell<Option<Rc<PyType>>>,
    /// Built-in types cannot be modified and are not subclassable unless
    /// `base_ok` is set.
    pub builtin: bool,
    pub base_ok: bool,
    /// Special methods found on this type (and its bases), valid while the
    /// runtime's type epoch is unchanged: any assignment to a class
    /// attribute starts a new epoch.
    pub special_cache: RefCell<SpecialCache>,
    /// Attribute lookups along the MRO (`_PyType_Lookup`), valid for one
    /// type epoch, like the special-method cache.
    pub attr_cache: RefCell<AttrCache>,
    /// What instances of a class hold: `__slots__` values, and whether
    /// they have a `__dict__`.
    pub layout: InstanceLayout,
    /// The most attributes a cached store has found in an instance's dict:
    /// new instances get a dict of that size, so filling it in `__init__`
    /// does not reallocate.
    pub dict_size: std::cell::Cell<u32>,
    /// For a call of this class: its Python `__init__` when `__new__` is
    /// object's (else `None`), as found at a type epoch.
    pub init_cache: RefCell<Option<(u64, Option<Rc<super::PyFunction>>)>>,
    /// The classes created with this one among their bases, for
    /// `__subclasses__()` (weak: a class does not keep its subclasses alive).
    pub subclasses: RefCell<Vec<std::rc::Weak<PyType>>>,
}

/// The storage of instances that `__slots__` decides.
#[derive(Clone, Copy, Default, Debug)]
pub struct InstanceLayout {
    /// Number of slot values (the class's own and its bases').
    pub nslots: usize,
    /// Set when `__slots__` (without a `__dict__` entry) along the whole
    /// MRO leaves instances without an attribute dict.
    pub no_dict: bool,
}

#[derive(Default)]
pub struct AttrCache {
    pub epoch: u64,
    pub entries: Vec<(Rc<PyStr>, Option<Value>)>,
}

/// Bound on cached names per type; the cache restarts when full.
const ATTR_CACHE_SIZE: usize = 64;

#[derive(Default)]
pub struct SpecialCache {
    pub epoch: u64,
    /// (address of the interned name, lookup result).
    pub entries: Vec<(usize, Option<Value>)>,
}

impl PyType {
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    /// Whether instances (of the `PyInstance` form) have a `__dict__`:
    /// among built-in types only exceptions give theirs one.
    pub fn instances_have_dict(&self) -> bool {
        if self.builtin {
            self.kind == TypeKind::BaseException
        } else {
            !self.layout.no_dict
        }
    }

    /// Looks `name` up along the MRO (CPython's `_PyType_Lookup`).
    pub fn lookup(self: &Rc<Self>, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for t in self.mro.borrow().iter() {
            if let Some(v) = t.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// A cached special-method lookup, if still valid for `epoch`.
    #[inline]
    pub fn cached_special(&self, key: usize, epoch: u64) -> Option<Option<Value>> {
        let c = self.special_cache.borrow();
        if c.epoch != epoch {
            return None;
        }
        c.entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    }

    pub fn store_special(&self, key: usize, epoch: u64, v: Option<Value>) {
        let mut c = self.special_cache.borrow_mut();
        if c.epoch != epoch {
            c.epoch = epoch;
            c.entries.clear();
        }
        c.entries.push((key, v));
    }

    /// `lookup` through the per-type cache.
    pub fn lookup_cached(self: &Rc<Self>, name: &Rc<PyStr>, epoch: u64) -> Option<Value> {
        {
            let c = self.attr_cache.borrow();
            if c.epoch == epoch {
                // The same string object is the common case (names of one
                // code object); equal text under another object, the rare.
                if let Some((_, v)) = c.entries.iter().find(|(k, _)| Rc::ptr_eq(k, name)) {
                    return v.clone();
                }
                let h = name.hash();
                if let Some((_, v)) = c
                    .entries
                    .iter()
                    .find(|(k, _)| k.hash() == h && k.as_str() == name.as_str())
                {
                    return v.clone();
                }
            }
        }
        let found = self.lookup(name);
        let mut c = self.attr_cache.borrow_mut();
        if c.epoch != epoch || c.entries.len() >= ATTR_CACHE_SIZE {
            c.epoch = epoch;
            c.entries.clear();
        }
        c.entries.push((name.clone(), found.clone()));
        found
    }

    /// Every type of the MRO, the type itself first.
    pub fn mro_all(self: &Rc<Self>) -> Vec<Rc<PyType>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro.borrow().iter().cloned());
        v
    }

    pub fn is_subtype(self: &Rc<Self>, other: &Rc<PyType>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.borrow().iter().any(|t| Rc::ptr_eq(t, other))
    }
}
