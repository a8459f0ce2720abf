//! `list`, `tuple`, `range` and `slice`: constructors and methods, and the
//! stable sort behind `list.sort` and `sorted`.

use super::args::{arity, kwargs};
use super::functions::range_new;
use super::{new_cls, set_new, wrap_subclass};
use crate::exc_kind::ExcKind;
use crate::frontend::ast::CmpOp;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.list.clone();
    set_new(vm, &t, list_new);
    let methods: &[(&str, crate::objects::BuiltinFn)] = &[
        ("__init__", list_init),
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("copy", list_copy),
        ("clear", list_clear),
        ("__len__", seq_len),
        ("__getitem__", seq_getitem),
        ("__setitem__", seq_setitem),
        ("__delitem__", seq_delitem),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__repr__", seq_repr),
        ("__eq__", seq_eq),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    let t = vm.types.tuple.clone();
    set_new(vm, &t, tuple_new);
    for (n, f) in [
        ("index", list_index as crate::objects::BuiltinFn),
        ("count", list_count),
        ("__len__", seq_len),
        ("__getitem__", seq_getitem),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__repr__", seq_repr),
        ("__eq__", seq_eq),
        ("__hash__", tuple_hash),
    ] {
        vm.add_method(&t, n, f);
    }
    let t = vm.types.range.clone();
    set_new(vm, &t, range_new);
    vm.add_method(&t, "count", list_count);
    vm.add_method(&t, "index", range_index);
    let t = vm.types.slice.clone();
    set_new(vm, &t, slice_new);
    vm.add_method(&t, "indices", slice_indices);
}

fn list_of(vm: &Vm, v: &Value) -> PyResult<Rc<PyList>> {
    match Vm::unwrap_base(v) {
        Value::List(l) => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn list_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = vm.types.list.clone();
    let (cls, exact) = new_cls(vm, args, &t)?;
    if !exact {
        return Ok(wrap_subclass(&cls, Value::list(vec![])));
    }
    super::args::no_kw(vm, "list", kw)?;
    let a = &args[1..];
    if a.len() > 1 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", a.len())));
    }
    match a.first() {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(vm.collect(v)?)),
    }
}

fn list_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::args::no_kw(vm, "list", kw)?;
    let l = list_of(vm, &args[0])?;
    let items = match args.get(1) {
        Some(v) => vm.collect(v)?,
        None => vec![],
    };
    *l.items_mut() = items;
    Ok(Value::None)
}

fn tuple_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = vm.types.tuple.clone();
    let (cls, exact) = new_cls(vm, args, &t)?;
    super::args::no_kw(vm, "tuple", kw)?;
    let a = &args[1..];
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let v = match a.first() {
        None => Value::tuple(vec![]),
        Some(Value::Tuple(t)) if exact => Value::Tuple(t.clone()),
        Some(v) => Value::tuple(vm.collect(v)?),
    };
    Ok(if exact { v } else { wrap_subclass(&cls, v) })
}

fn list_append(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "list.append", &args[1..], 1, 1)?;
    list_of(vm, &args[0])?.push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "list.extend", &args[1..], 1, 1)?;
    let l = list_of(vm, &args[0])?;
    let items = vm.collect(&args[1])?;
    l.items_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let l = list_of(vm, &args[0])?;
    let i = vm.index_of(&args[1], "insert")?;
    let mut items = l.items_mut();
    let n = items.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(j as usize, args[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "pop", &args[1..], 0, 1)?;
    let l = list_of(vm, &args[0])?;
    let i = match args.get(1) {
        Some(v) => vm.index_of(v, "pop")?,
        None => -1,
    };
    let mut items = l.items_mut();
    if items.is_empty() {
        return Err(vm.err(ExcKind::IndexError, "pop from empty list"));
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.err(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

fn list_remove(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "list.remove", &args[1..], 1, 1)?;
    let l = list_of(vm, &args[0])?;
    let items = l.snapshot();
    for (i, x) in items.iter().enumerate() {
        if vm.eq(x, &args[1])? {
            let mut it = l.items_mut();
            if i < it.len() {
                it.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn items_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match Vm::unwrap_base(v) {
        Value::List(l) => Ok(l.snapshot()),
        Value::Tuple(t) => Ok(t.as_slice().to_vec()),
        other => vm.collect(&other),
    }
}

fn list_index(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "index", &args[1..], 1, 3)?;
    let items = items_of(vm, &args[0])?;
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(2) {
        Some(v) => norm(vm.index_of(v, "sequence.index")?),
        None => 0,
    };
    let end = match args.get(3) {
        Some(v) => norm(vm.index_of(v, "sequence.index")?),
        None => n,
    };
    for i in start..end {
        if vm.eq(&items[i as usize], &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    let what = match Vm::unwrap_base(&args[0]) {
        Value::Tuple(_) => "tuple.index(x): x not in tuple".to_string(),
        _ => format!("{} is not in list", vm.repr_str(&args[1])?),
    };
    Err(vm.value_error(what))
}

fn list_count(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "count", &args[1..], 1, 1)?;
    let items = items_of(vm, &args[0])?;
    let mut n = 0;
    for x in &items {
        if vm.eq(x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_reverse(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    list_of(vm, &args[0])?.items_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::list(list_of(vm, &args[0])?.snapshot()))
}

fn list_clear(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let l = list_of(vm, &args[0])?;
    let old = std::mem::take(&mut *l.items_mut());
    drop(old);
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = list_of(vm, &args[0])?;
    list_sort_impl(vm, &l, kw)?;
    Ok(Value::None)
}

/// Sorts a list in place: stable, with `key` and `reverse`, comparing
/// with `<` as CPython does.
pub fn list_sort_impl(vm: &mut Vm, l: &Rc<PyList>, kw: KwArgs) -> PyResult<()> {
    let [key, reverse] = kwargs(vm, "sort", kw, ["key", "reverse"])?;
    let reverse = match reverse {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let key = key.filter(|k| !k.is_none());
    // Sort a private copy; the list reads as empty meanwhile, so mutation
    // during the sort is detected.
    let items = std::mem::take(&mut *l.items_mut());
    let result = (|| {
        let keys = match &key {
            Some(k) => {
                let mut ks = Vec::with_capacity(items.len());
                for it in &items {
                    ks.push(vm.call1(k, it.clone())?);
                }
                ks
            }
            None => items.clone(),
        };
        let mut idx: Vec<usize> = (0..items.len()).collect();
        if reverse {
            // Reverse, sort stably, reverse again: equal items keep order.
            idx.reverse();
        }
        sort_indices(vm, &keys, &mut idx)?;
        if reverse {
            idx.reverse();
        }
        Ok(idx
            .into_iter()
            .map(|i| items[i].clone())
            .collect::<Vec<Value>>())
    })();
    let mut cur = l.items_mut();
    let modified = !cur.is_empty();
    match result {
        Ok(sorted) => {
            if modified {
                *cur = sorted;
                drop(cur);
                return Err(vm.value_error("list modified during sort"));
            }
            *cur = sorted;
            Ok(())
        }
        Err(e) => {
            if !modified {
                *cur = items;
            }
            Err(e)
        }
    }
}

/// Stable merge sort of `idx` by `keys[i] < keys[j]`.
fn sort_indices(vm: &mut Vm, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    // Fast paths for homogeneous ints and strs.
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        idx.sort_by_key(|&i| match keys[i] {
            Value::Int(v) => v,
            _ => 0,
        });
        return Ok(());
    }
    if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        idx.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
            (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(());
    }
    if keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.get().is_nan()))
    {
        idx.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
            (Value::Float(x), Value::Float(y)) => x
                .get()
                .partial_cmp(&y.get())
                .unwrap_or(std::cmp::Ordering::Equal),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(());
    }
    let mut buf = idx.to_vec();
    merge_sort(vm, keys, idx, &mut buf)
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let r = vm.rich_compare(CmpOp::Lt, a, b)?;
    vm.truthy(&r)
}

fn merge_sort(vm: &mut Vm, keys: &[Value], v: &mut [usize], buf: &mut [usize]) -> PyResult<()> {
    let n = v.len();
    if n <= 16 {
        // Binary insertion sort, stable.
        for i in 1..n {
            let x = v[i];
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if less(vm, &keys[x], &keys[v[mid]])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v.copy_within(lo..i, lo + 1);
            v[lo] = x;
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (bl, br) = buf.split_at_mut(mid);
        let (vl, vr) = v.split_at_mut(mid);
        merge_sort(vm, keys, vl, bl)?;
        merge_sort(vm, keys, vr, br)?;
    }
    buf[..n].copy_from_slice(v);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if less(vm, &keys[buf[j]], &keys[buf[i]])? {
            v[k] = buf[j];
            j += 1;
        } else {
            v[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        v[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        v[k] = buf[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

fn seq_len(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = Vm::unwrap_base(&args[0]);
    Ok(Value::Int(vm.len(&b)? as i64))
}

fn seq_getitem(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__getitem__", &args[1..], 1, 1)?;
    let b = Vm::unwrap_base(&args[0]);
    vm.get_item(&b, &args[1])
}

fn seq_setitem(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__setitem__", &args[1..], 2, 2)?;
    let b = Vm::unwrap_base(&args[0]);
    vm.set_item(&b, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn seq_delitem(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__delitem__", &args[1..], 1, 1)?;
    let b = Vm::unwrap_base(&args[0]);
    vm.del_item(&b, &args[1])?;
    Ok(Value::None)
}

fn seq_contains(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__contains__", &args[1..], 1, 1)?;
    let b = Vm::unwrap_base(&args[0]);
    Ok(Value::bool(vm.contains(&b, &args[1])?))
}

fn seq_iter(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = Vm::unwrap_base(&args[0]);
    vm.get_iter(&b)
}

fn seq_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = Vm::unwrap_base(&args[0]);
    vm.repr(&b)
}

fn seq_eq(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__eq__", &args[1..], 1, 1)?;
    let (a, b) = (Vm::unwrap_base(&args[0]), Vm::unwrap_base(&args[1]));
    if std::mem::discriminant(&a) != std::mem::discriminant(&b) {
        return Ok(Value::NotImplemented);
    }
    vm.rich_compare(CmpOp::Eq, &a, &b)
}

fn tuple_hash(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = Vm::unwrap_base(&args[0]);
    Ok(Value::Int(vm.hash(&b)?))
}

fn range_index(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "index", &args[1..], 1, 1)?;
    let Value::Range(r) = &args[0] else {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    };
    if let Some(x) = crate::objects::int::to_big(&args[1]) {
        if r.contains_int(&x) {
            return Ok(Value::from_bigint((x - r.start()) / r.step()));
        }
    }
    let r = vm.repr_str(&args[1])?;
    Err(vm.value_error(format!("{r} is not in range")))
}

fn slice_new(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
}

fn slice_indices(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "indices", &args[1..], 1, 1)?;
    let Value::Slice(s) = &args[0] else {
        return Err(vm.type_error("descriptor requires a 'slice' object"));
    };
    let n = vm.index_of(&args[1], "length")?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c, _) = vm.slice_indices(s, n)?;
    Ok(Value::tuple(vec![
        Value::Int(a),
        Value::Int(b),
        Value::Int(c),
    ]))
}
