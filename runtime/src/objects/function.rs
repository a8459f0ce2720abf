//! Functions: Python functions (a code object plus its environment),
//! built-in functions implemented in Rust, and bound methods.

use super::{PyCell, PyDict, PyStr};
use crate::bytecode::CodeObject;
use crate::interp::Vm;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub struct PyFunction {
    pub code: Rc<CodeObject>,
    pub globals: Rc<PyDict>,
    /// The builtins namespace, fixed when the function is created (CPython
    /// takes it from `globals['__builtins__']`).
    pub builtins: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    /// Cells for the code's free variables, in `co_freevars` order.
    pub closure: Box<[Rc<PyCell>]>,
    pub dict: RefCell<Option<Rc<PyDict>>>,
    pub module: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub annotations: RefCell<Value>,
    /// `__type_params__`: a tuple, set for generic functions (PEP 695).
    pub type_params: RefCell<Value>,
}

/// Keyword arguments passed to a built-in: names with values, in call order.
pub type KwArgs<'a> = &'a [(Rc<PyStr>, Value)];

/// A built-in implemented in Rust. For methods, `args[0]` is `self`.
pub type BuiltinFn = fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>;

/// How a built-in found in a type's dict binds on attribute access.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Binding {
    /// A plain function (module-level builtins, static methods).
    Static,
    /// A method descriptor: binds the instance as `self`.
    Method,
    /// A class method: binds the class.
    Class,
}

pub struct PyBuiltin {
    pub name: Rc<str>,
    /// The owning type's name for methods (error messages, repr).
    pub owner: Option<Rc<str>>,
    pub func: BuiltinFn,
    pub binding: Binding,
    /// A bound receiver: set for builtins created already bound, such as
    /// `sys.exit` of a given runtime or the methods of a module object.
    pub bound: Option<Value>,
    /// For methods: the type they belong to, to check `self` when the
    /// method is called unbound (`str.lower(5)`).
    pub owner_type: Option<std::rc::Weak<super::PyType>>,
}

/// A function bound to its receiver.
pub struct PyMethod {
    pub func: Value,
    pub receiver: Value,
}
