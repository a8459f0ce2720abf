//! `int`, `float` and `bool`: constructors and methods.

use super::args::{arity, kwargs};
use super::{new_cls, set_new, wrap_subclass};
use crate::exc_kind::ExcKind;
use crate::frontend::ast::{BinOp, CmpOp};
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::{float, int};
use crate::value::{PyResult, Value};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

pub fn install(vm: &mut Vm) {
    let t = vm.types.int.clone();
    set_new(vm, &t, int_new);
    vm.add_method(&t, "bit_length", int_bit_length);
    vm.add_method(&t, "bit_count", int_bit_count);
    vm.add_method(&t, "to_bytes", int_to_bytes);
    vm.add_classmethod(&t, "from_bytes", int_from_bytes);
    vm.add_method(&t, "conjugate", int_self);
    vm.add_method(&t, "__index__", int_self);
    vm.add_method(&t, "__int__", int_self);
    vm.add_method(&t, "__trunc__", int_self);
    vm.add_method(&t, "__floor__", int_self);
    vm.add_method(&t, "__ceil__", int_self);
    vm.add_method(&t, "__float__", to_float);
    vm.add_method(&t, "as_integer_ratio", int_ratio);
    vm.add_method(&t, "is_integer", int_is_integer);
    install_operators(vm, &t);

    let t = vm.types.bool_.clone();
    set_new(vm, &t, bool_new);

    let t = vm.types.float.clone();
    set_new(vm, &t, float_new);
    vm.add_method(&t, "is_integer", float_is_integer);
    vm.add_method(&t, "as_integer_ratio", float_ratio);
    vm.add_method(&t, "hex", float_hex);
    vm.add_classmethod(&t, "fromhex", float_fromhex);
    vm.add_method(&t, "conjugate", float_self);
    vm.add_method(&t, "__float__", float_self);
    vm.add_method(&t, "__int__", float_trunc);
    vm.add_method(&t, "__trunc__", float_trunc);
    vm.add_method(&t, "__floor__", float_floor);
    vm.add_method(&t, "__ceil__", float_ceil);
    install_operators(vm, &t);
}

macro_rules! binop_methods {
    ($($name:ident, $rname:ident, $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
                arity(vm, stringify!($name), args, 2, 2)?;
                let (a, b) = (Vm::unwrap_base(&args[0]), Vm::unwrap_base(&args[1]));
                Ok(vm.native_binary($op, &a, &b)?.unwrap_or(Value::NotImplemented))
            }
            fn $rname(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
                arity(vm, stringify!($rname), args, 2, 2)?;
                let (a, b) = (Vm::unwrap_base(&args[0]), Vm::unwrap_base(&args[1]));
                Ok(vm.native_binary($op, &b, &a)?.unwrap_or(Value::NotImplemented))
            }
        )*
        fn install_binops(vm: &mut Vm, t: &std::rc::Rc<crate::objects::PyType>) {
            $(
                vm.add_method(t, &format!("__{}__", &stringify!($name)[4..]), $name);
                vm.add_method(t, &format!("__r{}__", &stringify!($name)[4..]), $rname);
            )*
        }
    };
}

binop_methods! {
    num_add, num_radd, BinOp::Add;
    num_sub, num_rsub, BinOp::Sub;
    num_mul, num_rmul, BinOp::Mul;
    num_truediv, num_rtruediv, BinOp::Div;
    num_floordiv, num_rfloordiv, BinOp::FloorDiv;
    num_mod, num_rmod, BinOp::Mod;
    num_pow, num_rpow, BinOp::Pow;
    num_lshift, num_rlshift, BinOp::LShift;
    num_rshift, num_rrshift, BinOp::RShift;
    num_and, num_rand, BinOp::BitAnd;
    num_or, num_ror, BinOp::BitOr;
    num_xor, num_rxor, BinOp::BitXor;
}

macro_rules! cmp_methods {
    ($($name:ident, $dunder:expr, $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
                arity(vm, $dunder, args, 2, 2)?;
                let (a, b) = (Vm::unwrap_base(&args[0]), Vm::unwrap_base(&args[1]));
                if crate::interp::ops::f64_of(&b).is_none() {
                    return Ok(Value::NotImplemented);
                }
                vm.rich_compare($op, &a, &b)
            }
        )*
        fn install_cmps(vm: &mut Vm, t: &std::rc::Rc<crate::objects::PyType>) {
            $( vm.add_method(t, $dunder, $name); )*
        }
    };
}

cmp_methods! {
    num_eq, "__eq__", CmpOp::Eq;
    num_ne, "__ne__", CmpOp::NotEq;
    num_lt, "__lt__", CmpOp::Lt;
    num_le, "__le__", CmpOp::LtE;
    num_gt, "__gt__", CmpOp::Gt;
    num_ge, "__ge__", CmpOp::GtE;
}

fn install_operators(vm: &mut Vm, t: &std::rc::Rc<crate::objects::PyType>) {
    install_binops(vm, t);
    install_cmps(vm, t);
    vm.add_method(t, "__neg__", num_neg);
    vm.add_method(t, "__pos__", num_pos);
    vm.add_method(t, "__abs__", num_abs);
    vm.add_method(t, "__bool__", num_bool);
    vm.add_method(t, "__hash__", num_hash);
    // No `__str__`: like CPython, numbers inherit `object.__str__`, which
    // calls `__repr__` (so a subclass overriding `__repr__` prints with it).
    vm.add_method(t, "__repr__", num_repr);
    vm.add_method(t, "__format__", num_format);
}

fn num_neg(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = Vm::unwrap_base(&args[0]);
    vm.unary_op(crate::bytecode::UnaryOpKind::Neg, &a)
}

fn num_pos(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = Vm::unwrap_base(&args[0]);
    vm.unary_op(crate::bytecode::UnaryOpKind::Pos, &a)
}

fn num_abs(_vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = Vm::unwrap_base(&args[0]);
    Ok(match a {
        Value::Float(f) => Value::float(f.get().abs()),
        other => Value::from_bigint(int::to_big(&other).unwrap_or_default().abs()),
    })
}

fn num_bool(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = Vm::unwrap_base(&args[0]);
    Ok(Value::bool(vm.truthy(&a)?))
}

fn num_hash(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = Vm::unwrap_base(&args[0]);
    Ok(Value::Int(vm.hash(&a)?))
}

fn num_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = Vm::unwrap_base(&args[0]);
    vm.repr(&a)
}

fn num_format(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__format__", args, 2, 2)?;
    let a = Vm::unwrap_base(&args[0]);
    let spec = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    // An empty spec formats as `str(self)`, which a subclass may override.
    if spec.is_empty() && !a.is(&args[0]) {
        return vm.to_str(&args[0]);
    }
    Ok(Value::string(vm.format(&a, &spec)?))
}

/// The value of decimal digit `c` in any script CPython accepts.
fn unicode_digit(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    const ZEROS: &[u32] = &[
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
        0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0xff10,
    ];
    let n = c as u32;
    ZEROS
        .iter()
        .find(|&&z| n >= z && n < z + 10)
        .map(|&z| n - z)
}

pub fn parse_int_str(vm: &Vm, s: &str, base: u32) -> PyResult<Value> {
    let normalized: String = s
        .chars()
        .map(|c| match unicode_digit(c) {
            Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
            _ => c,
        })
        .collect();
    let digits = normalized.trim().trim_start_matches(['+', '-']).len();
    if base == 10 && digits > vm.int_digit_limit() && vm.int_digit_limit() != 0 {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            vm.int_digit_limit(),
            digits
        )));
    }
    match int::parse_int(&normalized, base) {
        Some(v) => Ok(v),
        None => Err(vm.value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::interp::format::str_repr(s)
        ))),
    }
}

fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = vm.types.int.clone();
    let (cls, exact) = new_cls(vm, args, &t)?;
    let [x_kw, base_kw] = kwargs(vm, "int", kw, ["x", "base"])?;
    let a = &args[1..];
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let x = a.first().cloned().or(x_kw);
    let base = a.get(1).cloned().or(base_kw);
    let v = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), Some(b)) => {
            let b = vm.index_of(&b, "base")?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match Vm::unwrap_base(&x) {
                Value::Str(s) => parse_int_str(vm, s.as_str(), b as u32)?,
                Value::Bytes(bs) => {
                    parse_int_str(vm, &String::from_utf8_lossy(&bs.data), b as u32)?
                }
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
        (Some(x), None) => to_int(vm, &x)?,
    };
    Ok(if exact { v } else { wrap_subclass(&cls, v) })
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    Ok(match x {
        Value::Int(_) | Value::BigInt(_) => x.clone(),
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::Float(f) => super::functions::float_to_int(vm, f.get())?,
        Value::Str(s) => parse_int_str(vm, s.as_str(), 10)?,
        Value::Bytes(b) => parse_int_str(vm, &String::from_utf8_lossy(&b.data), 10)?,
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.user_special(x, name) {
                    let r = vm.call_special(&f, x, &[])?;
                    return match r {
                        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => to_int(vm, &r),
                        Value::Instance(_)
                            if matches!(Vm::unwrap_base(&r), Value::Int(_) | Value::BigInt(_)) =>
                        {
                            Ok(Vm::unwrap_base(&r))
                        }
                        _ => Err(vm.type_error(format!(
                            "{} returned non-int (type {})",
                            name,
                            vm.type_name(&r)
                        ))),
                    };
                }
            }
            let base = Vm::unwrap_base(x);
            if !base.is(x) {
                return to_int(vm, &base);
            }
            return Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            )));
        }
    })
}

fn bool_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::args::no_kw(vm, "bool", kw)?;
    let a = &args[1..];
    if a.len() > 1 {
        return Err(vm.type_error(format!("bool expected at most 1 argument, got {}", a.len())));
    }
    match a.first() {
        None => Ok(Value::bool(false)),
        Some(v) => Ok(Value::bool(vm.truthy(v)?)),
    }
}

fn big(v: &Value) -> BigInt {
    int::to_big(&Vm::unwrap_base(v)).unwrap_or_default()
}

fn int_self(_: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(match Vm::unwrap_base(&args[0]) {
        Value::Bool(b) => Value::Int(b.get() as i64),
        v => v,
    })
}

fn int_bit_length(_: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(big(&args[0]).bits() as i64))
}

fn int_bit_count(_: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = big(&args[0]).abs();
    let (_, digits) = b.to_u64_digits();
    Ok(Value::Int(
        digits.iter().map(|d| d.count_ones() as i64).sum(),
    ))
}

fn int_ratio(_: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::tuple(vec![
        Value::from_bigint(big(&args[0])),
        Value::Int(1),
    ]))
}

fn int_is_integer(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::bool(true))
}

fn to_float(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = big(&args[0]);
    Ok(Value::float(int::big_to_f64(&b).map_err(|e| vm.native(e))?))
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [len_kw, order_kw, signed_kw] =
        kwargs(vm, "to_bytes", kw, ["length", "byteorder", "signed"])?;
    let n = big(&args[0]);
    let length = args.get(1).cloned().or(len_kw).unwrap_or(Value::Int(1));
    let length = vm.index_of(&length, "length")? as usize;
    let order = args
        .get(2)
        .cloned()
        .or(order_kw)
        .unwrap_or(Value::str("big"));
    let signed = match signed_kw {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if n.is_negative() && !signed {
        return Err(vm.err(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > length {
        return Err(vm.err(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if signed && n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if order.as_str().map(|s| s.as_str()) == Some("big") {
        bytes.reverse();
    }
    Ok(Value::Bytes(std::rc::Rc::new(
        crate::objects::PyBytes::new(bytes),
    )))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [bytes_kw, order_kw, signed_kw] =
        kwargs(vm, "from_bytes", kw, ["bytes", "byteorder", "signed"])?;
    let data = args.get(1).cloned().or(bytes_kw).unwrap_or(Value::None);
    let mut data: Vec<u8> = match &data {
        Value::Bytes(b) => b.data.to_vec(),
        other => {
            let items = vm.collect(other)?;
            items
                .iter()
                .map(|v| match v {
                    Value::Int(i) => *i as u8,
                    _ => 0,
                })
                .collect()
        }
    };
    let order = args
        .get(2)
        .cloned()
        .or(order_kw)
        .unwrap_or(Value::str("big"));
    if order.as_str().map(|s| s.as_str()) == Some("big") {
        data.reverse();
    }
    let signed = match signed_kw {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    Ok(Value::from_bigint(n))
}

fn float_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::args::no_kw(vm, "float", kw)?;
    let t = vm.types.float.clone();
    let (cls, exact) = new_cls(vm, args, &t)?;
    let a = &args[1..];
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let v = match a.first() {
        None => Value::float(0.0),
        Some(x) => Value::float(to_f64(vm, x)?),
    };
    Ok(if exact { v } else { wrap_subclass(&cls, v) })
}

/// `float(x)`.
pub fn to_f64(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => int::big_to_f64(b).map_err(|e| vm.native(e)),
        Value::Str(s) => {
            let normalized: String = s
                .as_str()
                .chars()
                .map(|c| match unicode_digit(c) {
                    Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
                    _ => c,
                })
                .collect();
            float::parse(&normalized).ok_or_else(|| {
                vm.value_error(format!(
                    "could not convert string to float: {}",
                    crate::interp::format::str_repr(s.as_str())
                ))
            })
        }
        _ => {
            if let Some(f) = vm.user_special(x, "__float__") {
                let r = vm.call_special(&f, x, &[])?;
                return match r {
                    Value::Float(f) => Ok(f.get()),
                    _ => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(x),
                        vm.type_name(&r)
                    ))),
                };
            }
            if let Some(f) = vm.user_special(x, "__index__") {
                let r = vm.call_special(&f, x, &[])?;
                return to_f64(vm, &r);
            }
            let base = Vm::unwrap_base(x);
            if !base.is(x) {
                return to_f64(vm, &base);
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

fn fval(v: &Value) -> f64 {
    match Vm::unwrap_base(v) {
        Value::Float(f) => f.get(),
        Value::Int(i) => i as f64,
        _ => 0.0,
    }
}

fn float_self(_: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::float(fval(&args[0])))
}

fn float_is_integer(_: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = fval(&args[0]);
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_trunc(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::functions::float_to_int(vm, fval(&args[0]))
}

fn float_floor(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::functions::float_to_int(vm, fval(&args[0]).floor())
}

fn float_ceil(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::functions::float_to_int(vm, fval(&args[0]).ceil())
}

fn float_ratio(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = fval(&args[0]);
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.err(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = (bits & ((1u64 << 52) - 1)) as i64;
    let mut e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    while mant & 1 == 0 && mant != 0 {
        mant >>= 1;
        e += 1;
    }
    let mut num = BigInt::from(mant);
    if f < 0.0 {
        num = -num;
    }
    let (n, d) = if e >= 0 {
        (num << e as usize, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

fn float_hex(_: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = fval(&args[0]);
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    if f == 0.0 {
        return Ok(Value::str(if f.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }));
    }
    let bits = f.to_bits();
    let sign = if f < 0.0 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    // CPython always prints all 13 hex digits of the mantissa.
    let m = format!("{mant:013x}");
    Ok(Value::string(format!(
        "{sign}0x{lead}.{m}p{}{}",
        if e < 0 { "-" } else { "+" },
        e.abs()
    )))
}

fn float_fromhex(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().trim().to_lowercase(),
        _ => return Err(vm.type_error("fromhex() argument must be str")),
    };
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, s.trim_start_matches('+').to_string()),
    };
    let body = body.trim_start_matches("0x");
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m.to_string(), e.parse::<i32>().unwrap_or(0)),
        None => (body.to_string(), 0),
    };
    let (ip, fp) = mant
        .split_once('.')
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .unwrap_or((mant.clone(), String::new()));
    let mut v = 0f64;
    for c in ip.chars() {
        v = v * 16.0
            + c.to_digit(16)
                .ok_or_else(|| vm.value_error("invalid hexadecimal floating-point string"))?
                as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in fp.chars() {
        v += c
            .to_digit(16)
            .ok_or_else(|| vm.value_error("invalid hexadecimal floating-point string"))?
            as f64
            * scale;
        scale /= 16.0;
    }
    let v = v * 2f64.powi(exp);
    Ok(Value::float(if neg { -v } else { v }))
}
