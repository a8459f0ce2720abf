//! Less common built-in objects, grouped so that `Value` stays small.

use super::{PyDict, PyFrame, PyType};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub enum Other {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// PEP 667's write-through view of a function frame's variables.
    FrameLocalsProxy(Rc<PyFrame>),
    Super {
        typ: Rc<PyType>,
        obj: Value,
        obj_type: Rc<PyType>,
    },
    DictView {
        dict: Rc<PyDict>,
        kind: super::iter::DictIterKind,
    },
    Generator(super::PyGenerator),
    /// An object of a type implemented in Rust outside the core (deque,
    /// itertools iterators...): its class and its Rust state. Its methods,
    /// special methods included, live in the class dict.
    Native {
        class: Rc<PyType>,
        data: RefCell<Box<dyn std::any::Any>>,
    },
    /// A complex number (its operations are methods of the `complex` type).
    Complex {
        re: f64,
        im: f64,
    },
    /// A mutable holder used by some built-ins (e.g. `sys.stdout`).
    Object {
        class: Rc<PyType>,
        state: RefCell<Value>,
    },
}
