//! `object`, `type`, descriptors (`property`, `staticmethod`,
//! `classmethod`), `super`, exceptions, generators, iterators and frame
//! proxies: their constructors and methods.

use super::args::{arity, kwargs};
use super::set_new;
use crate::exc_kind::ExcKind;
use crate::interp::generator::Step;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyErr, PyResult, Value};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.object.clone();
    set_new(vm, &t, object_new);
    vm.add_method(&t, "__init__", object_init);
    vm.add_method(&t, "__repr__", object_repr);
    vm.add_method(&t, "__str__", object_str);
    vm.add_method(&t, "__eq__", object_eq);
    vm.add_method(&t, "__ne__", object_ne);
    vm.add_method(&t, "__hash__", object_hash);
    vm.add_method(&t, "__setattr__", object_setattr);
    vm.add_method(&t, "__getattribute__", object_getattribute);
    vm.add_method(&t, "__delattr__", object_delattr);
    vm.add_method(&t, "__format__", object_format);
    vm.add_method(&t, "__dir__", object_dir);
    vm.add_method(&t, "__reduce_ex__", object_reduce);
    vm.add_classmethod(&t, "__init_subclass__", object_init_subclass);
    vm.add_classmethod(&t, "__subclasshook__", object_subclasshook);

    let t = vm.types.type_.clone();
    set_new(vm, &t, type_new);
    vm.add_method(&t, "__init__", type_init);
    vm.add_method(&t, "__call__", type_call);
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    vm.add_method(&t, "__repr__", object_repr);
    vm.add_classmethod(&t, "__prepare__", type_prepare);

    set_new(vm, &vm.types.none.clone(), none_new);
    set_new(vm, &vm.types.not_implemented.clone(), not_implemented_new);
    set_new(vm, &vm.types.ellipsis.clone(), ellipsis_new);

    let t = vm.types.property.clone();
    set_new(vm, &t, property_new);
    vm.add_method(&t, "getter", property_getter);
    vm.add_method(&t, "setter", property_setter);
    vm.add_method(&t, "deleter", property_deleter);
    vm.add_method(&t, "__get__", property_get);
    vm.add_method(&t, "__set__", property_set);
    let t = vm.types.staticmethod.clone();
    set_new(vm, &t, staticmethod_new);
    let t = vm.types.classmethod.clone();
    set_new(vm, &t, classmethod_new);
    let t = vm.types.super_.clone();
    set_new(vm, &t, super_new);
    let t = vm.types.function.clone();
    vm.add_method(&t, "__get__", function_get);
    set_new(vm, &t, function_new);
    let t = vm.types.cell.clone();
    set_new(vm, &t, cell_new);

    let base = vm.exc_type(ExcKind::BaseException);
    set_new(vm, &base, exc_new);
    vm.add_method(&base, "__init__", exc_init);
    vm.add_method(&base, "__str__", exc_str);
    vm.add_method(&base, "__repr__", exc_repr);
    vm.add_method(&base, "with_traceback", exc_with_traceback);
    vm.add_method(&base, "add_note", exc_add_note);

    let t = vm.types.generator.clone();
    vm.add_method(&t, "send", gen_send);
    vm.add_method(&t, "throw", gen_throw);
    vm.add_method(&t, "close", gen_close);
    vm.add_method(&t, "__next__", iter_next);
    vm.add_method(&t, "__iter__", iter_self);
    for t in [
        vm.types.range_iterator.clone(),
        vm.types.list_iterator.clone(),
        vm.types.tuple_iterator.clone(),
        vm.types.str_iterator.clone(),
        vm.types.dict_keyiterator.clone(),
        vm.types.dict_valueiterator.clone(),
        vm.types.dict_itemiterator.clone(),
        vm.types.set_iterator.clone(),
        vm.types.reversed.clone(),
        vm.types.enumerate.clone(),
        vm.types.zip.clone(),
        vm.types.map.clone(),
        vm.types.filter.clone(),
        vm.types.iterator.clone(),
        vm.types.callable_iterator.clone(),
    ] {
        vm.add_method(&t, "__next__", iter_next);
        vm.add_method(&t, "__iter__", iter_self);
    }
    let t = vm.types.enumerate.clone();
    set_new(vm, &t, enumerate_new);
    let t = vm.types.zip.clone();
    set_new(vm, &t, zip_new);
    let t = vm.types.map.clone();
    set_new(vm, &t, map_new);
    let t = vm.types.filter.clone();
    set_new(vm, &t, filter_new);
    let t = vm.types.reversed.clone();
    set_new(vm, &t, reversed_new);

    let t = vm.types.frame_locals_proxy.clone();
    vm.add_method(&t, "keys", proxy_keys);
    vm.add_method(&t, "values", proxy_values);
    vm.add_method(&t, "items", proxy_items);
    vm.add_method(&t, "get", proxy_get);
    vm.add_method(&t, "copy", proxy_copy);
    vm.add_method(&t, "update", proxy_update);
    vm.add_method(&t, "setdefault", proxy_setdefault);

    let t = vm.types.traceback.clone();
    let _ = t;
}

fn cls_arg(vm: &Vm, args: &[Value], who: &str) -> PyResult<Rc<PyType>> {
    match args.first() {
        Some(Value::Type(t)) => Ok(t.clone()),
        _ => Err(vm.type_error(format!("{who}(X): X is not a type object"))),
    }
}

/// Whether `t` (or a base) overrides the given method of `object`.
fn overrides(vm: &mut Vm, t: &Rc<PyType>, name: &'static str) -> bool {
    let n = vm.intern(name);
    let found = t.lookup_cached(&n, vm.type_epoch);
    let default = vm.types.object.dict.get_str(&n);
    match (found, default) {
        (Some(a), Some(b)) => !a.is(&b),
        (Some(_), None) => true,
        _ => false,
    }
}

fn object_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "object.__new__")?;
    let excess = args.len() > 1 || !kw.is_empty();
    if excess {
        if overrides(vm, &cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(vm, &cls, "__init__") {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name())));
        }
    }
    if cls.builtin && cls.kind != TypeKind::Object && cls.kind != TypeKind::BaseException {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name(),
            cls.name()
        )));
    }
    Ok(vm.new_instance(&cls, &args[1..]))
}

/// `type(x)()` for the singletons: the one instance, taking no arguments.
fn singleton_new(vm: &Vm, args: &[Value], kw: KwArgs, name: &str, v: Value) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(v)
}

fn none_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    singleton_new(vm, args, kw, "NoneType", Value::None)
}

fn not_implemented_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    singleton_new(vm, args, kw, "NotImplementedType", Value::NotImplemented)
}

fn ellipsis_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    singleton_new(vm, args, kw, "ellipsis", Value::Ellipsis)
}

fn object_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let excess = args.len() > 1 || !kw.is_empty();
    if excess {
        let t = vm.type_of(&args[0]);
        if overrides(vm, &t, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides(vm, &t, "__new__") {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                t.name()
            )));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__repr__", args, 1, 1)?;
    if let Value::Type(_) = &args[0] {
        return vm.repr(&args[0]);
    }
    Ok(Value::string(vm.default_repr(&args[0])?))
}

fn object_str(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__str__", args, 1, 1)?;
    vm.repr(&args[0])
}

fn object_eq(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__eq__", args, 2, 2)?;
    Ok(if args[0].is(&args[1]) {
        Value::bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__ne__", args, 2, 2)?;
    let r = vm.rich_compare(crate::frontend::ast::CmpOp::Eq, &args[0], &args[1])?;
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::bool(!vm.truthy(&r)?))
}

fn object_hash(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__hash__", args, 1, 1)?;
    let p = args[0].heap_ptr().unwrap_or(0);
    Ok(Value::Int(crate::objects::hashing::fix((p >> 4) as i64)))
}

fn name_arg(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__setattr__", args, 3, 3)?;
    let name = name_arg(vm, &args[1])?;
    match &args[0] {
        Value::Instance(inst) => {
            // Data descriptors still apply; the instance's own __setattr__
            // does not (this *is* object.__setattr__).
            let cls = inst.class();
            if let Some(m) = cls.lookup(&name).and_then(|d| super::slots::as_member(&d)) {
                super::slots::set(vm, &m, &args[0], Some(args[2].clone()))?;
                return Ok(Value::None);
            }
            if let Some(Value::Other(o)) = cls.lookup(&name) {
                if let Other::Property { fset, .. } = &*o {
                    if !fset.is_none() {
                        vm.call(fset, &[args[0].clone(), args[2].clone()], &[])?;
                        return Ok(Value::None);
                    }
                }
            }
            vm.instance_setattr_plain(inst, &name, args[2].clone())?;
        }
        other => vm.set_attr(other, &name, args[2].clone())?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__getattribute__", args, 2, 2)?;
    let name = name_arg(vm, &args[1])?;
    if let Value::Instance(inst) = &args[0] {
        // Generic lookup without the class's own __getattribute__.
        let cls = inst.class();
        if let Some(d) = cls.lookup(&name) {
            if matches!(&d, Value::Other(o) if matches!(&**o, Other::Property { .. })) {
                return vm.bind_descriptor(&d, &args[0]);
            }
        }
        if name.as_str() == "__dict__" {
            return Ok(Value::Dict(inst.dict.clone()));
        }
        if name.as_str() == "__class__" {
            return Ok(Value::Type(cls));
        }
        if let Some(v) = inst.dict.get_str(&name) {
            return Ok(v);
        }
        if let Some(d) = cls.lookup(&name) {
            return vm.bind_descriptor(&d, &args[0]);
        }
        if let Some(v) = vm.builtin_attr(&args[0], &name)? {
            return Ok(v);
        }
        return Err(vm.attr_error(&args[0], name.as_str()));
    }
    vm.get_attr(&args[0], &name)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__delattr__", args, 2, 2)?;
    let name = name_arg(vm, &args[1])?;
    match &args[0] {
        Value::Instance(inst) => {
            if inst.dict.del_str(&name).is_none() {
                return Err(vm.attr_error(&args[0], name.as_str()));
            }
        }
        other => vm.del_attr(other, &name)?,
    }
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__format__", args, 2, 2)?;
    let spec = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        v => {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                vm.type_name(v)
            )))
        }
    };
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        )));
    }
    Ok(Value::string(vm.str_of(&args[0])?))
}

fn object_dir(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__dir__", args, 1, 1)?;
    let names = vm.dir_names(&args[0])?;
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn object_reduce(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(vm.type_error("pickling is not supported by slotpy"))
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = match args.first() {
            Some(Value::Type(t)) => t.name().to_string(),
            _ => "object".into(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_subclasshook(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn type_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let meta = cls_arg(vm, args, "type.__new__")?;
    let rest = &args[1..];
    if rest.len() == 1 && Rc::ptr_eq(&meta, &vm.types.type_) {
        return Ok(Value::Type(vm.type_of(&rest[0])));
    }
    if rest.len() != 3 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments (1 given)"));
    }
    let Value::Str(name) = &rest[0] else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&rest[0])
        )));
    };
    let bases = match &rest[1] {
        Value::Tuple(t) => t.as_slice().to_vec(),
        v => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(v)
            )))
        }
    };
    if !matches!(Vm::unwrap_base(&rest[2]), Value::Dict(_)) {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&rest[2])
        )));
    }
    let name = name.as_str().to_string();
    vm.create_class(&meta, &name, &bases, &rest[2], kw)
}

fn type_init(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = cls_arg(vm, args, "type.__call__")?;
    vm.type_call_default(&t, &args[1..], kw)
}

fn type_mro(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = cls_arg(vm, args, "mro")?;
    Ok(Value::list(
        t.mro_all().into_iter().map(Value::Type).collect(),
    ))
}

fn type_subclasses(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = cls_arg(vm, args, "__subclasses__")?;
    let subs = t.subclasses.borrow();
    Ok(Value::list(
        subs.iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Type)
            .collect(),
    ))
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__instancecheck__", args, 2, 2)?;
    let t = cls_arg(vm, args, "__instancecheck__")?;
    Ok(Value::bool(vm.isinstance_type(&args[1], &t)))
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__subclasscheck__", args, 2, 2)?;
    let t = cls_arg(vm, args, "__subclasscheck__")?;
    Ok(Value::bool(
        matches!(&args[1], Value::Type(c) if c.is_subtype(&t)),
    ))
}

fn type_prepare(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(PyDict::new())))
}

fn property_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [fget, fset, fdel, doc] = kwargs(vm, "property", kw, ["fget", "fset", "fdel", "doc"])?;
    let a = &args[1..];
    let get = |i: usize, k: &Option<Value>| {
        a.get(i)
            .cloned()
            .or_else(|| k.clone())
            .unwrap_or(Value::None)
    };
    let fget = get(0, &fget);
    let mut doc = get(3, &doc);
    if doc.is_none() && !fget.is_none() {
        let d = vm.intern("__doc__");
        doc = vm.get_attr_opt(&fget, &d)?.unwrap_or(Value::None);
    }
    Ok(Value::Other(Rc::new(Other::Property {
        fget,
        fset: get(1, &fset),
        fdel: get(2, &fdel),
        doc,
    })))
}

fn property_parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    match v {
        Value::Other(o) => match &**o {
            Other::Property {
                fget,
                fset,
                fdel,
                doc,
            } => Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone())),
            _ => Err(vm.type_error("descriptor requires a 'property' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    Value::Other(Rc::new(Other::Property {
        fget,
        fset,
        fdel,
        doc,
    }))
}

fn property_getter(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "getter", args, 2, 2)?;
    let (_, s, d, doc) = property_parts(vm, &args[0])?;
    Ok(new_property(args[1].clone(), s, d, doc))
}

fn property_setter(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "setter", args, 2, 2)?;
    let (g, _, d, doc) = property_parts(vm, &args[0])?;
    Ok(new_property(g, args[1].clone(), d, doc))
}

fn property_deleter(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "deleter", args, 2, 2)?;
    let (g, s, _, doc) = property_parts(vm, &args[0])?;
    Ok(new_property(g, s, args[1].clone(), doc))
}

fn property_get(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    vm.bind_descriptor(&args[0], &args[1])
}

fn property_set(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__set__", args, 3, 3)?;
    let (_, s, _, _) = property_parts(vm, &args[0])?;
    if s.is_none() {
        return Err(vm.err(ExcKind::AttributeError, "property has no setter"));
    }
    vm.call(&s, &[args[1].clone(), args[2].clone()], &[])
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "staticmethod", &args[1..], 1, 1)?;
    Ok(Value::Other(Rc::new(Other::StaticMethod(args[1].clone()))))
}

fn classmethod_new(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "classmethod", &args[1..], 1, 1)?;
    Ok(Value::Other(Rc::new(Other::ClassMethod(args[1].clone()))))
}

fn super_new(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    match a.len() {
        0 => vm.super_zero_arg(),
        2 => match &a[0] {
            Value::Type(t) => vm.make_super(t.clone(), a[1].clone()),
            v => Err(vm.type_error(format!(
                "super() argument 1 must be a type, not {}",
                vm.type_name(v)
            ))),
        },
        1 => Err(vm.type_error("unbound super objects are not supported by slotpy")),
        n => Err(vm.type_error(format!("super() takes at most 2 arguments ({n} given)"))),
    }
}

fn function_get(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    Ok(Value::Method(Rc::new(PyMethod {
        func: args[0].clone(),
        receiver: args[1].clone(),
    })))
}

// ---- exceptions ----

fn exc_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "BaseException.__new__")?;
    let rest = &args[1..];
    if cls.builtin && !kw.is_empty() {
        let allowed: &[&str] = match cls.name().as_ref() {
            "ImportError" | "ModuleNotFoundError" => &["name", "path", "name_from"],
            "NameError" => &["name"],
            "AttributeError" => &["name", "obj"],
            _ => &[],
        };
        for (k, _) in kw {
            if !allowed.contains(&k.as_str()) {
                return Err(vm.type_error(format!("{}() takes no keyword arguments", cls.name())));
            }
        }
    }
    // OSError(errno, msg) picks the subclass for the errno.
    let mut cls = cls;
    if Rc::ptr_eq(&cls, &vm.exc_type(ExcKind::OSError)) && rest.len() >= 2 {
        if let Value::Int(errno) = rest[0] {
            let sub = match errno {
                2 => Some(ExcKind::FileNotFoundError),
                13 => Some(ExcKind::PermissionError),
                17 => Some(ExcKind::FileExistsError),
                20 => Some(ExcKind::NotADirectoryError),
                21 => Some(ExcKind::IsADirectoryError),
                3 => Some(ExcKind::ProcessLookupError),
                4 => Some(ExcKind::InterruptedError),
                10 => Some(ExcKind::ChildProcessError),
                11 => Some(ExcKind::BlockingIOError),
                32 => Some(ExcKind::BrokenPipeError),
                103 => Some(ExcKind::ConnectionAbortedError),
                104 => Some(ExcKind::ConnectionResetError),
                110 => Some(ExcKind::TimeoutError),
                111 => Some(ExcKind::ConnectionRefusedError),
                _ => None,
            };
            if let Some(k) = sub {
                cls = vm.exc_type(k);
            }
        }
    }
    let v = vm.new_instance(&cls, rest);
    if let Value::Instance(i) = &v {
        for (k, val) in kw {
            i.dict.set_str(k.clone(), val.clone());
        }
        exc_fill_fields(vm, i, rest);
    }
    Ok(v)
}

/// Attributes some exception classes derive from their arguments.
pub(crate) fn exc_fill_fields(vm: &mut Vm, i: &Rc<PyInstance>, args: &[Value]) {
    let cls = i.class();
    if args.len() == 5
        && (cls.is_subtype(&vm.exc_type(ExcKind::UnicodeDecodeError))
            || cls.is_subtype(&vm.exc_type(ExcKind::UnicodeEncodeError)))
    {
        for (n, v) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .zip(args)
        {
            i.dict.set_item_str(n, v.clone());
        }
    }
    if cls.is_subtype(&vm.exc_type(ExcKind::OSError)) && args.len() >= 2 {
        i.dict.set_item_str("errno", args[0].clone());
        i.dict.set_item_str("strerror", args[1].clone());
        if let Some(f) = args.get(2) {
            i.dict.set_item_str("filename", f.clone());
        }
    }
    if cls.is_subtype(&vm.exc_type(ExcKind::SyntaxError)) {
        if let Some(m) = args.first() {
            i.dict.set_item_str("msg", m.clone());
        }
        if let Some(Value::Tuple(t)) = args.get(1) {
            let names = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ];
            for (n, v) in names.iter().zip(t.iter()) {
                i.dict.set_item_str(n, v.clone());
            }
        }
    }
}

fn exc_init(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Some(exc) = &i.exc {
            *exc.args.borrow_mut() = Rc::new(PyTuple::new(args[1..].to_vec()));
            exc_fill_fields(vm, i, &args[1..]);
        }
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__str__", args, 1, 1)?;
    let Value::Instance(i) = &args[0] else {
        return vm.to_str(&args[0]);
    };
    if i.exc.is_none() {
        return vm.to_str(&args[0]);
    }
    Ok(Value::string(vm.exception_str(i)?))
}

fn exc_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__repr__", args, 1, 1)?;
    let Value::Instance(i) = &args[0] else {
        return vm.repr(&args[0]);
    };
    let Some(exc) = &i.exc else {
        return vm.repr(&args[0]);
    };
    let a = exc.args.borrow().clone();
    let name = i.class().name();
    let inner = if a.len() == 1 {
        vm.repr_str(&a[0])?
    } else {
        let s = vm.repr_str(&Value::Tuple(a))?;
        s[1..s.len() - 1].trim_end_matches(',').to_string()
    };
    Ok(Value::string(format!("{name}({inner})")))
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "with_traceback", args, 2, 2)?;
    Ok(args[0].clone())
}

fn exc_add_note(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "add_note", args, 2, 2)?;
    if !matches!(args[1], Value::Str(_)) {
        return Err(vm.type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name(&args[1])
        )));
    }
    if let Value::Instance(i) = &args[0] {
        let notes = match i.dict.get_item_str("__notes__") {
            Some(n @ Value::List(_)) => n,
            _ => {
                let l = Value::list(vec![]);
                i.dict.set_item_str("__notes__", l.clone());
                l
            }
        };
        if let Value::List(l) = notes {
            l.push(args[1].clone());
        }
    }
    Ok(Value::None)
}

// ---- generators and iterators ----

fn generator<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyGenerator> {
    match v {
        Value::Other(o) => match &**o {
            Other::Generator(g) => Ok(g),
            _ => Err(vm.type_error("descriptor requires a 'generator' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn step_result(vm: &mut Vm, r: PyResult<Step>) -> PyResult<Value> {
    match r? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => {
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(vm.new_exception(vm.exc_type(ExcKind::StopIteration), args))
        }
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "send", args, 2, 2)?;
    let g = generator(vm, &args[0])?;
    let r = vm.gen_resume(g, args[1].clone(), None);
    step_result(vm, r)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "throw", args, 2, 4)?;
    let g = generator(vm, &args[0])?;
    let exc: PyErr = match (&args[1], args.get(2)) {
        (Value::Type(_), Some(v)) if !v.is_none() => {
            let inst = if matches!(v, Value::Instance(_)) {
                v.clone()
            } else {
                vm.call1(&args[1], v.clone())?
            };
            vm.to_exception(inst, "exceptions must derive from BaseException")?
        }
        (v, _) => vm.to_exception(
            v.clone(),
            "exceptions must be classes or instances deriving from BaseException, not str",
        )?,
    };
    let r = vm.gen_resume(g, Value::None, Some(exc));
    step_result(vm, r)
}

fn gen_close(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "close", args, 1, 1)?;
    let g = generator(vm, &args[0])?;
    vm.gen_close(g)
}

fn iter_next(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__next__", args, 1, 1)?;
    if let Value::Other(o) = &args[0] {
        if let Other::Generator(g) = &**o {
            let r = vm.gen_resume(g, Value::None, None);
            return step_result(vm, r);
        }
    }
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.err_empty(ExcKind::StopIteration)),
    }
}

fn iter_self(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}

fn new_iter(state: crate::objects::iter::IterState) -> Value {
    Value::Iter(Rc::new(PyIter::new(state)))
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [it_kw, start_kw] = kwargs(vm, "enumerate", kw, ["iterable", "start"])?;
    let a = &args[1..];
    let Some(iterable) = a.first().cloned().or(it_kw) else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = a.get(1).cloned().or(start_kw).unwrap_or(Value::Int(0));
    if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&start)
        )));
    }
    let inner = vm.get_iter(&iterable)?;
    Ok(new_iter(crate::objects::iter::IterState::Enumerate {
        inner,
        count: start,
    }))
}

fn zip_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [strict] = kwargs(vm, "zip", kw, ["strict"])?;
    let strict = match strict {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut iters = Vec::new();
    for a in &args[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter(crate::objects::iter::IterState::Zip {
        iters,
        strict,
    }))
}

fn map_new(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    if a.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for x in &a[1..] {
        iters.push(vm.get_iter(x)?);
    }
    Ok(new_iter(crate::objects::iter::IterState::Map {
        func: a[0].clone(),
        iters,
    }))
}

fn filter_new(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    arity(vm, "filter", a, 2, 2)?;
    let inner = vm.get_iter(&a[1])?;
    Ok(new_iter(crate::objects::iter::IterState::Filter {
        func: a[0].clone(),
        inner,
    }))
}

fn reversed_new(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    arity(vm, "reversed", a, 1, 1)?;
    let seq = a[0].clone();
    if let Some(f) = vm.user_special(&seq, "__reversed__") {
        return vm.call_special(&f, &seq, &[]);
    }
    let n = match &seq {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => vm.len(&seq)?,
        Value::Dict(_) | Value::Other(_)
            if matches!(&seq, Value::Dict(_))
                || matches!(&seq, Value::Other(o) if matches!(&**o, Other::DictView { .. } | Other::FrameLocalsProxy(_))) =>
        {
            let mut keys = vm.collect(&seq)?;
            keys.reverse();
            return Ok(new_iter(crate::objects::iter::IterState::Seq {
                seq: Value::list(keys),
                index: 0,
            }));
        }
        _ => {
            if vm.user_special(&seq, "__getitem__").is_some()
                && vm.user_special(&seq, "__len__").is_some()
            {
                vm.len(&seq)?
            } else {
                return Err(
                    vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq)))
                );
            }
        }
    };
    Ok(new_iter(crate::objects::iter::IterState::Reversed {
        seq,
        index: n as isize - 1,
    }))
}

// ---- frame locals proxy ----

fn proxy_frame(vm: &Vm, v: &Value) -> PyResult<Rc<PyFrame>> {
    match v {
        Value::Other(o) => match &**o {
            Other::FrameLocalsProxy(f) => Ok(f.clone()),
            _ => Err(vm.type_error("expected a FrameLocalsProxy")),
        },
        _ => Err(vm.type_error("expected a FrameLocalsProxy")),
    }
}

fn proxy_keys(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = proxy_frame(vm, &args[0])?;
    Ok(Value::list(vm.proxy_keys(&f)?))
}

fn proxy_values(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = proxy_frame(vm, &args[0])?;
    Ok(Value::list(
        vm.proxy_items(&f).into_iter().map(|(_, v)| v).collect(),
    ))
}

fn proxy_items(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = proxy_frame(vm, &args[0])?;
    Ok(Value::list(
        vm.proxy_items(&f)
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
}

fn proxy_get(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "get", args, 2, 3)?;
    let f = proxy_frame(vm, &args[0])?;
    Ok(vm
        .proxy_get(&f, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn proxy_copy(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = proxy_frame(vm, &args[0])?;
    let d = PyDict::new();
    for (k, v) in vm.proxy_items(&f) {
        d.set(vm, k, v)?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn proxy_update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("FrameLocalsProxy.update() takes no keyword arguments"));
    }
    arity(vm, "update", args, 2, 2)?;
    let f = proxy_frame(vm, &args[0])?;
    let items: Vec<(Value, Value)> = match &args[1] {
        Value::Dict(d) => d.items(),
        Value::Other(o) if matches!(&**o, Other::FrameLocalsProxy(_)) => {
            let g = proxy_frame(vm, &args[1])?;
            vm.proxy_items(&g)
        }
        _ => {
            return Err(vm.type_error("update() argument must be dict or another FrameLocalsProxy"))
        }
    };
    for (k, v) in items {
        vm.proxy_set(&f, k, v)?;
    }
    Ok(Value::None)
}

fn proxy_setdefault(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "setdefault", args, 2, 3)?;
    let f = proxy_frame(vm, &args[0])?;
    if let Some(v) = vm.proxy_get(&f, &args[1])? {
        return Ok(v);
    }
    let d = args.get(2).cloned().unwrap_or(Value::None);
    vm.proxy_set(&f, args[1].clone(), d.clone())?;
    Ok(d)
}

/// `types.FunctionType(code, globals, name=None, argdefs=None,
/// closure=None, kwdefaults=None)`: a function over any globals dict.
fn function_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    let names = [
        "code",
        "globals",
        "name",
        "argdefs",
        "closure",
        "kwdefaults",
    ];
    let given = kwargs(vm, "function", kw, names)?;
    if a.len() > names.len() {
        return Err(vm.type_error(format!(
            "function() takes at most 6 arguments ({} given)",
            a.len()
        )));
    }
    let arg = |i: usize| a.get(i).cloned().or_else(|| given[i].clone());
    let code = match arg(0) {
        Some(Value::Code(c)) => c,
        Some(other) => {
            return Err(vm.type_error(format!(
                "function() argument 'code' must be code, not {}",
                vm.type_name(&other)
            )))
        }
        None => return Err(vm.type_error("function() missing required argument 'code' (pos 1)")),
    };
    let globals_v = match arg(1) {
        Some(g) => g,
        None => return Err(vm.type_error("function() missing required argument 'globals' (pos 2)")),
    };
    let globals = match Vm::unwrap_base(&globals_v) {
        Value::Dict(d) => d,
        _ => {
            return Err(vm.type_error(format!(
                "function() argument 'globals' must be dict, not {}",
                vm.type_name(&globals_v)
            )))
        }
    };
    vm.note_mapped_globals(&globals_v);
    let name = match arg(2) {
        None | Some(Value::None) => code.name.clone(),
        Some(Value::Str(s)) => s,
        Some(_) => return Err(vm.type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match arg(3) {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Tuple(t)) => t.as_slice().to_vec(),
        Some(_) => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    };
    let nfree = code.nfree as usize;
    let closure: Vec<Rc<PyCell>> = match arg(4) {
        None | Some(Value::None) if nfree == 0 => Vec::new(),
        None | Some(Value::None) => {
            return Err(vm.type_error("arg 5 (closure) must be tuple"));
        }
        Some(Value::Tuple(t)) => {
            if t.len() != nfree {
                return Err(vm.value_error(format!(
                    "{} requires closure of length {nfree}, not {}",
                    code.name.as_str(),
                    t.len()
                )));
            }
            let mut cells = Vec::with_capacity(nfree);
            for c in t.iter() {
                match c {
                    Value::Cell(c) => cells.push(c.clone()),
                    other => {
                        return Err(vm.type_error(format!(
                            "arg 5 (closure) expected cell, found {}",
                            vm.type_name(other)
                        )))
                    }
                }
            }
            cells
        }
        Some(_) => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
    };
    let kwdefaults = match arg(5) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d),
        Some(_) => return Err(vm.type_error("arg 6 (kwdefaults) must be None or dict")),
    };
    let module = globals.get_item_str("__name__").unwrap_or(Value::None);
    let builtins = vm.builtins_of(&globals);
    Ok(Value::Function(Rc::new(PyFunction {
        code: code.clone(),
        globals,
        builtins,
        qualname: std::cell::RefCell::new(code.qualname.clone()),
        name: std::cell::RefCell::new(name),
        defaults: std::cell::RefCell::new(defaults),
        kwdefaults: std::cell::RefCell::new(kwdefaults),
        closure: closure.into_boxed_slice(),
        dict: std::cell::RefCell::new(None),
        module: std::cell::RefCell::new(module),
        doc: std::cell::RefCell::new(code.docstring.clone()),
        annotations: std::cell::RefCell::new(Value::None),
        type_params: std::cell::RefCell::new(Value::tuple(vec![])),
    })))
}

/// `types.CellType(contents)`: a new cell, empty without an argument.
fn cell_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::args::no_kw(vm, "cell", kw)?;
    arity(vm, "cell", &args[1..], 0, 1)?;
    let v = args.get(1).cloned().unwrap_or(Value::Unbound);
    Ok(Value::Cell(Rc::new(PyCell::new(v))))
}
