//! The `sys` module.

use super::args::arity;
use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::objects::function::{Binding, KwArgs};
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let d = vm.sys.dict.clone();
    let fns: &[(&str, crate::objects::BuiltinFn)] = &[
        ("exit", exit),
        ("_getframe", getframe),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("exception", exception),
        ("displayhook", displayhook),
        ("excepthook", excepthook),
        ("intern", intern),
        ("getsizeof", getsizeof),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
    ];
    for (n, f) in fns {
        d.set_item_str(n, vm.builtin(n, *f));
    }
    d.set_item_str("__name__", Value::str("sys"));
    d.set_item_str("__doc__", Value::None);
    d.set_item_str(
        "argv",
        Value::list(vm.opts.argv.iter().map(|a| Value::str(a)).collect()),
    );
    d.set_item_str("modules", Value::Dict(vm.modules.clone()));
    d.set_item_str("path", Value::list(vec![]));
    d.set_item_str("maxsize", Value::Int(i64::MAX));
    d.set_item_str("byteorder", Value::str("little"));
    d.set_item_str("platform", Value::str("linux"));
    d.set_item_str("executable", Value::str("slotpy"));
    d.set_item_str("version", Value::str("3.13.0 (slotpy 0.1.0)"));
    d.set_item_str("hexversion", Value::Int(0x030d00f0));
    d.set_item_str("_int_max_str_digits", Value::Int(4300));
    d.set_item_str("maxunicode", Value::Int(0x10ffff));
    d.set_item_str(
        "builtin_module_names",
        Value::tuple(
            ["builtins", "sys", "math", "time", "timeit"]
                .iter()
                .map(|s| Value::str(s))
                .collect(),
        ),
    );
    let fields = [
        ("major", Value::Int(3)),
        ("minor", Value::Int(13)),
        ("micro", Value::Int(0)),
        ("releaselevel", Value::str("final")),
        ("serial", Value::Int(0)),
    ];
    let vi = struct_seq(vm, "version_info", &fields);
    if let Value::Instance(i) = &vi {
        vm.add_method(&i.class(), "__repr__", version_info_repr);
    }
    d.set_item_str("version_info", vi);
    let float_fields = [
        ("max", Value::float(f64::MAX)),
        ("max_exp", Value::Int(f64::MAX_EXP as i64)),
        ("max_10_exp", Value::Int(f64::MAX_10_EXP as i64)),
        ("min", Value::float(f64::MIN_POSITIVE)),
        ("min_exp", Value::Int(f64::MIN_EXP as i64)),
        ("min_10_exp", Value::Int(f64::MIN_10_EXP as i64)),
        ("dig", Value::Int(f64::DIGITS as i64)),
        ("mant_dig", Value::Int(f64::MANTISSA_DIGITS as i64)),
        ("epsilon", Value::float(f64::EPSILON)),
        ("radix", Value::Int(2)),
        ("rounds", Value::Int(1)),
    ];
    let fi = struct_seq(vm, "float_info", &float_fields);
    d.set_item_str("float_info", fi);
    let impl_d = Rc::new(PyDict::new());
    impl_d.set_item_str("name", Value::str("slotpy"));
    d.set_item_str(
        "implementation",
        Value::Other(Rc::new(Other::Object {
            class: vm.types.object.clone(),
            state: RefCell::new(Value::Dict(impl_d)),
        })),
    );
    let t = vm.types.text_io.clone();
    vm.add_method(&t, "write", stream_write);
    vm.add_method(&t, "flush", stream_flush);
    vm.add_method(&t, "isatty", stream_isatty);
    vm.add_method(&t, "writelines", stream_writelines);
    super::add_getter(vm, &t, "encoding", stream_encoding);
    for (name, fd) in [("stdout", 1), ("stderr", 2)] {
        let stream = Value::Other(Rc::new(Other::Object {
            class: t.clone(),
            state: RefCell::new(Value::Int(fd)),
        }));
        d.set_item_str(name, stream.clone());
        d.set_item_str(&format!("__{name}__"), stream);
    }
    d.set_item_str(
        "stdin",
        Value::Other(Rc::new(Other::Object {
            class: t.clone(),
            state: RefCell::new(Value::Int(0)),
        })),
    );
    let sysmod = Value::Module(vm.sys.clone());
    vm.modules.set_item_str("sys", sysmod);
    let _ = Binding::Static;
}

/// A read-only tuple with named fields (CPython's struct sequences:
/// `sys.version_info`, `sys.float_info`).
fn struct_seq(vm: &Vm, name: &str, fields: &[(&str, Value)]) -> Value {
    let t = Rc::new(PyType {
        name: RefCell::new(Rc::from(name)),
        qualname: RefCell::new(Rc::from(name)),
        bases: RefCell::new(vec![vm.types.tuple.clone()]),
        mro: RefCell::new(vec![vm.types.tuple.clone(), vm.types.object.clone()]),
        dict: Rc::new(PyDict::new()),
        kind: TypeKind::Tuple,
        metaclass: RefCell::new(None),
        builtin: true,
        base_ok: false,
        special_cache: Default::default(),
        attr_cache: Default::default(),
        subclasses: Default::default(),
        layout: Default::default(),
        dict_size: Default::default(),
        init_cache: Default::default(),
    });
    t.dict.set_item_str("__module__", Value::str("sys"));
    let inst = Rc::new(PyInstance {
        class: RefCell::new(t),
        slots: RefCell::new(Vec::new()),
        dict: Rc::new(PyDict::new()),
        base: RefCell::new(Value::tuple(
            fields.iter().map(|(_, v)| v.clone()).collect(),
        )),
        exc: None,
    });
    for (k, v) in fields {
        inst.dict.set_item_str(k, v.clone());
    }
    Value::Instance(inst)
}

fn version_info_repr(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::str(
        "sys.version_info(major=3, minor=13, micro=0, releaselevel='final', serial=0)",
    ))
}

fn stream_fd(v: &Value) -> i64 {
    match v {
        Value::Other(o) => match &**o {
            Other::Object { state, .. } => match &*state.borrow() {
                Value::Int(i) => *i,
                _ => 1,
            },
            _ => 1,
        },
        _ => 1,
    }
}

fn stream_write(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "write", &args[1..], 1, 1)?;
    let Value::Str(s) = &args[1] else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&args[1])
        )));
    };
    if stream_fd(&args[0]) == 2 {
        vm.flush();
        vm.write_err(s.as_str());
    } else {
        use std::io::Write;
        let _ = vm.stdout.write_all(s.as_str().as_bytes());
    }
    Ok(Value::Int(s.len() as i64))
}

fn stream_writelines(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "writelines", &args[1..], 1, 1)?;
    let it = vm.get_iter(&args[1])?;
    while let Some(line) = vm.next(&it)? {
        stream_write(vm, &[args[0].clone(), line], &[])?;
    }
    Ok(Value::None)
}

fn stream_encoding(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

fn stream_flush(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    vm.flush();
    Ok(Value::None)
}

fn stream_isatty(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::bool(false))
}

fn exit(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "exit", args, 0, 1)?;
    Err(vm.new_exception(vm.exc_type(ExcKind::SystemExit), args.to_vec()))
}

fn getframe(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => b.get() as i64,
        Some(v) if vm.user_special(v, "__index__").is_some() => vm.index_of(v, "depth")?,
        Some(v) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
        None => 0,
    };
    // CPython treats a negative depth as 0.
    let depth = depth.max(0);
    let n = vm.frames.len() as i64;
    if depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let idx = (n - 1 - depth) as usize;
    Ok(Value::Frame(vm.frame_object(idx)))
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.opts.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "setrecursionlimit", args, 1, 1)?;
    let n = vm.index_of(&args[0], "limit")?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.err(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                n, vm.depth
            ),
        ));
    }
    vm.opts.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(match vm.handled.last().cloned() {
        Some(e) => {
            let tb = vm.traceback_object(&e, 0);
            Value::tuple(vec![Value::Type(e.0.class()), e.value(), tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exception(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(vm.handled.last().map_or(Value::None, |e| e.value()))
}

fn displayhook(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "displayhook", args, 1, 1)?;
    if args[0].is_none() {
        return Ok(Value::None);
    }
    let r = vm.repr_str(&args[0])?;
    vm.write_out(&format!("{r}\n"))?;
    vm.builtins.set_item_str("_", args[0].clone());
    Ok(Value::None)
}

fn excepthook(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "excepthook", args, 3, 3)?;
    if let Value::Instance(i) = &args[1] {
        if i.exc.is_some() {
            let e = crate::value::PyErr(i.clone());
            vm.print_exception(&e);
        }
    }
    Ok(Value::None)
}

fn intern(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "intern", args, 1, 1)?;
    Ok(args[0].clone())
}

fn getsizeof(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "getsizeof", args, 1, 2)?;
    Ok(Value::Int(16 + vm.len(&args[0]).unwrap_or(0) as i64 * 8))
}

fn get_int_max_str_digits(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.int_digit_limit() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "set_int_max_str_digits", args, 1, 1)?;
    let n = vm.index_of(&args[0], "maxdigits")?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.sys
        .dict
        .set_item_str("_int_max_str_digits", Value::Int(n));
    Ok(Value::None)
}
