//! The special methods, as attributes, of built-in types whose operations
//! the interpreter implements natively (`range(3).__iter__`,
//! `b"x".__len__`...): each calls the native operation.

use super::args::arity;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::value::{PyResult, Value};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let types = [
        t.range.clone(),
        t.bytes.clone(),
        t.dict_keys.clone(),
        t.dict_values.clone(),
        t.dict_items.clone(),
    ];
    for ty in types {
        let subscriptable = ty.kind != crate::objects::TypeKind::DictView;
        let mut methods: Vec<(&str, crate::objects::function::BuiltinFn)> = vec![
            ("__iter__", dunder_iter),
            ("__len__", dunder_len),
            ("__contains__", dunder_contains),
        ];
        if subscriptable {
            methods.push(("__getitem__", dunder_getitem));
        }
        for (name, f) in methods {
            if ty.dict.get_item_str(name).is_none() {
                vm.add_method(&ty, name, f);
            }
        }
    }
}

fn dunder_iter(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__iter__", &a[1..], 0, 0)?;
    vm.get_iter(&a[0])
}

fn dunder_len(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__len__", &a[1..], 0, 0)?;
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn dunder_contains(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__contains__", &a[1..], 1, 1)?;
    Ok(Value::bool(vm.contains(&a[0], &a[1])?))
}

fn dunder_getitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__getitem__", &a[1..], 1, 1)?;
    vm.get_item(&a[0], &a[1])
}
