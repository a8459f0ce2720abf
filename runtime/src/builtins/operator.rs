//! The `operator` module: the interpreter's operators as functions, and the
//! callable helpers `itemgetter`, `attrgetter` and `methodcaller`.

use super::args::{arity, no_kw};
use super::{native_type, native_value, new_module, set_all, set_new, with_native};
use crate::bytecode::UnaryOpKind;
use crate::frontend::ast::{BinOp, CmpOp};
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::iter::IterState;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

pub fn make_operator(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let fns: &[(&str, BuiltinFn)] = &[
        ("add", add),
        ("sub", sub),
        ("mul", mul),
        ("matmul", matmul),
        ("truediv", truediv),
        ("floordiv", floordiv),
        ("mod", mod_),
        ("pow", pow),
        ("lshift", lshift),
        ("rshift", rshift),
        ("and_", and_),
        ("or_", or_),
        ("xor", xor),
        ("concat", concat),
        ("iadd", iadd),
        ("isub", isub),
        ("imul", imul),
        ("imatmul", imatmul),
        ("itruediv", itruediv),
        ("ifloordiv", ifloordiv),
        ("imod", imod),
        ("ipow", ipow),
        ("ilshift", ilshift),
        ("irshift", irshift),
        ("iand", iand),
        ("ior", ior),
        ("ixor", ixor),
        ("iconcat", iconcat),
        ("neg", neg),
        ("pos", pos),
        ("invert", invert),
        ("inv", invert),
        ("abs", abs),
        ("not_", not_),
        ("truth", truth),
        ("index", index),
        ("eq", eq),
        ("ne", ne),
        ("lt", lt),
        ("le", le),
        ("gt", gt),
        ("ge", ge),
        ("is_", is_),
        ("is_not", is_not),
        ("contains", contains),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("countOf", count_of),
        ("indexOf", index_of),
        ("length_hint", length_hint),
        ("call", call),
    ];
    let m = new_module(vm, "operator", fns);
    // The dunder aliases (`operator.__add__`...) name the same functions.
    for (name, _) in fns {
        let base = name.trim_end_matches('_');
        if matches!(
            *name,
            "countOf" | "indexOf" | "length_hint" | "is_" | "is_not" | "truth"
        ) {
            continue;
        }
        let alias = format!("__{base}__");
        if let Some(f) = m.dict.get_item_str(name) {
            m.dict.set_item_str(&alias, f);
        }
    }
    let mut all: Vec<&str> = fns.iter().map(|(n, _)| *n).collect();
    all.extend(["itemgetter", "attrgetter", "methodcaller"]);
    set_all(&m, &all);

    let ig = native_type(vm, "operator", "itemgetter", false);
    set_new(vm, &ig, itemgetter_new);
    vm.add_method(&ig, "__call__", itemgetter_call);
    vm.add_method(&ig, "__repr__", itemgetter_repr);
    m.dict.set_item_str("itemgetter", Value::Type(ig));

    let ag = native_type(vm, "operator", "attrgetter", false);
    set_new(vm, &ag, attrgetter_new);
    vm.add_method(&ag, "__call__", attrgetter_call);
    vm.add_method(&ag, "__repr__", attrgetter_repr);
    m.dict.set_item_str("attrgetter", Value::Type(ag));

    let mc = native_type(vm, "operator", "methodcaller", false);
    set_new(vm, &mc, methodcaller_new);
    vm.add_method(&mc, "__call__", methodcaller_call);
    vm.add_method(&mc, "__repr__", methodcaller_repr);
    m.dict.set_item_str("methodcaller", Value::Type(mc));
    Ok(m)
}

/// `operator.index(v)`: an int from `__index__`, with CPython's message.
/// Also used by other modules for integer arguments.
pub(crate) fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        _ => {
            if let Some(f) = vm.user_special(v, "__index__") {
                let r = vm.call_special(&f, v, &[])?;
                if matches!(r, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                    return index_value(vm, &r);
                }
                return Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                )));
            }
            let base = Vm::unwrap_base(v);
            if matches!(base, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                return index_value(vm, &base);
            }
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    }
}

fn two<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: KwArgs) -> PyResult<(&'a Value, &'a Value)> {
    no_kw(vm, name, kw)?;
    arity(vm, name, args, 2, 2)?;
    Ok((&args[0], &args[1]))
}

fn one<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: KwArgs) -> PyResult<&'a Value> {
    no_kw(vm, name, kw)?;
    arity(vm, name, args, 1, 1)?;
    Ok(&args[0])
}

/// Defines `operator.<name>(a, b)` as `a <op> b` (or `a <op>= b`).
macro_rules! binary {
    ($($f:ident, $name:literal, $op:expr, $inplace:expr;)*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            let (a, b) = two(vm, $name, args, kw)?;
            if $inplace {
                vm.inplace_op($op, a, b)
            } else {
                vm.binary_op($op, a, b)
            }
        }
    )*};
}

binary! {
    add, "add", BinOp::Add, false;
    sub, "sub", BinOp::Sub, false;
    mul, "mul", BinOp::Mul, false;
    matmul, "matmul", BinOp::MatMul, false;
    truediv, "truediv", BinOp::Div, false;
    floordiv, "floordiv", BinOp::FloorDiv, false;
    mod_, "mod", BinOp::Mod, false;
    pow, "pow", BinOp::Pow, false;
    lshift, "lshift", BinOp::LShift, false;
    rshift, "rshift", BinOp::RShift, false;
    and_, "and_", BinOp::BitAnd, false;
    or_, "or_", BinOp::BitOr, false;
    xor, "xor", BinOp::BitXor, false;
    iadd, "iadd", BinOp::Add, true;
    isub, "isub", BinOp::Sub, true;
    imul, "imul", BinOp::Mul, true;
    imatmul, "imatmul", BinOp::MatMul, true;
    itruediv, "itruediv", BinOp::Div, true;
    ifloordiv, "ifloordiv", BinOp::FloorDiv, true;
    imod, "imod", BinOp::Mod, true;
    ipow, "ipow", BinOp::Pow, true;
    ilshift, "ilshift", BinOp::LShift, true;
    irshift, "irshift", BinOp::RShift, true;
    iand, "iand", BinOp::BitAnd, true;
    ior, "ior", BinOp::BitOr, true;
    ixor, "ixor", BinOp::BitXor, true;
}

/// Defines `operator.<name>(a, b)` as a rich comparison.
macro_rules! compare {
    ($($f:ident, $name:literal, $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            let (a, b) = two(vm, $name, args, kw)?;
            vm.rich_compare($op, a, b)
        }
    )*};
}

compare! {
    eq, "eq", CmpOp::Eq;
    ne, "ne", CmpOp::NotEq;
    lt, "lt", CmpOp::Lt;
    le, "le", CmpOp::LtE;
    gt, "gt", CmpOp::Gt;
    ge, "ge", CmpOp::GtE;
}

/// `concat` requires sequences (something with `__getitem__`), so that
/// it does not add numbers.
fn check_sequence(vm: &mut Vm, a: &Value) -> PyResult<()> {
    let is_seq = match a {
        Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_) | Value::Range(_) => {
            true
        }
        Value::Instance(_) | Value::Other(_) => vm.special_method(a, "__getitem__").is_some(),
        _ => false,
    };
    if is_seq {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            vm.type_name(a)
        )))
    }
}

fn concat(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = two(vm, "concat", args, kw)?;
    check_sequence(vm, a)?;
    vm.binary_op(BinOp::Add, a, b)
}

fn iconcat(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = two(vm, "iconcat", args, kw)?;
    check_sequence(vm, a)?;
    vm.inplace_op(BinOp::Add, a, b)
}

fn neg(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "neg", args, kw)?;
    vm.unary_op(UnaryOpKind::Neg, a)
}

fn pos(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "pos", args, kw)?;
    vm.unary_op(UnaryOpKind::Pos, a)
}

fn invert(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "invert", args, kw)?;
    vm.unary_op(UnaryOpKind::Invert, a)
}

fn abs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "abs", args, kw)?.clone();
    let f = vm.builtins.get_item_str("abs").expect("builtins.abs");
    vm.call1(&f, a)
}

fn not_(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "not_", args, kw)?;
    Ok(Value::bool(!vm.truthy(a)?))
}

fn truth(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "truth", args, kw)?;
    Ok(Value::bool(vm.truthy(a)?))
}

fn index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let a = one(vm, "index", args, kw)?;
    index_value(vm, a)
}

fn is_(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = two(vm, "is_", args, kw)?;
    Ok(Value::bool(a.is(b)))
}

fn is_not(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = two(vm, "is_not", args, kw)?;
    Ok(Value::bool(!a.is(b)))
}

fn contains(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = two(vm, "contains", args, kw)?;
    Ok(Value::bool(vm.contains(a, b)?))
}

fn getitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = two(vm, "getitem", args, kw)?;
    vm.get_item(a, b)
}

fn setitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "setitem", kw)?;
    arity(vm, "setitem", args, 3, 3)?;
    vm.set_item(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (a, b) = two(vm, "delitem", args, kw)?;
    vm.del_item(a, b)?;
    Ok(Value::None)
}

fn count_of(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (seq, x) = two(vm, "countOf", args, kw)?;
    let it = vm.get_iter(seq)?;
    let mut n = 0;
    while let Some(item) = vm.next(&it)? {
        if item.is(x) || vm.eq(&item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index_of(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (seq, x) = two(vm, "indexOf", args, kw)?;
    let it = vm.get_iter(seq)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        if item.is(x) || vm.eq(&item, x)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

/// `length_hint(obj, default=0)`: `len()`, else `__length_hint__`, else
/// the default. Built-in iterators over sequences report what is left.
fn length_hint(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "length_hint", kw)?;
    arity(vm, "length_hint", args, 1, 2)?;
    let obj = &args[0];
    let default = match args.get(1) {
        Some(Value::Int(d)) => *d,
        Some(d) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(d)
            )))
        }
        None => 0,
    };
    if let Value::Iter(i) = obj {
        let st = i.state.borrow();
        let left = match &*st {
            IterState::Range { remaining, .. } => Some(*remaining),
            IterState::Seq { seq, index } => {
                let n = match seq {
                    Value::List(l) => l.len(),
                    Value::Tuple(t) => t.len(),
                    Value::Bytes(b) => b.data.len(),
                    _ => 0,
                };
                Some(n.saturating_sub(*index) as i64)
            }
            IterState::Exhausted => Some(0),
            _ => None,
        };
        return Ok(Value::Int(left.unwrap_or(default)));
    }
    match obj {
        Value::Instance(_) | Value::Other(_) => {}
        _ => {
            if let Ok(n) = vm.len(obj) {
                return Ok(Value::Int(n as i64));
            }
            return Ok(Value::Int(default));
        }
    }
    if vm.special_method(obj, "__len__").is_some() {
        return Ok(Value::Int(vm.len(obj)? as i64));
    }
    if let Some(f) = vm.user_special(obj, "__length_hint__") {
        let r = vm.call_special(&f, obj, &[])?;
        return match r {
            Value::NotImplemented => Ok(Value::Int(default)),
            Value::Int(n) if n < 0 => Err(vm.value_error("__length_hint__() should return >= 0")),
            Value::Int(_) => Ok(r),
            other => Err(vm.type_error(format!(
                "__length_hint__ must be an integer, not {}",
                vm.type_name(&other)
            ))),
        };
    }
    Ok(Value::Int(default))
}

fn call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some((f, rest)) = args.split_first() else {
        return Err(vm.type_error("call() missing 1 required positional argument: 'obj'"));
    };
    vm.call(f, rest, kw)
}

// ---- itemgetter ----

/// The keys an itemgetter looks up.
struct ItemGetter(Vec<Value>);

fn itemgetter_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "itemgetter", kw)?;
    let Some(Value::Type(cls)) = args.first() else {
        return Err(vm.type_error("itemgetter.__new__(X): X is not a type object"));
    };
    if args.len() < 2 {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(native_value(cls, ItemGetter(args[1..].to_vec())))
}

fn itemgetter_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "itemgetter", kw)?;
    let keys = with_native(vm, &args[0], "operator.itemgetter", |g: &mut ItemGetter| {
        g.0.clone()
    })?;
    arity(vm, "itemgetter", &args[1..], 1, 1)?;
    let obj = &args[1];
    if let [k] = keys.as_slice() {
        return vm.get_item(obj, k);
    }
    let mut out = Vec::with_capacity(keys.len());
    for k in &keys {
        out.push(vm.get_item(obj, k)?);
    }
    Ok(Value::tuple(out))
}

/// `operator.name(arg1, arg2, k=v)`, as the getters' reprs read.
fn call_repr(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(Rc<PyStr>, Value)],
) -> PyResult<Value> {
    let mut parts = Vec::with_capacity(args.len() + kw.len());
    for a in args {
        parts.push(vm.repr_str(a)?);
    }
    for (k, v) in kw {
        parts.push(format!("{}={}", k.as_str(), vm.repr_str(v)?));
    }
    Ok(Value::string(format!(
        "operator.{name}({})",
        parts.join(", ")
    )))
}

fn itemgetter_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let keys = with_native(vm, &args[0], "operator.itemgetter", |g: &mut ItemGetter| {
        g.0.clone()
    })?;
    call_repr(vm, "itemgetter", &keys, &[])
}

// ---- attrgetter ----

/// Each attribute an attrgetter fetches, as its dotted path.
struct AttrGetter(Vec<Vec<Rc<PyStr>>>);

fn attrgetter_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "attrgetter", kw)?;
    let Some(Value::Type(cls)) = args.first() else {
        return Err(vm.type_error("attrgetter.__new__(X): X is not a type object"));
    };
    if args.len() < 2 {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::new();
    for a in &args[1..] {
        let Value::Str(s) = a else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        paths.push(
            s.as_str()
                .split('.')
                .map(|p| Rc::new(PyStr::new(p)))
                .collect(),
        );
    }
    Ok(native_value(cls, AttrGetter(paths)))
}

fn attrgetter_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "attrgetter", kw)?;
    let paths = with_native(vm, &args[0], "operator.attrgetter", |g: &mut AttrGetter| {
        g.0.clone()
    })?;
    arity(vm, "attrgetter", &args[1..], 1, 1)?;
    let mut out = Vec::with_capacity(paths.len());
    for path in &paths {
        let mut v = args[1].clone();
        for name in path {
            v = vm.get_attr(&v, name)?;
        }
        out.push(v);
    }
    Ok(if out.len() == 1 {
        out.pop().unwrap_or(Value::None)
    } else {
        Value::tuple(out)
    })
}

fn attrgetter_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let paths = with_native(vm, &args[0], "operator.attrgetter", |g: &mut AttrGetter| {
        g.0.clone()
    })?;
    let names: Vec<Value> = paths
        .iter()
        .map(|p| Value::string(p.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(".")))
        .collect();
    call_repr(vm, "attrgetter", &names, &[])
}

// ---- methodcaller ----

/// The method name and the arguments a methodcaller passes.
struct MethodCaller {
    name: Rc<PyStr>,
    args: Vec<Value>,
    kw: Vec<(Rc<PyStr>, Value)>,
}

fn methodcaller_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(vm.type_error("methodcaller.__new__(X): X is not a type object"));
    };
    let Some(name) = args.get(1) else {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    };
    let Value::Str(name) = name else {
        return Err(vm.type_error("method name must be a string"));
    };
    Ok(native_value(
        cls,
        MethodCaller {
            name: name.clone(),
            args: args[2..].to_vec(),
            kw: kw.to_vec(),
        },
    ))
}

fn methodcaller_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "methodcaller", kw)?;
    let (name, margs, mkw) = with_native(
        vm,
        &args[0],
        "operator.methodcaller",
        |m: &mut MethodCaller| (m.name.clone(), m.args.clone(), m.kw.clone()),
    )?;
    arity(vm, "methodcaller", &args[1..], 1, 1)?;
    let method = vm.get_attr(&args[1], &name)?;
    vm.call(&method, &margs, &mkw)
}

fn methodcaller_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (name, margs, mkw) = with_native(
        vm,
        &args[0],
        "operator.methodcaller",
        |m: &mut MethodCaller| (m.name.clone(), m.args.clone(), m.kw.clone()),
    )?;
    let mut all = vec![Value::Str(name)];
    all.extend(margs);
    call_repr(vm, "methodcaller", &all, &mkw)
}
