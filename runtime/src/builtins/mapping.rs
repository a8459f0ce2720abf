//! `dict`, `set` and `frozenset`: constructors and methods.

use super::args::arity;
use super::{new_cls, set_new, wrap_subclass};
use crate::exc_kind::ExcKind;
use crate::frontend::ast::BinOp;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::iter::DictIterKind;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    set_new(vm, &t, dict_new);
    let methods: &[(&str, crate::objects::BuiltinFn)] = &[
        ("__init__", dict_init),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update_m),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__len__", dict_len),
        ("__iter__", dict_iter),
        ("__repr__", dict_repr),
        ("__eq__", dict_eq),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    vm.add_classmethod(&t, "fromkeys", dict_fromkeys);

    for view in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&view, "isdisjoint", view_isdisjoint);
    }

    let t = vm.types.set.clone();
    set_new(vm, &t, set_new_fn);
    let methods: &[(&str, crate::objects::BuiltinFn)] = &[
        ("__init__", set_init),
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symdiff_update),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    let t2 = vm.types.frozenset.clone();
    set_new(vm, &t2, frozenset_new);
    for t in [t, t2] {
        for (n, f) in [
            ("copy", set_copy as crate::objects::BuiltinFn),
            ("union", set_union),
            ("intersection", set_intersection),
            ("difference", set_difference),
            ("symmetric_difference", set_symdiff),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
            ("isdisjoint", set_isdisjoint),
            ("__len__", set_len),
            ("__contains__", set_contains),
            ("__iter__", set_iter),
        ] {
            vm.add_method(&t, n, f);
        }
    }
}

fn dict_of(vm: &Vm, v: &Value) -> PyResult<Rc<PyDict>> {
    match Vm::unwrap_base(v) {
        Value::Dict(d) => Ok(d),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `dict.update` semantics for one positional argument and keywords.
pub fn dict_fill(vm: &mut Vm, d: &Rc<PyDict>, arg: Option<&Value>, kw: KwArgs) -> PyResult<()> {
    if let Some(src) = arg {
        let is_mapping =
            matches!(src, Value::Dict(_)) || matches!(Vm::unwrap_base(src), Value::Dict(_)) || {
                let k = vm.intern("keys");
                vm.get_attr_opt(src, &k)?.is_some()
            };
        if is_mapping {
            vm.dict_update(&Value::Dict(d.clone()), src, None)?;
        } else {
            let it = vm.get_iter(src)?;
            let mut i = 0;
            while let Some(item) = vm.next(&it)? {
                let pair = match vm.collect(&item) {
                    Ok(p) => p,
                    Err(e) if vm.is_exc_kind(&e, ExcKind::TypeError) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )))
                    }
                    Err(e) => return Err(e),
                };
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                let (k, v) = (p.next().unwrap_or_default(), p.next().unwrap_or_default());
                d.set(vm, k, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in kw {
        d.set_str(k.clone(), v.clone());
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = vm.types.dict.clone();
    let (cls, exact) = new_cls(vm, args, &t)?;
    let d = Rc::new(PyDict::new());
    if !exact {
        return Ok(wrap_subclass(&cls, Value::Dict(d)));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    dict_fill(vm, &d, args.get(1), kw)?;
    Ok(Value::Dict(d))
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(vm, &args[0])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    dict_fill(vm, &d, args.get(1), kw)?;
    Ok(Value::None)
}

fn view(vm: &Vm, v: &Value, kind: DictIterKind) -> PyResult<Value> {
    let d = dict_of(vm, v)?;
    Ok(Value::Other(Rc::new(Other::DictView { dict: d, kind })))
}

fn dict_keys(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    view(vm, &a[0], DictIterKind::Keys)
}

fn dict_values(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    view(vm, &a[0], DictIterKind::Values)
}

fn dict_items(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    view(vm, &a[0], DictIterKind::Items)
}

fn dict_get(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "get", &a[1..], 1, 2)?;
    let d = dict_of(vm, &a[0])?;
    Ok(d.get(vm, &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "setdefault", &a[1..], 1, 2)?;
    let d = dict_of(vm, &a[0])?;
    if let Some(v) = d.get(vm, &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or(Value::None);
    d.set(vm, a[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "pop", &a[1..], 1, 2)?;
    let d = dict_of(vm, &a[0])?;
    match d.remove(vm, &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(def) => Ok(def.clone()),
            None => Err(vm.key_error(a[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = dict_of(vm, &a[0])?;
    match d.pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.err(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn dict_update_m(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(vm, &a[0])?;
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    dict_fill(vm, &d, a.get(1), kw)?;
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    dict_of(vm, &a[0])?.clear();
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(dict_of(vm, &a[0])?.copy())))
}

fn dict_fromkeys(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "fromkeys", &a[1..], 1, 2)?;
    let keys = vm.collect(&a[1])?;
    let v = a.get(2).cloned().unwrap_or(Value::None);
    let cls = a[0].clone();
    let d = vm.call0(&cls)?;
    for k in keys {
        vm.set_item(&d, k, v.clone())?;
    }
    Ok(d)
}

fn dict_getitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__getitem__", &a[1..], 1, 1)?;
    let d = dict_of(vm, &a[0])?;
    match d.get(vm, &a[1])? {
        Some(v) => Ok(v),
        None => {
            if matches!(a[0], Value::Instance(_)) {
                if let Some(m) = vm.user_special(&a[0], "__missing__") {
                    return vm.call_special(&m, &a[0], &[a[1].clone()]);
                }
            }
            Err(vm.key_error(a[1].clone()))
        }
    }
}

fn dict_setitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__setitem__", &a[1..], 2, 2)?;
    let d = dict_of(vm, &a[0])?;
    d.set(vm, a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__delitem__", &a[1..], 1, 1)?;
    let d = dict_of(vm, &a[0])?;
    match d.remove(vm, &a[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(a[1].clone())),
    }
}

fn dict_contains(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = dict_of(vm, &a[0])?;
    Ok(Value::bool(d.contains(vm, &a[1])?))
}

fn dict_len(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(dict_of(vm, &a[0])?.len() as i64))
}

fn dict_iter(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = dict_of(vm, &a[0])?;
    vm.get_iter(&Value::Dict(d))
}

fn dict_repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = dict_of(vm, &a[0])?;
    vm.repr(&Value::Dict(d))
}

fn dict_eq(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = dict_of(vm, &a[0])?;
    match Vm::unwrap_base(&a[1]) {
        Value::Dict(o) => vm.rich_compare(
            crate::frontend::ast::CmpOp::Eq,
            &Value::Dict(d),
            &Value::Dict(o),
        ),
        _ => Ok(Value::NotImplemented),
    }
}

fn view_isdisjoint(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let items = vm.collect(&a[1])?;
    for x in items {
        if vm.contains(&a[0], &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

// ---- sets ----

fn set_of(vm: &Vm, v: &Value) -> PyResult<Rc<PySet>> {
    match Vm::unwrap_base(v) {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// Adds everything from an iterable, with CPython's set-update layout
/// rules (a set merges its table, a dict pre-sizes).
pub fn set_fill(vm: &mut Vm, s: &PySet, src: &Value) -> PyResult<()> {
    match src {
        Value::Set(o) | Value::FrozenSet(o) => {
            s.merge_set(o);
            Ok(())
        }
        Value::Dict(d) => {
            s.reserve_for(d.len());
            for k in d.keys() {
                s.add(vm, k)?;
            }
            Ok(())
        }
        _ => {
            let it = vm.get_iter(src)?;
            while let Some(x) = vm.next(&it)? {
                s.add(vm, x)?;
            }
            Ok(())
        }
    }
}

fn set_new_fn(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = vm.types.set.clone();
    let (cls, exact) = new_cls(vm, args, &t)?;
    let s = Rc::new(PySet::new());
    if !exact {
        return Ok(wrap_subclass(&cls, Value::Set(s)));
    }
    super::args::no_kw(vm, "set", kw)?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(src) = args.get(1) {
        set_fill(vm, &s, src)?;
    }
    Ok(Value::Set(s))
}

fn set_init(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = set_of(vm, &args[0])?;
    s.clear();
    if let Some(src) = args.get(1) {
        set_fill(vm, &s, src)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = vm.types.frozenset.clone();
    let (cls, exact) = new_cls(vm, args, &t)?;
    super::args::no_kw(vm, "frozenset", kw)?;
    let s = Rc::new(PySet::new());
    if let Some(src) = args.get(1) {
        if let (true, Value::FrozenSet(f)) = (exact, src) {
            return Ok(Value::FrozenSet(f.clone()));
        }
        set_fill(vm, &s, src)?;
    }
    Ok(if exact {
        Value::FrozenSet(s)
    } else {
        wrap_subclass(&cls, Value::FrozenSet(s))
    })
}

fn set_add(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "set.add", &a[1..], 1, 1)?;
    set_of(vm, &a[0])?.add(vm, a[1].clone())?;
    Ok(Value::None)
}

fn set_key(vm: &mut Vm, v: &Value) -> Value {
    // A set searched for in a set counts as a frozenset.
    match v {
        Value::Set(s) => Value::FrozenSet(Rc::new(s.copy())),
        _ => {
            let _ = vm;
            v.clone()
        }
    }
}

fn set_discard(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "set.discard", &a[1..], 1, 1)?;
    let k = set_key(vm, &a[1]);
    set_of(vm, &a[0])?.discard(vm, &k)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "set.remove", &a[1..], 1, 1)?;
    let k = set_key(vm, &a[1]);
    if !set_of(vm, &a[0])?.discard(vm, &k)? {
        return Err(vm.key_error(a[1].clone()));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    match set_of(vm, &a[0])?.pop() {
        Some(v) => Ok(v),
        None => Err(vm.err(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    set_of(vm, &a[0])?.clear();
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = set_of(vm, &a[0])?;
    for o in &a[1..] {
        set_fill(vm, &s, o)?;
    }
    Ok(Value::None)
}

/// Another operand as a set value (iterables are collected).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match Vm::unwrap_base(v) {
        s @ (Value::Set(_) | Value::FrozenSet(_)) => Ok(s),
        other => {
            let s = PySet::new();
            set_fill(vm, &s, &other)?;
            Ok(Value::Set(Rc::new(s)))
        }
    }
}

fn same_kind(a: &Value, r: Value) -> Value {
    match (Vm::unwrap_base(a), r) {
        (Value::FrozenSet(_), Value::Set(s)) => Value::FrozenSet(s),
        (Value::Set(_), Value::FrozenSet(s)) => Value::Set(s),
        (_, r) => r,
    }
}

fn fold(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let base = Vm::unwrap_base(&a[0]);
    let mut acc = match &base {
        Value::Set(s) | Value::FrozenSet(s) => Value::Set(Rc::new(s.copy())),
        _ => return Err(vm.type_error("descriptor requires a 'set' object")),
    };
    for o in &a[1..] {
        let other = as_set(vm, o)?;
        acc = vm.set_binary(op, &acc, &other)?;
    }
    Ok(same_kind(&base, acc))
}

fn set_copy(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let base = Vm::unwrap_base(&a[0]);
    if let Value::FrozenSet(_) = base {
        return Ok(base);
    }
    let s = set_of(vm, &a[0])?;
    Ok(Value::Set(Rc::new(s.copy())))
}

fn set_union(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    fold(vm, a, BinOp::BitOr)
}

fn set_intersection(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    fold(vm, a, BinOp::BitAnd)
}

fn set_difference(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    fold(vm, a, BinOp::Sub)
}

fn set_symdiff(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "symmetric_difference", &a[1..], 1, 1)?;
    fold(vm, a, BinOp::BitXor)
}

fn update_with(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let s = set_of(vm, &a[0])?;
    let r = fold(vm, a, op)?;
    let rs = set_of(vm, &r)?;
    s.clear();
    s.merge_set(&rs);
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    update_with(vm, a, BinOp::BitAnd)
}

fn set_difference_update(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = set_of(vm, &a[0])?;
    for o in &a[1..] {
        let other = as_set(vm, o)?;
        let os = set_of(vm, &other)?;
        for (h, k) in os.entries() {
            s.discard_hashed(vm, h, &k)?;
        }
    }
    Ok(Value::None)
}

fn set_symdiff_update(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "symmetric_difference_update", &a[1..], 1, 1)?;
    let s = set_of(vm, &a[0])?;
    let other = as_set(vm, &a[1])?;
    let os = set_of(vm, &other)?;
    for (h, k) in os.entries() {
        if !s.discard_hashed(vm, h, &k)? {
            s.add_hashed(vm, h, k)?;
        }
    }
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "issubset", &a[1..], 1, 1)?;
    let other = as_set(vm, &a[1])?;
    let me = Vm::unwrap_base(&a[0]);
    vm.rich_compare(crate::frontend::ast::CmpOp::LtE, &me, &other)
}

fn set_issuperset(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "issuperset", &a[1..], 1, 1)?;
    let other = as_set(vm, &a[1])?;
    let me = Vm::unwrap_base(&a[0]);
    vm.rich_compare(crate::frontend::ast::CmpOp::GtE, &me, &other)
}

fn set_isdisjoint(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "isdisjoint", &a[1..], 1, 1)?;
    let s = set_of(vm, &a[0])?;
    let items = vm.collect(&a[1])?;
    for x in items {
        if s.contains(vm, &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn set_len(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(set_of(vm, &a[0])?.len() as i64))
}

fn set_contains(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let base = Vm::unwrap_base(&a[0]);
    Ok(Value::bool(vm.contains(&base, &a[1])?))
}

fn set_iter(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let base = Vm::unwrap_base(&a[0]);
    vm.get_iter(&base)
}
