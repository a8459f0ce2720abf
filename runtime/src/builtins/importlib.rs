//! `_frozen_importlib_external`: the loader classes CPython's import
//! system puts in `__loader__` of modules run or imported from source
//! files.
//!
//! Every program run from a file gets one (`__main__.__loader__`), so the
//! classes are built here rather than compiled from Python source at each
//! start: they are ordinary classes (subclassable, with instance dicts)
//! whose methods behave as the Python ones would, messages included.

use super::args::bind_plain;
use super::new_module;
use crate::interp::Vm;
use crate::objects::function::{Binding, BuiltinFn, KwArgs, PyBuiltin};
use crate::objects::{PyDict, PyModule};
use crate::value::{PyResult, Value};
use std::rc::Rc;

const MODULE: &str = "_frozen_importlib_external";

pub fn make_importlib_external(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(vm, MODULE, &[]);
    let methods: &[(&str, BuiltinFn)] = &[
        ("__init__", init),
        ("__eq__", eq),
        ("__hash__", hash),
        ("get_filename", get_filename),
        ("get_data", get_data),
    ];
    // CPython's hierarchy, for the MRO (the other classes' methods are
    // not provided).
    let object = Value::Type(vm.types.object.clone());
    let basics = class(vm, "_LoaderBasics", &[object.clone()], &[])?;
    let source = class(vm, "SourceLoader", &[basics.clone()], &[])?;
    let file = class(vm, "FileLoader", &[object], methods)?;
    let source_file = class(vm, "SourceFileLoader", &[file.clone(), source.clone()], &[])?;
    for (name, c) in [
        ("_LoaderBasics", basics),
        ("SourceLoader", source),
        ("FileLoader", file),
        ("SourceFileLoader", source_file),
    ] {
        m.dict.set_item_str(name, c);
    }
    Ok(m)
}

/// `class name(*bases)` with `methods` in its namespace.
fn class(
    vm: &mut Vm,
    name: &str,
    bases: &[Value],
    methods: &[(&str, BuiltinFn)],
) -> PyResult<Value> {
    let ns = Rc::new(PyDict::new());
    ns.set_item_str("__module__", Value::str(MODULE));
    ns.set_item_str("__qualname__", Value::str(name));
    for &(m, func) in methods {
        ns.set_item_str(
            m,
            Value::Builtin(Rc::new(PyBuiltin {
                name: Rc::from(m),
                owner: Some(Rc::from(name)),
                func,
                binding: Binding::Method,
                bound: None,
                owner_type: None,
            })),
        );
    }
    let meta = vm.types.type_.clone();
    vm.create_class(&meta, name, bases, &Value::Dict(ns), &[])
}

fn attr(vm: &mut Vm, obj: &Value, name: &'static str) -> PyResult<Value> {
    let n = vm.intern(name);
    vm.get_attr(obj, &n)
}

fn init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = bind_plain(
        vm,
        "FileLoader.__init__",
        &["self", "fullname", "path"],
        &[],
        args,
        kw,
    )?;
    let (name, path) = (vm.intern("name"), vm.intern("path"));
    vm.set_attr(&a[0], &name, a[1].clone())?;
    vm.set_attr(&a[0], &path, a[2].clone())?;
    Ok(Value::None)
}

/// `self.__class__ == other.__class__ and self.__dict__ == other.__dict__`
fn eq(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = bind_plain(vm, "FileLoader.__eq__", &["self", "other"], &[], args, kw)?;
    let (c1, c2) = (attr(vm, &a[0], "__class__")?, attr(vm, &a[1], "__class__")?);
    if !vm.eq(&c1, &c2)? {
        return Ok(Value::bool(false));
    }
    let (d1, d2) = (attr(vm, &a[0], "__dict__")?, attr(vm, &a[1], "__dict__")?);
    Ok(Value::bool(vm.eq(&d1, &d2)?))
}

/// `hash(self.name) ^ hash(self.path)`
fn hash(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = bind_plain(vm, "FileLoader.__hash__", &["self"], &[], args, kw)?;
    let name = attr(vm, &a[0], "name")?;
    let path = attr(vm, &a[0], "path")?;
    Ok(Value::Int(vm.hash(&name)? ^ vm.hash(&path)?))
}

/// `get_filename(self, name=None)` behind CPython's `_check_name`: a name
/// other than the loader's is an `ImportError`.
fn get_filename(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(this) = args.first() else {
        return Err(vm.type_error(
            "_check_name.<locals>._check_name_wrapper() missing 1 required positional argument: 'self'",
        ));
    };
    let given = args.get(1).cloned().or_else(|| {
        kw.iter()
            .find(|(k, _)| k.as_str() == "name")
            .map(|(_, v)| v.clone())
    });
    let own = attr(vm, this, "name")?;
    if let Some(name) = given.filter(|n| !n.is_none()) {
        if !vm.eq(&own, &name)? {
            let (o, n) = (vm.str_of(&own)?, vm.str_of(&name)?);
            let e = vm.err(
                crate::exc_kind::ExcKind::ImportError,
                format!("loader for {o} cannot handle {n}"),
            );
            e.0.dict.set_item_str("name", name);
            return Err(e);
        }
    }
    let mut rest: Vec<Value> = vec![this.clone(), own];
    rest.extend(args.iter().skip(2).cloned());
    let kw: Vec<_> = kw
        .iter()
        .filter(|(k, _)| k.as_str() != "name")
        .cloned()
        .collect();
    let a = bind_plain(
        vm,
        "FileLoader.get_filename",
        &["self", "name"],
        &[Value::None],
        &rest,
        &kw,
    )?;
    attr(vm, &a[0], "path")
}

/// `with open(path, 'rb') as f: return f.read()`
fn get_data(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = bind_plain(vm, "FileLoader.get_data", &["self", "path"], &[], args, kw)?;
    let open = vm.builtins.get_item_str("open").unwrap_or(Value::None);
    let f = vm.call(&open, &[a[1].clone(), Value::str("rb")], &[])?;
    let read = attr(vm, &f, "read")?;
    let data = vm.call(&read, &[], &[]);
    let close = attr(vm, &f, "close")?;
    vm.call(&close, &[], &[])?;
    data
}

impl Vm {
    /// The `__loader__` of a module loaded from the source file `path`.
    pub fn source_loader(&mut self, name: &str, path: &str) -> PyResult<Value> {
        let m = self.import_module(MODULE)?;
        let n = self.intern("SourceFileLoader");
        let cls = self.get_attr(&m, &n)?;
        self.call(&cls, &[Value::str(name), Value::str(path)], &[])
    }
}
