//! `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | str`):
//! the objects subscripted built-in classes and `|` between classes give.
//! They record their arguments for introspection and repr; only unions
//! take part in `isinstance`.

use super::args::arity;
use super::{add_getter, native_value, with_native};
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// `origin[args]`.
#[derive(Clone)]
struct Alias {
    origin: Value,
    args: Vec<Value>,
}

/// `args[0] | args[1] | ...`, flattened and without duplicates.
#[derive(Clone)]
struct Union {
    args: Vec<Value>,
}

pub fn install(vm: &mut Vm) {
    let alias = vm.types.generic_alias.clone();
    alias.dict.set_item_str("__module__", Value::str("types"));
    vm.add_method(&alias, "__repr__", alias_repr);
    vm.add_method(&alias, "__call__", alias_call);
    vm.add_method(&alias, "__eq__", alias_eq);
    vm.add_method(&alias, "__hash__", alias_hash);
    vm.add_method(&alias, "__mro_entries__", alias_mro_entries);
    vm.add_method(&alias, "__instancecheck__", alias_instancecheck);
    vm.add_method(&alias, "__subclasscheck__", alias_instancecheck);
    add_getter(vm, &alias, "__origin__", alias_origin);
    add_getter(vm, &alias, "__args__", alias_args);
    add_getter(vm, &alias, "__parameters__", empty_tuple);
    let union = vm.types.union_type.clone();
    union.dict.set_item_str("__module__", Value::str("types"));
    vm.add_method(&union, "__repr__", union_repr);
    vm.add_method(&union, "__eq__", union_eq);
    vm.add_method(&union, "__hash__", union_hash);
    add_getter(vm, &union, "__args__", union_args);
    add_getter(vm, &union, "__parameters__", empty_tuple);
}

/// Whether `t[...]` makes a generic alias: `type`, the built-in
/// containers and their subclasses (which inherit `__class_getitem__`);
/// other built-in classes are not subscriptable.
pub fn is_generic_builtin(vm: &Vm, t: &Rc<PyType>) -> bool {
    let ts = &vm.types;
    if Rc::ptr_eq(t, &ts.type_) {
        return true;
    }
    let containers = [&ts.list, &ts.dict, &ts.tuple, &ts.set, &ts.frozenset];
    t.mro_all()
        .iter()
        .any(|c| containers.iter().any(|b| Rc::ptr_eq(b, c)))
}

/// `origin[key]`: a tuple key gives several arguments.
pub fn alias(vm: &Vm, origin: Value, key: &Value) -> Value {
    let args = match key {
        Value::Tuple(t) => t.as_slice().to_vec(),
        _ => vec![key.clone()],
    };
    native_value(&vm.types.generic_alias, Alias { origin, args })
}

/// Whether `v` can be an operand of `|` making a union.
fn unionable(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Type(_) | Value::None)
        || is_alias(vm, v)
        || union_args_of(vm, v).is_some()
        || vm.type_of(v).is_subtype(&vm.types.type_alias)
}

fn is_alias(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(&**o, Other::Native { class, .. } if Rc::ptr_eq(class, &vm.types.generic_alias)))
}

fn union_args_of(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Other(o) => match &**o {
            Other::Native { class, data } if Rc::ptr_eq(class, &vm.types.union_type) => data
                .try_borrow()
                .ok()?
                .downcast_ref::<Union>()
                .map(|u| u.args.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `a | b` for classes, `None`, aliases and unions; `None` when the
/// operands are of other kinds.
pub fn union_of(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !unionable(vm, a) || !unionable(vm, b) {
        return Ok(None);
    }
    let mut args: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts = union_args_of(vm, v).unwrap_or_else(|| vec![v.clone()]);
        for p in parts {
            let p = if p.is_none() {
                Value::Type(vm.types.none.clone())
            } else {
                p
            };
            let mut dup = false;
            for q in &args {
                if q.is(&p) || (!matches!(p, Value::Type(_)) && vm.eq(q, &p)?) {
                    dup = true;
                    break;
                }
            }
            if !dup {
                args.push(p);
            }
        }
    }
    if args.len() == 1 {
        return Ok(Some(args.pop().expect("one argument")));
    }
    Ok(Some(native_value(&vm.types.union_type, Union { args })))
}

/// The members of a union used as `isinstance`'s second argument.
pub fn union_members(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    union_args_of(vm, v)
}

/// Whether `v` is a parameterized generic (rejected by `isinstance`).
pub fn is_parameterized(vm: &Vm, v: &Value) -> bool {
    is_alias(vm, v)
}

/// `typing`'s repr of an argument: classes by (qualified) name.
fn type_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Ellipsis => Ok("...".into()),
        Value::Type(t) => {
            if Rc::ptr_eq(t, &vm.types.none) {
                return Ok("None".into());
            }
            let module = match t.dict.get_item_str("__module__") {
                Some(Value::Str(m)) => m.as_str().to_string(),
                _ => "builtins".into(),
            };
            let q = t.qualname.borrow().to_string();
            Ok(if module == "builtins" {
                q
            } else {
                format!("{module}.{q}")
            })
        }
        _ => vm.repr_str(v),
    }
}

fn this_alias(vm: &Vm, v: &Value) -> PyResult<Alias> {
    with_native::<Alias, _>(vm, v, "types.GenericAlias", |a| a.clone())
}

fn this_union(vm: &Vm, v: &Value) -> PyResult<Union> {
    with_native::<Union, _>(vm, v, "types.UnionType", |u| u.clone())
}

fn alias_repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let al = this_alias(vm, &a[0])?;
    let mut s = type_repr(vm, &al.origin)?;
    s.push('[');
    if al.args.is_empty() {
        s.push_str("()");
    }
    for (i, arg) in al.args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let r = match arg {
            Value::List(l) => {
                let mut parts = Vec::new();
                for x in l.snapshot() {
                    parts.push(type_repr(vm, &x)?);
                }
                format!("[{}]", parts.join(", "))
            }
            _ => type_repr(vm, arg)?,
        };
        s.push_str(&r);
    }
    s.push(']');
    Ok(Value::string(s))
}

fn alias_call(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let al = this_alias(vm, &a[0])?;
    vm.call(&al.origin, &a[1..], kw)
}

fn alias_eq(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__eq__", &a[1..], 1, 1)?;
    let x = this_alias(vm, &a[0])?;
    let Ok(y) = this_alias(vm, &a[1]) else {
        return Ok(Value::NotImplemented);
    };
    let same =
        vm.eq(&x.origin, &y.origin)? && vm.eq(&Value::tuple(x.args), &Value::tuple(y.args))?;
    Ok(Value::bool(same))
}

fn alias_hash(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = this_alias(vm, &a[0])?;
    let h = vm.hash(&x.origin)? ^ vm.hash(&Value::tuple(x.args))?;
    Ok(Value::Int(h))
}

fn alias_mro_entries(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = this_alias(vm, &a[0])?;
    Ok(Value::tuple(vec![x.origin]))
}

fn alias_instancecheck(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn alias_origin(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(this_alias(vm, &a[0])?.origin)
}

fn alias_args(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::tuple(this_alias(vm, &a[0])?.args))
}

fn empty_tuple(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::tuple(vec![]))
}

fn union_repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let u = this_union(vm, &a[0])?;
    let mut parts = Vec::new();
    for arg in &u.args {
        parts.push(type_repr(vm, arg)?);
    }
    Ok(Value::string(parts.join(" | ")))
}

fn union_eq(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__eq__", &a[1..], 1, 1)?;
    let x = this_union(vm, &a[0])?;
    let Ok(y) = this_union(vm, &a[1]) else {
        return Ok(Value::NotImplemented);
    };
    let xs = Value::FrozenSet(frozen(vm, x.args)?);
    let ys = Value::FrozenSet(frozen(vm, y.args)?);
    Ok(Value::bool(vm.eq(&xs, &ys)?))
}

fn union_hash(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let x = this_union(vm, &a[0])?;
    let s = Value::FrozenSet(frozen(vm, x.args)?);
    Ok(Value::Int(vm.hash(&s)?))
}

fn union_args(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::tuple(this_union(vm, &a[0])?.args))
}

fn frozen(vm: &mut Vm, items: Vec<Value>) -> PyResult<Rc<PySet>> {
    let s = PySet::new();
    for v in items {
        s.add(vm, v)?;
    }
    Ok(Rc::new(s))
}
