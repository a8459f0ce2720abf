//! The `complex` type. Its values are `Other::Complex`; every operation is
//! a method of the type (`__add__`, `__radd__`, `__eq__`...), found by the
//! operator dispatch like the special methods of Rust-implemented types, so
//! the int and float fast paths never look at complex numbers.

use super::args::{arity, kwargs};
use super::{new_cls, set_new, wrap_subclass};
use crate::exc_kind::ExcKind;
use crate::interp::format::{pad, sign_str, Spec};
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    set_new(vm, &t, complex_new);
    let methods: &[(&str, BuiltinFn)] = &[
        ("__repr__", c_repr),
        ("__hash__", c_hash),
        ("__bool__", c_bool),
        ("__neg__", c_neg),
        ("__pos__", c_pos),
        ("__abs__", c_abs),
        ("__eq__", c_eq),
        ("__ne__", c_ne),
        ("__lt__", c_order),
        ("__le__", c_order),
        ("__gt__", c_order),
        ("__ge__", c_order),
        ("__add__", c_add),
        ("__radd__", c_add),
        ("__sub__", c_sub),
        ("__rsub__", c_rsub),
        ("__mul__", c_mul),
        ("__rmul__", c_mul),
        ("__truediv__", c_div),
        ("__rtruediv__", c_rdiv),
        ("__pow__", c_pow),
        ("__rpow__", c_rpow),
        ("__format__", c_format),
        ("__complex__", c_complex),
        ("__getnewargs__", c_getnewargs),
        ("conjugate", c_conjugate),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    super::add_getter(vm, &t, "real", c_real);
    super::add_getter(vm, &t, "imag", c_imag);
}

/// A complex value.
pub fn new(re: f64, im: f64) -> Value {
    Value::Other(Rc::new(Other::Complex { re, im }))
}

/// The parts of a complex number (or of an instance of a subclass).
fn parts(v: &Value) -> Option<(f64, f64)> {
    match Vm::unwrap_base(v) {
        Value::Other(o) => match &*o {
            Other::Complex { re, im } => Some((*re, *im)),
            _ => None,
        },
        _ => None,
    }
}

/// An operand of complex arithmetic: a complex, float or int (`None` for
/// anything else, which makes the operator return NotImplemented).
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = parts(v) {
        return Ok(Some(c));
    }
    Ok(match Vm::unwrap_base(v) {
        Value::Int(i) => Some((i as f64, 0.0)),
        Value::Bool(b) => Some((b.get() as i64 as f64, 0.0)),
        Value::Float(f) => Some((f.get(), 0.0)),
        Value::BigInt(b) => Some((
            crate::objects::int::big_to_f64(&b).map_err(|e| vm.native(e))?,
            0.0,
        )),
        _ => None,
    })
}

fn this(vm: &Vm, v: &Value) -> PyResult<(f64, f64)> {
    parts(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'complex' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// Applies `f` to `self` and the other operand, or NotImplemented.
fn binary(
    vm: &mut Vm,
    a: &[Value],
    name: &str,
    f: impl FnOnce(&Vm, (f64, f64), (f64, f64)) -> PyResult<Value>,
) -> PyResult<Value> {
    arity(vm, name, &a[1..], 1, 1)?;
    let x = this(vm, &a[0])?;
    match operand(vm, &a[1])? {
        Some(y) => f(vm, x, y),
        None => Ok(Value::NotImplemented),
    }
}

fn c_add(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    binary(vm, a, "__add__", |_, x, y| Ok(new(x.0 + y.0, x.1 + y.1)))
}

fn c_sub(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    binary(vm, a, "__sub__", |_, x, y| Ok(new(x.0 - y.0, x.1 - y.1)))
}

fn c_rsub(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    binary(vm, a, "__rsub__", |_, x, y| Ok(new(y.0 - x.0, y.1 - x.1)))
}

fn prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn c_mul(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    binary(vm, a, "__mul__", |_, x, y| {
        let (re, im) = prod(x, y);
        Ok(new(re, im))
    })
}

/// CPython's `_Py_c_quot`; `None` for a zero divisor.
fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    let mut r = if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    };
    // Recover infinities and zeros that computed as nan+nanj.
    if r.0.is_nan() && r.1.is_nan() {
        if (a.0.is_infinite() || a.1.is_infinite()) && b.0.is_finite() && b.1.is_finite() {
            let x = (if a.0.is_infinite() { 1.0f64 } else { 0.0 }).copysign(a.0);
            let y = (if a.1.is_infinite() { 1.0f64 } else { 0.0 }).copysign(a.1);
            r = (
                f64::INFINITY * (x * b.0 + y * b.1),
                f64::INFINITY * (y * b.0 - x * b.1),
            );
        } else if (abs_br.is_infinite() || abs_bi.is_infinite())
            && a.0.is_finite()
            && a.1.is_finite()
        {
            let x = (if b.0.is_infinite() { 1.0f64 } else { 0.0 }).copysign(b.0);
            let y = (if b.1.is_infinite() { 1.0f64 } else { 0.0 }).copysign(b.1);
            r = (0.0 * (a.0 * x + a.1 * y), 0.0 * (a.1 * x - a.0 * y));
        }
    }
    Some(r)
}

fn divide(vm: &Vm, x: (f64, f64), y: (f64, f64)) -> PyResult<Value> {
    match quot(x, y) {
        Some((re, im)) => Ok(new(re, im)),
        None => Err(vm.err(ExcKind::ZeroDivisionError, "complex division by zero")),
    }
}

fn c_div(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    binary(vm, a, "__truediv__", divide)
}

fn c_rdiv(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    binary(vm, a, "__rtruediv__", |vm, x, y| divide(vm, y, x))
}

/// `a ** b` (CPython's `complex_pow`): repeated squaring for small
/// integral exponents, polar form otherwise.
pub fn power(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let zero_err = || {
        vm.err(
            ExcKind::ZeroDivisionError,
            "0.0 to a negative or complex power",
        )
    };
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let mut p = a;
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                r = prod(r, p);
            }
            k >>= 1;
            if k > 0 {
                p = prod(p, p);
            }
        }
        if n < 0 {
            quot((1.0, 0.0), r).ok_or_else(zero_err)?
        } else {
            r
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_err());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if (r.0.is_infinite() || r.1.is_infinite()) && a.0.is_finite() && a.1.is_finite() {
        return Err(vm.err(ExcKind::OverflowError, "complex exponentiation"));
    }
    Ok(new(r.0, r.1))
}

fn check_modulo(vm: &Vm, a: &[Value]) -> PyResult<()> {
    if a.len() > 2 && !a[2].is_none() {
        return Err(vm.value_error("complex modulo"));
    }
    Ok(())
}

fn c_pow(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    check_modulo(vm, a)?;
    binary(vm, &a[..2.min(a.len())], "__pow__", power)
}

fn c_rpow(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    check_modulo(vm, a)?;
    binary(vm, &a[..2.min(a.len())], "__rpow__", |vm, x, y| {
        power(vm, y, x)
    })
}

fn c_eq(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__eq__", &a[1..], 1, 1)?;
    equal(vm, a).map(|r| r.map_or(Value::NotImplemented, Value::bool))
}

fn c_ne(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__ne__", &a[1..], 1, 1)?;
    equal(vm, a).map(|r| r.map_or(Value::NotImplemented, |e| Value::bool(!e)))
}

/// Equality with a number, exact for ints (no rounding through float).
fn equal(vm: &Vm, a: &[Value]) -> PyResult<Option<bool>> {
    let (re, im) = this(vm, &a[0])?;
    if let Some((ore, oim)) = parts(&a[1]) {
        return Ok(Some(re == ore && im == oim));
    }
    let other = Vm::unwrap_base(&a[1]);
    if !matches!(
        other,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    ) {
        return Ok(None);
    }
    if im != 0.0 {
        return Ok(Some(false));
    }
    Ok(Some(
        crate::objects::hashing::eq_fast(&Value::float(re), &other).unwrap_or(false),
    ))
}

fn c_order(_vm: &mut Vm, _a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn c_bool(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, &a[0])?;
    Ok(Value::bool(re != 0.0 || im != 0.0))
}

fn c_neg(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, &a[0])?;
    Ok(new(-re, -im))
}

fn c_pos(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, &a[0])?;
    Ok(new(re, im))
}

fn c_complex(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, &a[0])?;
    Ok(new(re, im))
}

fn c_conjugate(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "conjugate", &a[1..], 0, 0)?;
    let (re, im) = this(vm, &a[0])?;
    Ok(new(re, -im))
}

fn c_getnewargs(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, &a[0])?;
    Ok(Value::tuple(vec![Value::float(re), Value::float(im)]))
}

fn c_abs(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, &a[0])?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.err(ExcKind::OverflowError, "absolute value too large"));
    }
    Ok(Value::float(r))
}

fn c_real(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::float(this(vm, &a[0])?.0))
}

fn c_imag(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::float(this(vm, &a[0])?.1))
}

/// `hash(complex)`: combines the parts' hashes as CPython does, so a
/// complex with no imaginary part hashes like the equal float or int.
pub fn hash(re: f64, im: f64) -> i64 {
    use crate::objects::hashing::{fix, hash_float};
    let h = (hash_float(re) as u64).wrapping_add((hash_float(im) as u64).wrapping_mul(1000003));
    fix(h as i64)
}

fn c_hash(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, &a[0])?;
    Ok(Value::Int(hash(re, im)))
}

/// A part of a complex repr: the float repr without a `.0` suffix.
fn part_repr(x: f64) -> String {
    let r = crate::objects::float::repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

pub fn repr(re: f64, im: f64) -> String {
    let imag = part_repr(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let sign = if imag.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag}j)", part_repr(re))
}

fn c_repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, &a[0])?;
    Ok(Value::string(repr(re, im)))
}

/// `format(complex, spec)`: each part formatted as a float, the imaginary
/// one always signed; with no type, like `str()` (parentheses, and no real
/// part when it is +0).
fn c_format(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__format__", &a[1..], 1, 1)?;
    let (re, im) = this(vm, &a[0])?;
    let spec = match &a[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    if spec.is_empty() {
        return vm.to_str(&a[0]);
    }
    let sp = Spec::parse(&spec).map_err(|m| {
        if m.starts_with("Invalid format specifier") {
            vm.value_error(format!("{m} '{spec}' for object of type 'complex'"))
        } else {
            vm.value_error(m)
        }
    })?;
    if sp.zero {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let ty = match sp.ty {
        None => None,
        Some('n') => Some('g'),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => Some(t),
        Some(t) => {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )))
        }
    };
    let fmt_part = |x: f64| -> String {
        let a = x.abs();
        let body = if a.is_nan() || a.is_infinite() {
            if a.is_nan() { "nan" } else { "inf" }.to_string()
        } else {
            match (ty, sp.precision) {
                (None, None) => part_repr(a),
                (None, Some(p)) => crate::interp::format::format_g(a, p.max(1), sp.alt, false),
                (Some('f' | 'F'), p) => crate::interp::format::format_f(a, p.unwrap_or(6), sp.alt),
                (Some('e' | 'E'), p) => crate::interp::format::format_e(a, p.unwrap_or(6), sp.alt),
                (_, p) => crate::interp::format::format_g(a, p.unwrap_or(6).max(1), sp.alt, false),
            }
        };
        if matches!(ty, Some('E' | 'F' | 'G')) {
            body.to_uppercase()
        } else {
            body
        }
    };
    let neg = |x: f64| x.is_sign_negative() && !x.is_nan();
    let skip_re = ty.is_none() && re == 0.0 && re.is_sign_positive();
    let imag = format!("{}{}j", if neg(im) { "-" } else { "+" }, fmt_part(im));
    let body = if skip_re {
        let imag = imag.strip_prefix('+').unwrap_or(&imag);
        format!("{}{imag}", sign_str(neg(im), sp.sign).trim_end_matches('-'))
    } else {
        let real = format!("{}{}", sign_str(neg(re), sp.sign), fmt_part(re));
        if ty.is_none() {
            format!("({real}{imag})")
        } else {
            format!("{real}{imag}")
        }
    };
    Ok(Value::string(pad(&body, &sp, '>')))
}

// ---- construction ----

fn complex_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = vm.types.complex.clone();
    let (cls, exact) = new_cls(vm, args, &t)?;
    let [re_kw, im_kw] = kwargs(vm, "complex", kw, ["real", "imag"])?;
    let a = &args[1..];
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let re = a.first().cloned().or(re_kw);
    let im = a.get(1).cloned().or(im_kw);
    let (re_v, im_v) = match (&re, &im) {
        (Some(Value::Str(s)), None) => parse(s.as_str())
            .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?,
        (Some(Value::Str(_)), Some(_)) => {
            return Err(vm.type_error("complex() can't take second arg if first is a string"))
        }
        (_, Some(Value::Str(_))) => {
            return Err(vm.type_error("complex() second arg can't be a string"))
        }
        _ => {
            let r = match &re {
                Some(v) => to_parts(vm, v, "first")?,
                None => (0.0, 0.0),
            };
            let (mut re_v, mut im_v) = (r.0, 0.0);
            if let Some(v) = &im {
                let i = to_parts(vm, v, "second")?;
                im_v = i.0;
                // complex(a, b) is a + b*1j: only complex parts mix.
                if parts(v).is_some() {
                    re_v -= i.1;
                }
            }
            if re.as_ref().is_some_and(|v| parts(v).is_some()) {
                im_v += r.1;
            }
            (re_v, im_v)
        }
    };
    if exact {
        if let (Some(v), None) = (&re, &im) {
            if matches!(v, Value::Other(o) if matches!(&**o, Other::Complex { .. })) {
                return Ok(v.clone());
            }
        }
    }
    let v = new(re_v, im_v);
    Ok(if exact { v } else { wrap_subclass(&cls, v) })
}

/// A constructor argument as complex parts, through `__complex__`,
/// `__float__` or `__index__`.
fn to_parts(vm: &mut Vm, v: &Value, which: &str) -> PyResult<(f64, f64)> {
    if let Some(c) = parts(v) {
        return Ok(c);
    }
    if let Some(f) = vm.user_special(v, "__complex__") {
        let r = vm.call_special(&f, v, &[])?;
        return parts(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))
        });
    }
    if let Some(c) = operand(vm, v)? {
        return Ok(c);
    }
    for (name, what) in [("__float__", "float"), ("__index__", "int")] {
        if let Some(f) = vm.user_special(v, name) {
            let r = vm.call_special(&f, v, &[])?;
            return match operand(vm, &r)? {
                Some(c) if parts(&r).is_none() => Ok(c),
                _ => Err(vm.type_error(format!(
                    "{name} returned non-{what} (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    Err(vm.type_error(format!(
        "complex() {which} argument must be a string or a number, not '{}'",
        vm.type_name(v)
    )))
}

/// Parses `complex(str)`: `a`, `bj`, `a+bj` with optional parentheses and
/// surrounding whitespace.
pub fn parse(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        t = inner.trim();
    }
    let t = t.replace('_', "");
    if s.contains("__") {
        return None;
    }
    let (first, rest) = float_prefix(&t);
    let rest_l = rest.to_ascii_lowercase();
    if rest.is_empty() {
        return Some((first?, 0.0));
    }
    if rest_l == "j" {
        return Some((0.0, first.unwrap_or_else(|| sign_only(&t))));
    }
    let first = first?;
    // A second, signed part ending in j.
    if !rest.starts_with(['+', '-']) || !rest_l.ends_with('j') {
        return None;
    }
    let body = &rest[..rest.len() - 1];
    if body == "+" || body == "-" {
        return Some((first, if body == "-" { -1.0 } else { 1.0 }));
    }
    let (second, tail) = float_prefix(body);
    if !tail.is_empty() {
        return None;
    }
    Some((first, second?))
}

/// The imaginary unit's sign for `j`, `+j`, `-j`.
fn sign_only(t: &str) -> f64 {
    if t.starts_with('-') {
        -1.0
    } else {
        1.0
    }
}

/// The longest float literal at the start of `t` (value, remainder);
/// `None` as value when only a sign (or nothing) was there.
fn float_prefix(t: &str) -> (Option<f64>, &str) {
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let lower = t[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            return (crate::objects::float::parse(&t[..end]), &t[end..]);
        }
    }
    let digits_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    if i == digits_start || &t[digits_start..i] == "." {
        return (None, &t[digits_start..]);
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    (crate::objects::float::parse(&t[..i]), &t[i..])
}
