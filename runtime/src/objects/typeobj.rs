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
}

impl PyType {
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
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
