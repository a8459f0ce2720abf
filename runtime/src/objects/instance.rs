//! Instances of classes, including exceptions.

use super::{PyDict, PyTuple, PyType};
use crate::bytecode::CodeObject;
use crate::value::{PyErr, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct PyInstance {
    pub class: RefCell<Rc<PyType>>,
    pub dict: Rc<PyDict>,
    /// For instances of subclasses of built-in types: the built-in value
    /// (the list of a `list` subclass, the int of an `int` subclass...).
    pub base: RefCell<Value>,
    /// The values of the class's `__slots__` (`Unbound` when not set).
    pub slots: RefCell<Vec<Value>>,
    /// Present exactly for instances of `BaseException` subclasses.
    pub exc: Option<ExcData>,
}

impl PyInstance {
    pub fn class(&self) -> Rc<PyType> {
        self.class.borrow().clone()
    }
}

/// One line of a traceback: a frame's code and the line it was executing.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeObject>,
    pub line: u32,
    /// The frame, kept for the innermost entry of NameError and
    /// AttributeError (their suggestions look at its variables).
    pub frame: Option<Rc<super::PyFrame>>,
}

/// The state every exception carries.
pub struct ExcData {
    pub args: RefCell<Rc<PyTuple>>,
    /// Outermost frame first.
    pub traceback: RefCell<Vec<TbEntry>>,
    pub context: RefCell<Option<PyErr>>,
    pub cause: RefCell<Option<PyErr>>,
    pub suppress_context: Cell<bool>,
}

impl ExcData {
    pub fn new(args: Vec<Value>) -> Self {
        ExcData {
            args: RefCell::new(Rc::new(PyTuple::new(args))),
            traceback: RefCell::new(Vec::new()),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: Cell::new(false),
        }
    }
}
