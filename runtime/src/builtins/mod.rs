//! The `builtins` namespace, the methods of built-in types, and the
//! modules implemented in Rust.

pub mod args;
pub mod bytes;
mod code;
pub mod codecs;
pub use mapping::set_fill;
mod collections;
pub mod complex;
mod dunders;
pub(crate) mod exc_group;
mod exec;
mod fileio;
pub mod functions;
mod functools;
mod future;
pub mod generic_alias;
mod importlib;
mod itertools;
pub(crate) mod mapping;
pub mod mappingproxy;
pub(crate) mod math;
mod memoryview;
mod number;
mod object;
pub(crate) mod operator;
mod random;
pub mod sequence;
pub mod slots;
pub(crate) mod string;
mod string_mod;
mod sys;
mod time;
pub mod type_params;

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
    code::install(vm);
    object::install(vm);
    number::install(vm);
    complex::install(vm);
    string::install(vm);
    bytes::install(vm);
    memoryview::install(vm);
    sequence::install(vm);
    mapping::install(vm);
    mappingproxy::install(vm);
    slots::install(vm);
    generic_alias::install(vm);
    type_params::install(vm);
    dunders::install(vm);

    let t = &vm.types;
    let named: Vec<(&str, Rc<PyType>)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
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
    vm.builtins.set_item_str("True", Value::bool(true));
    vm.builtins.set_item_str("False", Value::bool(false));
    vm.builtins
        .set_item_str("NotImplemented", Value::NotImplemented);
    vm.builtins.set_item_str("Ellipsis", Value::Ellipsis);
    vm.builtins.set_item_str("__debug__", Value::bool(true));
    vm.builtins.set_item_str("__name__", Value::str("builtins"));
    vm.builtins.set_item_str("__doc__", Value::None);

    sys::install(vm);
    exc_group::install(vm);
    vm.native_modules.insert("time", time::make_time);
    vm.native_modules.insert("timeit", time::make_timeit);
    vm.native_modules.insert("math", math::make_math);
    vm.native_modules.insert("random", random::make_random);
    vm.native_modules
        .insert("itertools", itertools::make_itertools);
    vm.native_modules
        .insert("functools", functools::make_functools);
    vm.native_modules
        .insert("collections", collections::make_collections);
    vm.native_modules
        .insert("operator", operator::make_operator);
    vm.native_modules.insert("string", string_mod::make_string);
    vm.native_modules.insert("io", fileio::make_io);
    vm.native_modules.insert("__future__", future::make_future);
    vm.native_modules.insert(
        "_frozen_importlib_external",
        importlib::make_importlib_external,
    );
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
        slots: std::cell::RefCell::new(vec![Value::Unbound; cls.layout.nslots]),
        dict: Rc::new(PyDict::new()),
        base: std::cell::RefCell::new(base),
        exc: None,
    }))
}

// ---- types implemented in Rust outside the core ----

/// A built-in type of a Rust module (deque, itertools.count...). Its
/// instances are `Other::Native` values, or, for types that can be
/// subclassed or need an instance `__dict__`, instances whose `base` holds
/// the `Other::Native` state. The kind is `Other` so that the special
/// methods in its dict are found for instances of either form.
pub fn native_type(vm: &Vm, module: &str, name: &str, subclassable: bool) -> Rc<PyType> {
    let object = vm.types.object.clone();
    let t = Rc::new(PyType {
        name: std::cell::RefCell::new(Rc::from(name)),
        qualname: std::cell::RefCell::new(Rc::from(name)),
        bases: std::cell::RefCell::new(vec![object.clone()]),
        mro: std::cell::RefCell::new(vec![object]),
        dict: Rc::new(PyDict::new()),
        kind: TypeKind::Other,
        metaclass: std::cell::RefCell::new(None),
        builtin: true,
        base_ok: subclassable,
        special_cache: Default::default(),
        attr_cache: Default::default(),
        subclasses: Default::default(),
        layout: Default::default(),
        dict_size: Default::default(),
        init_cache: Default::default(),
    });
    t.dict.set_item_str("__module__", Value::str(module));
    t.dict.set_item_str("__doc__", Value::None);
    t
}

/// A new object of a Rust-implemented type holding `data`.
pub fn native_value<T: 'static>(class: &Rc<PyType>, data: T) -> Value {
    Value::Other(Rc::new(Other::Native {
        class: class.clone(),
        data: std::cell::RefCell::new(Box::new(data)),
    }))
}

/// A new object of the Rust-implemented type `cls`, or of a class derived
/// from one (then an instance whose base holds the native state).
pub fn native_new<T: 'static>(cls: &Rc<PyType>, data: T) -> Value {
    let native = cls
        .mro_all()
        .into_iter()
        .find(|t| t.builtin && t.kind == TypeKind::Other)
        .unwrap_or_else(|| cls.clone());
    if Rc::ptr_eq(&native, cls) {
        native_value(cls, data)
    } else {
        wrap_subclass(cls, native_value(&native, data))
    }
}

/// Runs `f` on the Rust state of a native object (or of the native base of
/// an instance of a subclass). `f` must not run Python code: the state is
/// borrowed meanwhile, and a reentrant use is reported as a RuntimeError
/// rather than a panic.
pub fn with_native<T: 'static, R>(
    vm: &Vm,
    v: &Value,
    what: &str,
    f: impl FnOnce(&mut T) -> R,
) -> crate::value::PyResult<R> {
    let base = Vm::unwrap_base(v);
    if let Value::Other(o) = &base {
        if let Other::Native { data, .. } = &**o {
            let Ok(mut b) = data.try_borrow_mut() else {
                return Err(vm.err(
                    ExcKind::RuntimeError,
                    format!("{what} object is already in use"),
                ));
            };
            if let Some(state) = b.downcast_mut::<T>() {
                return Ok(f(state));
            }
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a '{what}' object but received a '{}'",
        vm.type_name(v)
    )))
}

/// Whether `v` is a native object (or subclass instance) holding a `T`.
pub fn is_native<T: 'static>(v: &Value) -> bool {
    match Vm::unwrap_base(v) {
        Value::Other(o) => match &*o {
            Other::Native { data, .. } => data.try_borrow().is_ok_and(|b| b.is::<T>()),
            _ => false,
        },
        _ => false,
    }
}

/// Adds a read-only attribute computed by `f` (called with the object).
pub fn add_getter(vm: &Vm, t: &Rc<PyType>, name: &str, f: BuiltinFn) {
    t.dict.set_item_str(
        name,
        Value::Other(Rc::new(Other::Property {
            fget: vm.builtin(name, f),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        })),
    );
}

/// Sets a module's `__all__`, the names `from module import *` takes.
pub fn set_all(m: &PyModule, names: &[&str]) {
    let names = names.iter().map(|n| Value::str(n)).collect();
    m.dict.set_item_str("__all__", Value::list(names));
}

/// Runs Python source defining part of a Rust module (the classes CPython
/// itself writes in Python) in the module's namespace.
pub fn run_module_source(vm: &mut Vm, m: &PyModule, src: &str) -> crate::value::PyResult<()> {
    let filename = format!("<{}>", m.name);
    let code = vm.compile_source(src, &filename, crate::bytecode::CodeKind::Module)?;
    // The runtime's own code is not the user's: `slotpy explain` skips it.
    let explain = vm.explain.take();
    let r = vm.run_code(
        &code,
        m.dict.clone(),
        Some(Value::Dict(m.dict.clone())),
        &[],
    );
    vm.explain = explain;
    r.map(drop)
}
