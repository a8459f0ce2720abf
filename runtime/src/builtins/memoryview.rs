//! `memoryview`: a read-only view of the bytes of a bytes-like object.
//! Every access reads the object again, so a view of a bytearray sees its
//! later changes; only the one-dimensional unsigned-byte format exists.

use super::args::{arity, no_kw};
use super::bytes::bytes_like;
use super::{add_getter, native_type, native_value, set_new, with_native};
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// What a memoryview object holds.
struct View {
    obj: Value,
    released: bool,
}

pub fn install(vm: &mut Vm) {
    let t = native_type(vm, "builtins", "memoryview", false);
    set_new(vm, &t, memoryview_new);
    for (name, f) in [
        ("tobytes", tobytes as BuiltinFn),
        ("tolist", tolist),
        ("hex", hex),
        ("release", release),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__eq__", eq),
        ("__enter__", enter),
        ("__exit__", exit),
    ] {
        vm.add_method(&t, name, f);
    }
    for (name, f) in [
        ("obj", obj as BuiltinFn),
        ("nbytes", nbytes),
        ("readonly", readonly),
        ("format", format),
        ("itemsize", itemsize),
        ("ndim", ndim),
    ] {
        add_getter(vm, &t, name, f);
    }
    vm.builtins.set_item_str("memoryview", Value::Type(t));
}

/// The bytes a view shows (`None`: not a memoryview).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let Value::Other(o) = v else {
        return None;
    };
    let Other::Native { data, .. } = &**o else {
        return None;
    };
    let data = data.try_borrow().ok()?;
    let view = data.downcast_ref::<View>()?;
    bytes_like(&view.obj)
}

fn memoryview_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "memoryview", kw)?;
    arity(vm, "memoryview", &args[1..], 1, 1)?;
    let Value::Type(cls) = &args[0] else {
        return Err(vm.type_error("memoryview.__new__(X): X is not a type object"));
    };
    let source = args[1].clone();
    if bytes_like(&source).is_none() {
        return Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&source)
        )));
    }
    // A view of a view shows the same object.
    let obj = match with_native::<View, Value>(vm, &source, "memoryview", |v| v.obj.clone()) {
        Ok(o) => o,
        Err(_) => source,
    };
    Ok(native_value(
        cls,
        View {
            obj,
            released: false,
        },
    ))
}

/// The bytes of `self`, or the error of a released view.
fn data(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    let (obj, released) =
        with_native::<View, _>(vm, v, "memoryview", |m| (m.obj.clone(), m.released))?;
    if released {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(bytes_like(&obj).unwrap_or_default())
}

fn tobytes(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    Ok(Value::Bytes(Rc::new(PyBytes::new(d))))
}

fn tolist(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    Ok(Value::list(
        d.into_iter().map(|b| Value::Int(b as i64)).collect(),
    ))
}

fn hex(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    Ok(Value::string(
        d.iter().map(|b| format!("{b:02x}")).collect(),
    ))
}

fn release(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    with_native::<View, _>(vm, &args[0], "memoryview", |m| m.released = true)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(data(vm, &args[0])?.len() as i64))
}

fn getitem(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__getitem__", &args[1..], 1, 1)?;
    let d = data(vm, &args[0])?;
    let i = vm.index_of(&args[1], "memoryview")?;
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.err(
            crate::exc_kind::ExcKind::IndexError,
            "index out of bounds on dimension 1",
        ));
    }
    Ok(Value::Int(d[j as usize] as i64))
}

fn eq(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__eq__", &args[1..], 1, 1)?;
    let d = data(vm, &args[0])?;
    let other = view_bytes(&args[1]).or_else(|| bytes_like(&args[1]));
    Ok(match other {
        Some(o) => Value::bool(o == d),
        None => Value::NotImplemented,
    })
}

fn enter(_: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    release(vm, &args[..1], kw)
}

fn obj(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    with_native::<View, _>(vm, &args[0], "memoryview", |m| m.obj.clone())
}

fn nbytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    len(vm, args, kw)
}

fn readonly(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    // A view of a bytearray may write through in CPython; this one never
    // writes, but reports what CPython would.
    let obj = with_native::<View, _>(vm, &args[0], "memoryview", |m| m.obj.clone())?;
    Ok(Value::bool(!super::is_native::<Vec<u8>>(&obj)))
}

fn format(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::str("B"))
}

fn itemsize(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn ndim(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(1))
}
