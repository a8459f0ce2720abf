//! The `math` module.

use super::args::arity;
use super::new_module;
use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn make_math(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(
        vm,
        "math",
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("log1p", log1p),
            ("pow", pow),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("fabs", fabs),
            ("fmod", fmod),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("hypot", hypot),
            ("dist", dist),
            ("degrees", degrees),
            ("radians", radians),
            ("isqrt", isqrt),
            ("gcd", gcd),
            ("lcm", lcm),
            ("factorial", factorial),
            ("comb", comb),
            ("perm", perm),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("copysign", copysign),
            ("fsum", fsum),
            ("prod", prod),
            ("remainder", remainder),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("cbrt", cbrt),
            ("nextafter", nextafter),
            ("ulp", ulp),
            ("sumprod", sumprod),
            ("fma", fma),
        ],
    );
    let d = &m.dict;
    d.set_item_str("pi", Value::float(std::f64::consts::PI));
    d.set_item_str("e", Value::float(std::f64::consts::E));
    d.set_item_str("tau", Value::float(std::f64::consts::TAU));
    d.set_item_str("inf", Value::float(f64::INFINITY));
    d.set_item_str("nan", Value::float(f64::NAN));
    Ok(m)
}

/// A float argument, as math functions accept (ints convert exactly or
/// overflow, objects may define __float__/__index__).
fn farg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => int::big_to_f64(b).map_err(|e| vm.native(e)),
        _ => {
            if let Some(f) = vm.user_special(v, "__float__") {
                let r = vm.call_special(&f, v, &[])?;
                return farg(vm, &r);
            }
            if let Some(f) = vm.user_special(v, "__index__") {
                let r = vm.call_special(&f, v, &[])?;
                return farg(vm, &r);
            }
            let base = Vm::unwrap_base(v);
            if !base.is(v) {
                return farg(vm, &base);
            }
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
    }
}

fn domain(vm: &Vm) -> crate::value::PyErr {
    vm.value_error("math domain error")
}

fn range_err(vm: &Vm) -> crate::value::PyErr {
    vm.err(ExcKind::OverflowError, "math range error")
}

/// Applies a float function with CPython's error conventions: NaN from a
/// non-NaN input is a domain error, infinity from a finite input a range
/// error (unless `inf_ok`).
fn unary(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(f64) -> f64,
    inf_ok: bool,
) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let x = farg(vm, &args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() && !inf_ok {
        return Err(range_err(vm));
    }
    Ok(Value::float(r))
}

macro_rules! simple {
    ($($name:ident => $f:expr, $inf_ok:expr;)*) => {
        $(pub(crate) fn $name(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
            unary(vm, a, concat!("math.", stringify!($name)), $f, $inf_ok)
        })*
    };
}

simple! {
    exp => f64::exp, false;
    exp2 => f64::exp2, false;
    expm1 => f64::exp_m1, false;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, false;
    cosh => f64::cosh, false;
    tanh => f64::tanh, false;
    asinh => f64::asinh, false;
    acosh => f64::acosh, false;
    fabs => f64::abs, false;
    degrees => f64::to_degrees, false;
    radians => f64::to_radians, false;
    cbrt => libm_cbrt, false;
    erf => erf_f, false;
    erfc => erfc_f, false;
}

/// The cube root as the GNU C library computes it (a polynomial guess and
/// one rational refinement step), which CPython's math.cbrt calls: it is
/// not correctly rounded (the cube root of 27 is 3.0000000000000004), and
/// Rust's own cbrt is.
fn libm_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_2;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_5;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp_f(x.abs());
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_849
            + (-2.114_994_941_673_713
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_9
                        + (0.784_932_344_976_639_3 - 0.145_263_899_385_486_38 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp_f(ym, xe / 3).copysign(x)
}

/// `frexp` for finite non-zero values: mantissa in [0.5, 1) and exponent.
fn frexp_f(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp_f(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `ldexp` by repeated exact scaling (no intermediate overflow).
fn ldexp_f(mut x: f64, mut e: i32) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

pub(crate) fn sqrt(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.sqrt", a, 1, 1)?;
    let x = farg(vm, &a[0])?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::float(x.sqrt()))
}

fn atanh(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.atanh", a, 1, 1)?;
    let x = farg(vm, &a[0])?;
    if x.abs() >= 1.0 {
        return Err(domain(vm));
    }
    Ok(Value::float(x.atanh()))
}

fn log_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    // Huge ints: log of the exact value, not of an overflowing float.
    if let Value::BigInt(b) = v {
        if b.is_positive() {
            let bits = b.bits();
            if bits > 1024 {
                // Too big for a float: CPython's frexp route, log(x) + e*log(2)
                // with x in [0.5, 1).
                let shift = bits - 64;
                let top = (&**b >> shift).to_f64().unwrap_or(1.0);
                let x = top / 2f64.powi(64);
                return Ok(x.ln() + bits as f64 * std::f64::consts::LN_2);
            }
        } else {
            return Err(domain(vm));
        }
    }
    let x = farg(vm, v)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(x.ln())
}

fn log(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "log", a, 1, 2)?;
    let num = log_of(vm, &a[0])?;
    match a.get(1) {
        None => Ok(Value::float(num)),
        Some(b) => {
            let den = log_of(vm, b)?;
            if den == 0.0 {
                return Err(vm.err(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.log2", a, 1, 1)?;
    if let Value::BigInt(_) = &a[0] {
        return Ok(Value::float(log_of(vm, &a[0])? / std::f64::consts::LN_2));
    }
    let x = farg(vm, &a[0])?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::float(x.log2()))
}

fn log10(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.log10", a, 1, 1)?;
    if let Value::BigInt(_) = &a[0] {
        return Ok(Value::float(log_of(vm, &a[0])? / std::f64::consts::LN_10));
    }
    let x = farg(vm, &a[0])?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::float(x.log10()))
}

fn log1p(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.log1p", a, 1, 1)?;
    let x = farg(vm, &a[0])?;
    if x <= -1.0 {
        return Err(domain(vm));
    }
    Ok(Value::float(x.ln_1p()))
}

fn pow(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "pow", a, 2, 2)?;
    let x = farg(vm, &a[0])?;
    let y = farg(vm, &a[1])?;
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err(vm));
    }
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "atan2", a, 2, 2)?;
    let y = farg(vm, &a[0])?;
    let x = farg(vm, &a[1])?;
    Ok(Value::float(y.atan2(x)))
}

fn to_int_rounded(
    vm: &mut Vm,
    a: &[Value],
    name: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    arity(vm, name, a, 1, 1)?;
    match &a[0] {
        Value::Int(_) | Value::BigInt(_) => return Ok(a[0].clone()),
        Value::Bool(b) => return Ok(Value::Int(b.get() as i64)),
        Value::Float(x) => return super::functions::float_to_int(vm, f(x.get())),
        _ => {}
    }
    let dunder = match name {
        "floor" => "__floor__",
        "ceil" => "__ceil__",
        _ => "__trunc__",
    };
    if let Some(m) = vm.user_special(&a[0], dunder) {
        return vm.call_special(&m, &a[0], &[]);
    }
    if name == "trunc" {
        return Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(&a[0])
        )));
    }
    let x = farg(vm, &a[0])?;
    super::functions::float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    to_int_rounded(vm, a, "floor", f64::floor)
}

fn ceil(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    to_int_rounded(vm, a, "ceil", f64::ceil)
}

fn trunc(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    to_int_rounded(vm, a, "trunc", f64::trunc)
}

fn fmod(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "fmod", a, 2, 2)?;
    let x = farg(vm, &a[0])?;
    let y = farg(vm, &a[1])?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::float(x % y))
}

fn modf(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.modf", a, 1, 1)?;
    let x = farg(vm, &a[0])?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::float(0.0f64.copysign(x)),
            Value::float(x),
        ]));
    }
    let i = x.trunc();
    Ok(Value::tuple(vec![
        Value::float((x - i).copysign(x)),
        Value::float(i),
    ]))
}

fn frexp(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.frexp", a, 1, 1)?;
    let x = farg(vm, &a[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "ldexp", a, 2, 2)?;
    let x = farg(vm, &a[0])?;
    let e = vm.index_of(&a[1], "ldexp")?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err(vm));
    }
    Ok(Value::float(r))
}

fn hypot(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let mut xs = Vec::with_capacity(a.len());
    for v in a {
        xs.push(farg(vm, v)?);
    }
    if xs.iter().any(|x| x.is_infinite()) {
        return Ok(Value::float(f64::INFINITY));
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 || max.is_nan() {
        return Ok(Value::float(max));
    }
    let s: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
    Ok(Value::float(max * s.sqrt()))
}

fn dist(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "dist", a, 2, 2)?;
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::new();
    for (x, y) in p.iter().zip(&q) {
        diffs.push(Value::float(farg(vm, x)? - farg(vm, y)?));
    }
    hypot(vm, &diffs, &[])
}

fn iarg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(int::to_big(v).unwrap_or_default()),
        _ => {
            if let Some(f) = vm.user_special(v, "__index__") {
                let r = vm.call_special(&f, v, &[])?;
                return iarg(vm, &r);
            }
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    }
}

fn isqrt(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.isqrt", a, 1, 1)?;
    let n = iarg(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn gcd(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in a {
        let x = iarg(vm, v)?;
        g = g.gcd(&x);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let mut l = BigInt::one();
    for v in a {
        let x = iarg(vm, v)?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&x);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn factorial(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.factorial", a, 1, 1)?;
    if let Value::Float(_) = a[0] {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = iarg(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        vm.err(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(Value::from_bigint(r))
}

fn comb(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "comb", a, 2, 2)?;
    let n = iarg(vm, &a[0])?;
    let k = iarg(vm, &a[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "perm", a, 1, 2)?;
    let n = iarg(vm, &a[0])?;
    let k = match a.get(1) {
        Some(Value::None) | None => n.clone(),
        Some(v) => iarg(vm, v)?,
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn isclose(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [rel, abs] = super::args::kwargs(vm, "isclose", kw, ["rel_tol", "abs_tol"])?;
    arity(vm, "isclose", a, 2, 2)?;
    let x = farg(vm, &a[0])?;
    let y = farg(vm, &a[1])?;
    let rel = match rel {
        Some(v) => farg(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => farg(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::bool(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
    ))
}

fn isfinite(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.isfinite", a, 1, 1)?;
    Ok(Value::bool(farg(vm, &a[0])?.is_finite()))
}

fn isinf(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.isinf", a, 1, 1)?;
    Ok(Value::bool(farg(vm, &a[0])?.is_infinite()))
}

fn isnan(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.isnan", a, 1, 1)?;
    Ok(Value::bool(farg(vm, &a[0])?.is_nan()))
}

fn copysign(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "copysign", a, 2, 2)?;
    let x = farg(vm, &a[0])?;
    let y = farg(vm, &a[1])?;
    Ok(Value::float(x.copysign(y)))
}

/// Shewchuk's exact summation (CPython's `math.fsum`).
fn fsum(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.fsum", a, 1, 1)?;
    let items = vm.collect(&a[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for it in &items {
        let mut x = farg(vm, it)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special));
    }
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(1).map(|x| x + 1) {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn prod(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [start] = super::args::kwargs(vm, "prod", kw, ["start"])?;
    arity(vm, "math.prod", a, 1, 1)?;
    let mut acc = start.unwrap_or(Value::Int(1));
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(crate::frontend::ast::BinOp::Mul, &acc, &x)?;
    }
    Ok(acc)
}

fn remainder(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "remainder", a, 2, 2)?;
    let x = farg(vm, &a[0])?;
    let y = farg(vm, &a[1])?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    let n = crate::objects::float::round_half_even(x / y);
    Ok(Value::float(x - n * y))
}

fn gamma(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.gamma", a, 1, 1)?;
    let x = farg(vm, &a[0])?;
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(domain(vm));
    }
    if x.fract() == 0.0 && x < 171.0 {
        let mut r = 1.0f64;
        let mut i = 2.0;
        while i < x {
            r *= i;
            i += 1.0;
        }
        return Ok(Value::float(r));
    }
    Ok(Value::float(lanczos_gamma(x)))
}

fn lgamma(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.lgamma", a, 1, 1)?;
    let x = farg(vm, &a[0])?;
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(domain(vm));
    }
    // Exact zeros at 1 and 2, as CPython's lgamma guarantees.
    if x == 1.0 || x == 2.0 {
        return Ok(Value::float(0.0));
    }
    Ok(Value::float(lanczos_gamma(x).abs().ln()))
}

fn lanczos_gamma(x: f64) -> f64 {
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * lanczos_gamma(1.0 - x));
    }
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + G + 0.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}

fn erf_f(x: f64) -> f64 {
    // Abramowitz-Stegun 7.1.26 refined by a series for small |x|.
    if x.abs() < 2.0 {
        let mut sum = x;
        let mut term = x;
        let x2 = x * x;
        let mut n = 0.0;
        loop {
            n += 1.0;
            term *= -x2 / n;
            let add = term / (2.0 * n + 1.0);
            sum += add;
            if add.abs() <= 1e-17 * sum.abs() || n > 200.0 {
                break;
            }
        }
        return 2.0 / std::f64::consts::PI.sqrt() * sum;
    }
    1.0f64.copysign(x) - erfc_tail(x)
}

fn erfc_tail(x: f64) -> f64 {
    // Continued fraction for erfc(|x|), |x| >= 2.
    let ax = x.abs();
    let mut f = 0.0;
    for k in (1..60).rev() {
        f = (k as f64 / 2.0) / (ax + f);
    }
    let r = (-ax * ax).exp() / std::f64::consts::PI.sqrt() / (ax + f);
    r.copysign(x)
}

fn erfc_f(x: f64) -> f64 {
    if x.abs() < 2.0 {
        1.0 - erf_f(x)
    } else if x > 0.0 {
        erfc_tail(x)
    } else {
        2.0 + erfc_tail(x)
    }
}

/// The next float after `x` towards `y` (IEEE nextafter).
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [steps_kw] = super::args::kwargs(vm, "nextafter", kw, ["steps"])?;
    arity(vm, "nextafter", a, 2, 3)?;
    let mut x = farg(vm, &a[0])?;
    let y = farg(vm, &a[1])?;
    let steps = match a.get(2).cloned().or(steps_kw) {
        None | Some(Value::None) => 1,
        Some(v) => {
            let n = vm.index_of(&v, "")?;
            if n < 0 {
                return Err(vm.value_error("steps must be a non-negative integer"));
            }
            n
        }
    };
    for _ in 0..steps {
        let next = next_toward(x, y);
        if next == x || next.is_nan() {
            x = next;
            break;
        }
        x = next;
    }
    Ok(Value::float(x))
}

fn ulp(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "math.ulp", a, 1, 1)?;
    let x = farg(vm, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::float(x - next_toward(x, 0.0)));
    }
    Ok(Value::float(up - x))
}

fn sumprod(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "sumprod", a, 2, 2)?;
    use crate::frontend::ast::BinOp;
    let p = vm.get_iter(&a[0])?;
    let q = vm.get_iter(&a[1])?;
    let mut total = Value::Int(0);
    loop {
        match (vm.next(&p)?, vm.next(&q)?) {
            (Some(x), Some(y)) => {
                let prod = vm.binary_op(BinOp::Mul, &x, &y)?;
                total = vm.binary_op(BinOp::Add, &total, &prod)?;
            }
            (None, None) => return Ok(total),
            _ => return Err(vm.value_error("Inputs are not the same length")),
        }
    }
}

fn fma(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "fma", a, 3, 3)?;
    let x = farg(vm, &a[0])?;
    let y = farg(vm, &a[1])?;
    let z = farg(vm, &a[2])?;
    let r = x.mul_add(y, z);
    if r.is_nan() && !x.is_nan() && !y.is_nan() && !z.is_nan() {
        return Err(vm.value_error("invalid operation in fma"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() && z.is_finite() {
        return Err(vm.err(ExcKind::OverflowError, "overflow in fma"));
    }
    Ok(Value::float(r))
}
