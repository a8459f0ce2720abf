//! The built-in functions of the `builtins` module.

use super::args::{arity, kwargs, no_kw};
use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::objects::function::{Binding, KwArgs};
use crate::objects::iter::IterState;
use crate::objects::*;
use crate::value::{BoolWord, PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let fns: &[(&str, crate::objects::BuiltinFn)] = &[
        ("print", print),
        ("len", len),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("repr", repr),
        ("ascii", ascii),
        ("sorted", sorted),
        ("id", id),
        ("hash", hash),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("chr", chr),
        ("ord", ord),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("all", all),
        ("any", any),
        ("iter", iter),
        ("next", next),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("format", format),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("input", input),
        ("open", super::fileio::builtin_open),
        ("__build_class__", build_class),
        ("__import__", import),
        ("aiter", not_supported),
        ("anext", not_supported),
        ("breakpoint", not_supported),
    ];
    for (name, f) in fns {
        let v = vm.builtin(name, *f);
        vm.builtins.set_item_str(name, v);
    }
}

fn not_supported(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(vm.err(ExcKind::NotImplementedError, "not supported by slotpy"))
}

/// The function code awaiting something calls (see the compiler's
/// `async_unsupported`): a constant of that code, not a visible builtin.
pub fn async_unsupported() -> Value {
    fn raise(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
        Err(vm.err(
            ExcKind::NotImplementedError,
            "coroutines are not supported by slotpy",
        ))
    }
    Value::Builtin(Rc::new(PyBuiltin {
        name: Rc::from("await"),
        owner: None,
        func: raise,
        binding: Binding::Static,
        bound: None,
        owner_type: None,
    }))
}

fn print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [sep, end, file, flush] = kwargs(vm, "print", kw, ["sep", "end", "file", "flush"])?;
    let sep = match &sep {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(v)
            )))
        }
    };
    let end = match &end {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(v)
            )))
        }
    };
    // Without `file`, a replaced `sys.stdout` is the file.
    let file = match file {
        None | Some(Value::None) => match vm.sys.dict.get_item_str("stdout") {
            Some(out) if !matches!(&out, Value::Other(o) if matches!(&**o, Other::Object { .. })) => {
                Some(out)
            }
            _ => None,
        },
        f => f,
    };
    match file {
        None | Some(Value::None) => {
            let mut out = String::new();
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&vm.str_of(a)?);
            }
            out.push_str(&end);
            vm.write_out(&out)?
        }
        Some(f) => {
            // Each piece is written separately, as CPython does.
            let w = vm.intern("write");
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    vm.call_method(&f, &w, &[Value::str(&sep)])?;
                }
                let text = vm.to_str(a)?;
                vm.call_method(&f, &w, &[text])?;
            }
            vm.call_method(&f, &w, &[Value::string(end)])?;
            if flush.is_some_and(|f| matches!(f, Value::Bool(BoolWord::TRUE))) {
                let fl = vm.intern("flush");
                if let Some(m) = vm.get_attr_opt(&f, &fl)? {
                    vm.call0(&m)?;
                }
            }
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "len", kw)?;
    arity(vm, "len", args, 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

pub(crate) fn abs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "abs", kw)?;
    arity(vm, "abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::float(f.get().abs()),
        v => {
            if let Some(f) = vm.user_special(v, "__abs__") {
                return vm.call_special(&f, v, &[]);
            }
            let base = Vm::unwrap_base(v);
            if !base.is(v) {
                return abs(vm, &[base], &[]);
            }
            return Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))));
        }
    })
}

fn min_max(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str, want_max: bool) -> PyResult<Value> {
    let [key, default] = kwargs(vm, name, kw, ["key", "default"])?;
    let items = match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        };
    }
    let key = key.filter(|k| !k.is_none());
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call1(k, best.clone())?,
        None => best.clone(),
    };
    for it in &items[1..] {
        let k = match &key {
            Some(kf) => vm.call1(kf, it.clone())?,
            None => it.clone(),
        };
        let op = if want_max {
            crate::frontend::ast::CmpOp::Gt
        } else {
            crate::frontend::ast::CmpOp::Lt
        };
        let better = vm.rich_compare(op, &k, &best_key)?;
        if vm.truthy(&better)? {
            best = it.clone();
            best_key = k;
        }
    }
    Ok(best)
}

pub(crate) fn min(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "min", false)
}

pub(crate) fn max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "max", true)
}

fn sum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [start_kw] = kwargs(vm, "sum", kw, ["start"])?;
    arity(vm, "sum", args, 1, 2)?;
    let start = args.get(1).cloned().or(start_kw).unwrap_or(Value::Int(0));
    match &start {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(&args[0])?;
    let mut acc = start;
    // Once the total is a float, floats and small ints are added with
    // Neumaier's compensated summation, as CPython's sum() does.
    let mut comp: Option<(f64, f64)> = None;
    while let Some(x) = vm.next(&it)? {
        if let Value::Float(f) = acc {
            let add = match &x {
                Value::Float(b) => Some(b.get()),
                Value::Int(i) => Some(*i as f64),
                Value::Bool(b) => Some(b.get() as i64 as f64),
                _ => None,
            };
            if let Some(b) = add {
                let (s, c) = comp.get_or_insert((f.get(), 0.0));
                let t = *s + b;
                if s.abs() >= b.abs() {
                    *c += (*s - t) + b;
                } else {
                    *c += (b - t) + *s;
                }
                *s = t;
                acc = Value::float(t);
                continue;
            }
        }
        if let Some((s, c)) = comp.take() {
            acc = Value::float(if c != 0.0 && c.is_finite() { s + c } else { s });
        }
        acc = vm.binary_op(crate::frontend::ast::BinOp::Add, &acc, &x)?;
    }
    if let Some((s, c)) = comp {
        acc = Value::float(if c != 0.0 && c.is_finite() { s + c } else { s });
    }
    Ok(acc)
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "isinstance", kw)?;
    arity(vm, "isinstance", args, 2, 2)?;
    Ok(Value::bool(vm.isinstance(&args[0], &args[1])?))
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "issubclass", kw)?;
    arity(vm, "issubclass", args, 2, 2)?;
    Ok(Value::bool(vm.issubclass(&args[0], &args[1])?))
}

fn repr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "repr", kw)?;
    arity(vm, "repr", args, 1, 1)?;
    vm.repr(&args[0])
}

fn ascii(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "ascii", kw)?;
    arity(vm, "ascii", args, 1, 1)?;
    Ok(Value::string(vm.ascii_of(&args[0])?))
}

pub fn sorted(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let items = vm.collect(&args[0])?;
    let l = Rc::new(PyList::new(items));
    super::sequence::list_sort_impl(vm, &l, kw)?;
    Ok(Value::List(l))
}

fn id(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "id", args, 1, 1)?;
    let v = &args[0];
    Ok(Value::Int(match v.heap_ptr() {
        Some(p) => p as i64,
        None => {
            // Inline values: a stable number derived from the value.
            (crate::objects::hashing::hash_fast(v).unwrap_or(0) as u64 as i64)
                ^ ((v.tag() as i64) << 48)
        }
    }))
}

fn hash(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(int::to_big(v).unwrap_or_default()),
        _ => {
            if let Some(f) = vm.user_special(v, "__index__") {
                let r = vm.call_special(&f, v, &[])?;
                return int_arg(vm, &r);
            }
            let base = Vm::unwrap_base(v);
            if !base.is(v) {
                return int_arg(vm, &base);
            }
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    }
}

fn hex(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "hex", args, 1, 1)?;
    let b = int_arg(vm, &args[0])?;
    Ok(Value::string(int::to_base(&b, 16, "0x")))
}

fn oct(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "oct", args, 1, 1)?;
    let b = int_arg(vm, &args[0])?;
    Ok(Value::string(int::to_base(&b, 8, "0o")))
}

fn bin(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "bin", args, 1, 1)?;
    let b = int_arg(vm, &args[0])?;
    Ok(Value::string(int::to_base(&b, 2, "0b")))
}

fn chr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "chr", args, 1, 1)?;
    let b = match &args[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            int::to_big(&args[0]).unwrap_or_default()
        }
        v => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    match b.to_u32().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => {
            if b.to_i64().is_none() {
                Err(vm.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                ))
            } else {
                Err(vm.value_error("chr() arg not in range(0x110000)"))
            }
        }
    }
}

fn ord(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            if s.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.len()
                )));
            }
            Ok(Value::Int(s.char_at(0) as i64))
        }
        v if super::bytes::bytes_like(v).is_some() => {
            let b = super::bytes::bytes_like(v).unwrap_or_default();
            if b.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        v => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [nd_kw] = kwargs(vm, "round", kw, ["ndigits"])?;
    arity(vm, "round", args, 1, 2)?;
    let nd = args.get(1).cloned().or(nd_kw).filter(|v| !v.is_none());
    let x = &args[0];
    match x {
        Value::Float(f) => match nd {
            None => {
                let r = crate::objects::float::round_half_even(f.get());
                if f.get().is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.get().is_infinite() {
                    return Err(vm.err(
                        ExcKind::OverflowError,
                        "cannot convert float infinity to integer",
                    ));
                }
                Ok(Value::from_bigint(
                    crate::objects::hashing::float_to_bigint(r).unwrap_or_default(),
                ))
            }
            Some(n) => {
                let n = vm.index_of(&n, "round")?;
                Ok(Value::float(crate::objects::float::round_digits(
                    f.get(),
                    n,
                )))
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let b = int::to_big(x).unwrap_or_default();
            match nd {
                None => Ok(Value::from_bigint(b)),
                Some(n) => {
                    let n = vm.index_of(&n, "round")?;
                    if n >= 0 {
                        return Ok(Value::from_bigint(b));
                    }
                    let p = num_traits::pow(BigInt::from(10), (-n) as usize);
                    let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
                    let twice = &r * 2;
                    let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                        q + 1
                    } else {
                        q
                    };
                    Ok(Value::from_bigint(q * p))
                }
            }
        }
        v => {
            if let Some(f) = vm.user_special(v, "__round__") {
                let a: Vec<Value> = nd.into_iter().collect();
                return vm.call_special(&f, v, &a);
            }
            Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(v)
            )))
        }
    }
}

fn divmod(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    match (a, b) {
        (
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
        ) => {
            let (x, y) = (
                int::to_big(a).unwrap_or_default(),
                int::to_big(b).unwrap_or_default(),
            );
            let (q, r) = int::divmod(&x, &y).map_err(|e| vm.native(e))?;
            Ok(Value::tuple(vec![q, r]))
        }
        _ => {
            let (fa, fb) = (crate::interp::ops::f64_of(a), crate::interp::ops::f64_of(b));
            if let (Some(x), Some(y)) = (fa, fb) {
                let (q, r) = crate::objects::float::divmod(x, y).map_err(|e| vm.native(e))?;
                return Ok(Value::tuple(vec![Value::float(q), Value::float(r)]));
            }
            if let Some(f) = vm.user_special(a, "__divmod__") {
                let r = vm.call_special(&f, a, &[b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if let Some(f) = vm.user_special(b, "__rdivmod__") {
                let r = vm.call_special(&f, b, &[a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            Err(vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(a),
                vm.type_name(b)
            )))
        }
    }
}

fn pow(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [base_kw, exp_kw, mod_kw] = kwargs(vm, "pow", kw, ["base", "exp", "mod"])?;
    let base = args.first().cloned().or(base_kw);
    let exp = args.get(1).cloned().or(exp_kw);
    let m = args.get(2).cloned().or(mod_kw).filter(|v| !v.is_none());
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match m {
        None => vm.binary_op(crate::frontend::ast::BinOp::Pow, &base, &exp),
        Some(m) => {
            if let (Some(b), Some(e), Some(mm)) =
                (int::to_big(&base), int::to_big(&exp), int::to_big(&m))
            {
                return int::pow_mod(&b, &e, &mm).map_err(|e| vm.native(e));
            }
            // Three-argument pow only asks the base's __pow__ (CPython 3.13).
            if let Some(f) = vm.user_special(&base, "__pow__") {
                let r = vm.call_special(&f, &base, &[exp.clone(), m.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            let numeric = |v: &Value| {
                matches!(
                    Vm::unwrap_base(v),
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
                )
            };
            if numeric(&base) && numeric(&exp) && numeric(&m) {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            Err(vm.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(&base),
                vm.type_name(&exp),
                vm.type_name(&m)
            )))
        }
    }
}

fn all(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn any(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn iter(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !callable_value(vm, &args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::Iter(Rc::new(PyIter::new(IterState::Callable {
            func: args[0].clone(),
            sentinel: args[1].clone(),
        }))));
    }
    vm.get_iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "next", args, 1, 2)?;
    let it = &args[0];
    if !vm.is_iterator(it) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    // Generators and user iterators keep their StopIteration value.
    let r = match it {
        Value::Other(o) => match &**o {
            Other::Generator(g) => match vm.gen_resume(g, Value::None, None) {
                Ok(crate::interp::generator::Step::Yielded(v)) => Ok(Some(v)),
                Ok(crate::interp::generator::Step::Returned(v)) => {
                    let args = if v.is_none() { vec![] } else { vec![v] };
                    Err(vm.new_exception(vm.exc_type(ExcKind::StopIteration), args))
                }
                Err(e) => Err(e),
            },
            _ => vm.next(it),
        },
        Value::Instance(_) => {
            let n = vm.intern("__next__");
            vm.call_method(it, &n, &[]).map(Some)
        }
        _ => vm.next(it),
    };
    match r {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.err_empty(ExcKind::StopIteration)),
        },
        Err(e) if args.len() == 2 && vm.is_exc_kind(&e, ExcKind::StopIteration) => {
            Ok(args[1].clone())
        }
        Err(e) => Err(e),
    }
}

pub fn callable_value(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
        Value::Other(o) => match &**o {
            Other::StaticMethod(_) => true,
            _ => vm.special_method(v, "__call__").is_some(),
        },
        Value::Instance(_) => vm.special_method(v, "__call__").is_some(),
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "callable", args, 1, 1)?;
    Ok(Value::bool(callable_value(vm, &args[0])))
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1])?;
    match vm.get_attr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.is_exc_kind(&e, ExcKind::AttributeError) => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    match vm.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::bool(true)),
        Err(e) if vm.is_exc_kind(&e, ExcKind::AttributeError) => Ok(Value::bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn format(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(v)
            )))
        }
    };
    Ok(Value::string(vm.format(&args[0], &spec)?))
}

fn globals(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "globals", args, 0, 0)?;
    match vm.frames.last() {
        Some(f) => Ok(Value::Dict(f.globals.clone())),
        None => Ok(Value::Dict(Rc::new(PyDict::new()))),
    }
}

fn locals(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "locals", args, 0, 0)?;
    if vm.frames.is_empty() {
        return Ok(Value::Dict(Rc::new(PyDict::new())));
    }
    let i = vm.frames.len() - 1;
    Ok(vm.locals_of_frame(i))
}

fn vars(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "vars", kw)?;
    arity(vm, "vars", args, 0, 1)?;
    if args.is_empty() {
        return locals(vm, args, &[]);
    }
    let d = vm.intern("__dict__");
    let missing = || "vars() argument must have __dict__ attribute";
    match vm.get_attr_opt(&args[0], &d) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(vm.type_error(missing())),
        Err(e) if vm.is_exc_kind(&e, ExcKind::AttributeError) => Err(vm.type_error(missing())),
        Err(e) => Err(e),
    }
}

fn dir(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "dir", args, 0, 1)?;
    let mut names: Vec<String> = if args.is_empty() {
        let l = locals(vm, &[], &[])?;
        vm.collect(&l)?
            .into_iter()
            .filter_map(|k| k.as_str().map(|s| s.as_str().to_string()))
            .collect()
    } else {
        if let Some(f) = vm.user_special(&args[0], "__dir__") {
            let r = vm.call_special(&f, &args[0], &[])?;
            let items = vm.collect(&r)?;
            let l = Rc::new(PyList::new(items));
            super::sequence::list_sort_impl(vm, &l, &[])?;
            return Ok(Value::List(l));
        }
        vm.dir_names(&args[0])?
    };
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

impl Vm {
    /// The attribute names `dir(obj)` reports.
    pub fn dir_names(&mut self, obj: &Value) -> PyResult<Vec<String>> {
        let mut out: Vec<String> = Vec::new();
        let add_dict = |d: &PyDict, out: &mut Vec<String>| {
            for k in d.keys() {
                if let Value::Str(s) = k {
                    out.push(s.as_str().to_string());
                }
            }
        };
        match obj {
            Value::Module(m) => add_dict(&m.dict, &mut out),
            Value::Type(t) => {
                for c in t.mro_all() {
                    add_dict(&c.dict, &mut out);
                }
            }
            _ => {
                // Every object has `__class__` (a descriptor of object).
                out.push("__class__".to_string());
                if let Value::Instance(i) = obj {
                    add_dict(&i.dict, &mut out);
                }
                for c in self.type_of(obj).mro_all() {
                    add_dict(&c.dict, &mut out);
                }
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }
}

fn input(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str_of(p)?;
        vm.write_out(&s)?;
    }
    vm.flush();
    let mut line = String::new();
    let n = match &mut vm.stdin_lines {
        Some(r) => r.read_line(&mut line).unwrap_or(0),
        None => std::io::stdin().read_line(&mut line).unwrap_or(0),
    };
    if n == 0 {
        return Err(vm.err(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(Value::string(line))
}

fn build_class(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.build_class(args, kw)
}

fn import(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [_g, _l, fromlist, level] = kwargs(
        vm,
        "__import__",
        kw,
        ["globals", "locals", "fromlist", "level"],
    )?;
    arity(vm, "__import__", args, 1, 5)?;
    let name = super::args::str_arg(vm, "__import__() argument 1", &args[0])?.to_string();
    let level = args.get(4).cloned().or(level).unwrap_or(Value::Int(0));
    if !matches!(level, Value::Int(0)) {
        return Err(vm.err(ExcKind::ImportError, "relative __import__ is not supported"));
    }
    let m = vm.import_module(&name)?;
    let fl = args.get(3).cloned().or(fromlist).unwrap_or(Value::None);
    let has_fl = vm.truthy(&fl)?;
    if has_fl || !name.contains('.') {
        return Ok(m);
    }
    let top = name.split('.').next().unwrap_or("");
    Ok(vm.modules.get_item_str(top).unwrap_or(m))
}

/// `range(...)`.
pub fn range_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "range", kw)?;
    range_of(vm, &args[1..])
}

/// `range(*args)`.
pub fn range_of(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let small = match args {
        [Value::Int(b)] => Some((0, *b, 1)),
        [Value::Int(a), Value::Int(b)] => Some((*a, *b, 1)),
        [Value::Int(a), Value::Int(b), Value::Int(c)] if *c != 0 => Some((*a, *b, *c)),
        _ => None,
    };
    if let Some((a, b, c)) = small {
        return Ok(Value::Range(Rc::new(PyRange::from_i64(a, b, c))));
    }
    let conv = |vm: &mut Vm, v: &Value| -> PyResult<BigInt> {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                Ok(int::to_big(v).unwrap_or_default())
            }
            _ => {
                if let Some(f) = vm.user_special(v, "__index__") {
                    let r = vm.call_special(&f, v, &[])?;
                    if let Some(b) = int::to_big(&r) {
                        return Ok(b);
                    }
                }
                Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        }
    };
    let (start, stop, step) = match args.len() {
        1 => (BigInt::zero(), conv(vm, &args[0])?, BigInt::from(1)),
        2 => (conv(vm, &args[0])?, conv(vm, &args[1])?, BigInt::from(1)),
        3 => (
            conv(vm, &args[0])?,
            conv(vm, &args[1])?,
            conv(vm, &args[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange::new(start, stop, step))))
}

/// Truncates a float to an int as `int(x)`.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.err(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(
        crate::objects::hashing::float_to_bigint(t).unwrap_or_else(BigInt::zero),
    ))
}
