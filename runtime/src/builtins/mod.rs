//! The `builtins` namespace, the methods of built-in types, and the
//! modules implemented in Rust.

pub mod args;
pub use mapping::set_fill;
mod exec;
pub mod functions;
mod mapping;
mod math;
mod number;
mod object;
pub mod sequence;
mod string;
mod sys;
mod time;

use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::objects::function::{Binding, BuiltinFn};
use crate::objects::*;
use crate::value::Value;
use std::rc::Rc;

/// Fills a new runtime's builtins, type methods and module registry.
pub fn install(vm: &mut Vm) {
    functions::install(vm);
    exec::install(vm);
    object::install(vm);
    number::install(vm);
    string::install(vm);
    sequence::install(vm);
    mapping::install(vm);

    let t = &vm.types;
    let named: Vec<(&str, Rc<PyType>)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
        ("enumerate", t.enumerate.clone()),
        ("zip", t.zip.clone()),
        ("map", t.map.clone()),
        ("filter", t.filter.clone()),
        ("reversed", t.reversed.clone()),
    ];
    for (name, ty) in named {
        vm.builtins.set_item_str(name, Value::Type(ty));
    }
    for kind in ExcKind::ALL {
        let ty = vm.exc_type(*kind);
        vm.builtins.set_item_str(kind.name(), Value::Type(ty));
    }
    let os_error = Value::Type(vm.exc_type(ExcKind::OSError));
    vm.builtins
        .set_item_str("EnvironmentError", os_error.clone());
    vm.builtins.set_item_str("IOError", os_error);
    vm.builtins.set_item_str("None", Value::None);
    vm.builtins.set_item_str("True", Value::Bool(true));
    vm.builtins.set_item_str("False", Value::Bool(false));
    vm.builtins
        .set_item_str("NotImplemented", Value::NotImplemented);
    vm.builtins.set_item_str("Ellipsis", Value::Ellipsis);
    vm.builtins.set_item_str("__debug__", Value::Bool(true));
    vm.builtins.set_item_str("__name__", Value::str("builtins"));
    vm.builtins.set_item_str("__doc__", Value::None);

    sys::install(vm);
    vm.native_modules.insert("time", time::make_time);
    vm.native_modules.insert("timeit", time::make_timeit);
    vm.native_modules.insert("math", math::make_math);
    let builtins_mod = Value::Module(Rc::new(PyModule {
        name: Rc::from("builtins"),
        dict: vm.builtins.clone(),
    }));
    vm.modules.set_item_str("builtins", builtins_mod);
}

/// A module object with Rust functions bound to nothing.
pub fn new_module(vm: &Vm, name: &str, fns: &[(&str, BuiltinFn)]) -> Rc<PyModule> {
    let m = Rc::new(PyModule {
        name: Rc::from(name),
        dict: Rc::new(PyDict::new()),
    });
    m.dict.set_item_str("__name__", Value::str(name));
    m.dict.set_item_str("__doc__", Value::None);
    m.dict.set_item_str("__package__", Value::str(""));
    m.dict.set_item_str("__spec__", Value::None);
    m.dict.set_item_str("__loader__", Value::None);
    for (n, f) in fns {
        m.dict.set_item_str(
            n,
            Value::Builtin(Rc::new(PyBuiltin {
                name: Rc::from(*n),
                owner: None,
                func: *f,
                binding: Binding::Static,
                bound: None,
                owner_type: None,
            })),
        );
    }
    let _ = vm;
    m
}

/// Registers `__new__` (static, receives the class first) for a type.
pub fn set_new(vm: &Vm, t: &Rc<PyType>, f: BuiltinFn) {
    t.dict.set_item_str(
        "__new__",
        Value::Other(Rc::new(Other::StaticMethod(Value::Builtin(Rc::new(
            PyBuiltin {
                name: Rc::from("__new__"),
                owner: Some(t.name()),
                func: f,
                binding: Binding::Static,
                bound: None,
                owner_type: None,
            },
        ))))),
    );
    let _ = vm;
}

/// The class a built-in `__new__` was called for, and whether it is the
/// exact built-in type (not a subclass).
pub fn new_cls(
    vm: &Vm,
    args: &[Value],
    t: &Rc<PyType>,
) -> crate::value::PyResult<(Rc<PyType>, bool)> {
    match args.first() {
        Some(Value::Type(c)) => {
            if !c.is_subtype(t) {
                return Err(vm.type_error(format!(
                    "{}.__new__({}): {} is not a subtype of {}",
                    t.name(),
                    c.name(),
                    c.name(),
                    t.name()
                )));
            }
            Ok((c.clone(), Rc::ptr_eq(c, t)))
        }
        _ => Err(vm.type_error(format!("{}.__new__(X): X is not a type object", t.name()))),
    }
}

/// Wraps a built-in value as an instance of a subclass.
pub fn wrap_subclass(cls: &Rc<PyType>, base: Value) -> Value {
    Value::Instance(Rc::new(PyInstance {
        class: std::cell::RefCell::new(cls.clone()),
        dict: Rc::new(PyDict::new()),
        base: std::cell::RefCell::new(base),
        exc: None,
    }))
}
