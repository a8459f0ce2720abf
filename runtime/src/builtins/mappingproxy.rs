//! `mappingproxy`: the read-only, live view of a class namespace that
//! `cls.__dict__` and `vars(cls)` give (writes must go through `setattr`,
//! so that the type's caches see them).

use super::args::arity;
use super::{native_value, set_new, with_native};
use crate::frontend::ast::CmpOp;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// The proxied namespace.
struct MappingProxy(Rc<PyDict>);

pub fn install(vm: &mut Vm) {
    let t = vm.types.mappingproxy.clone();
    set_new(vm, &t, proxy_new);
    let methods: &[(&str, crate::objects::function::BuiltinFn)] = &[
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__len__", len),
        ("__repr__", repr),
        ("__str__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__or__", or),
        ("__ror__", ror),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("get", get),
        ("copy", copy),
    ];
    for (name, f) in methods {
        vm.add_method(&t, name, *f);
    }
    t.dict.set_item_str("__hash__", Value::None);
}

/// A live read-only view of `d`.
pub fn proxy(vm: &Vm, d: &Rc<PyDict>) -> Value {
    native_value(&vm.types.mappingproxy, MappingProxy(d.clone()))
}

/// The dict behind a proxy, or the value itself when it is no proxy.
fn target(vm: &Vm, v: &Value) -> PyResult<Value> {
    with_native::<MappingProxy, _>(vm, v, "mappingproxy", |p| Value::Dict(p.0.clone()))
}

fn unwrap_other(vm: &Vm, v: &Value) -> Value {
    target(vm, v).unwrap_or_else(|_| v.clone())
}

fn proxy_new(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "mappingproxy", &args[1..], 1, 1)?;
    let m = &args[1];
    match m {
        Value::Dict(d) => Ok(proxy(vm, d)),
        _ if super::is_native::<MappingProxy>(m) => Ok(m.clone()),
        _ => Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(m)
        ))),
    }
}

fn getitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__getitem__", &a[1..], 1, 1)?;
    let d = target(vm, &a[0])?;
    vm.get_item(&d, &a[1])
}

fn contains(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__contains__", &a[1..], 1, 1)?;
    let d = target(vm, &a[0])?;
    vm.contains(&d, &a[1]).map(Value::bool)
}

fn iter(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = target(vm, &a[0])?;
    vm.get_iter(&d)
}

fn len(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = target(vm, &a[0])?;
    vm.len(&d).map(|n| Value::Int(n as i64))
}

fn repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = target(vm, &a[0])?;
    let r = vm.repr_str(&d)?;
    Ok(Value::string(format!("mappingproxy({r})")))
}

fn eq(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__eq__", &a[1..], 1, 1)?;
    let d = target(vm, &a[0])?;
    let other = unwrap_other(vm, &a[1]);
    vm.rich_compare(CmpOp::Eq, &d, &other)
}

fn ne(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__ne__", &a[1..], 1, 1)?;
    let d = target(vm, &a[0])?;
    let other = unwrap_other(vm, &a[1]);
    vm.rich_compare(CmpOp::NotEq, &d, &other)
}

fn or(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__or__", &a[1..], 1, 1)?;
    let d = target(vm, &a[0])?;
    let other = unwrap_other(vm, &a[1]);
    vm.binary_op(crate::frontend::ast::BinOp::BitOr, &d, &other)
}

fn ror(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__ror__", &a[1..], 1, 1)?;
    let d = target(vm, &a[0])?;
    let other = unwrap_other(vm, &a[1]);
    vm.binary_op(crate::frontend::ast::BinOp::BitOr, &other, &d)
}

fn delegate(vm: &mut Vm, a: &[Value], name: &str, n: usize) -> PyResult<Value> {
    arity(
        vm,
        name,
        &a[1..],
        n,
        n.max(if name == "get" { 2 } else { n }),
    )?;
    let d = target(vm, &a[0])?;
    let m = vm.get_attr_str(&d, name)?;
    vm.call(&m, &a[1..], &[])
}

fn keys(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(vm, a, "keys", 0)
}

fn values(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(vm, a, "values", 0)
}

fn items(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(vm, a, "items", 0)
}

fn get(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(vm, a, "get", 1)
}

fn copy(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(vm, a, "copy", 0)
}
