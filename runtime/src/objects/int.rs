//! `int` arithmetic with Python semantics: an `i64` fast path, exact
//! arbitrary precision on overflow, floor division and modulo rounding
//! toward negative infinity.

use crate::exc_kind::{ExcKind, NativeErr};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub type NumResult = Result<Value, NativeErr>;

fn zero_div(msg: &str) -> NativeErr {
    NativeErr::new(ExcKind::ZeroDivisionError, msg)
}

/// Any Python int (including bool) as a big integer.
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    let q = a / b;
    Some(if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    })
}

#[inline]
pub fn mod_i64(a: i64, b: i64) -> i64 {
    if b == -1 {
        return 0;
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

pub fn add(a: &BigInt, b: &BigInt) -> Value {
    Value::from_bigint(a + b)
}

pub fn floordiv(a: &BigInt, b: &BigInt) -> NumResult {
    if b.is_zero() {
        return Err(zero_div("integer division or modulo by zero"));
    }
    Ok(Value::from_bigint(a.div_floor(b)))
}

pub fn modulo(a: &BigInt, b: &BigInt) -> NumResult {
    if b.is_zero() {
        return Err(zero_div("integer modulo by zero"));
    }
    Ok(Value::from_bigint(a.mod_floor(b)))
}

pub fn divmod(a: &BigInt, b: &BigInt) -> Result<(Value, Value), NativeErr> {
    if b.is_zero() {
        return Err(zero_div("integer division or modulo by zero"));
    }
    let (q, r) = a.div_mod_floor(b);
    Ok((Value::from_bigint(q), Value::from_bigint(r)))
}

/// `a ** b` for ints; a negative exponent gives a float.
pub fn pow(a: &BigInt, b: &BigInt) -> NumResult {
    if b.is_negative() {
        let base = big_to_f64(a)?;
        if base == 0.0 {
            return Err(zero_div("0.0 cannot be raised to a negative power"));
        }
        let e = b.to_f64().unwrap_or(f64::NEG_INFINITY);
        return Ok(Value::float(base.powf(e)));
    }
    if a.is_one() || b.is_zero() {
        return Ok(Value::Int(1));
    }
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    if *a == BigInt::from(-1) {
        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
    }
    let Some(e) = b.to_u32() else {
        return Err(NativeErr::new(ExcKind::MemoryError, ""));
    };
    Ok(Value::from_bigint(num_traits::pow(a.clone(), e as usize)))
}

pub fn pow_i64(a: i64, b: i64) -> NumResult {
    if b >= 0 {
        if let Ok(e) = u32::try_from(b) {
            if let Some(r) = a.checked_pow(e) {
                return Ok(Value::Int(r));
            }
        }
    }
    pow(&BigInt::from(a), &BigInt::from(b))
}

/// Three-argument `pow`.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> NumResult {
    if m.is_zero() {
        return Err(NativeErr::new(
            ExcKind::ValueError,
            "pow() 3rd argument cannot be 0",
        ));
    }
    let mut base = a.clone();
    let mut exp = b.clone();
    if exp.is_negative() {
        // Modular inverse.
        let g = base.extended_gcd(m);
        if !g.gcd.is_one() && g.gcd != BigInt::from(-1) {
            return Err(NativeErr::new(
                ExcKind::ValueError,
                "base is not invertible for the given modulus",
            ));
        }
        base = g.x.mod_floor(m);
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &m.abs());
    // Python's result takes the sign of the modulus.
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(Value::from_bigint(r))
}

pub fn lshift(a: &BigInt, n: &BigInt) -> NumResult {
    if n.is_negative() {
        return Err(NativeErr::new(ExcKind::ValueError, "negative shift count"));
    }
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    let Some(n) = n.to_usize().filter(|&n| n < (1 << 40)) else {
        return Err(NativeErr::new(
            ExcKind::OverflowError,
            "too many digits in integer",
        ));
    };
    Ok(Value::from_bigint(a << n))
}

pub fn rshift(a: &BigInt, n: &BigInt) -> NumResult {
    if n.is_negative() {
        return Err(NativeErr::new(ExcKind::ValueError, "negative shift count"));
    }
    let Some(n) = n.to_usize() else {
        return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
    };
    // BigInt's >> rounds toward negative infinity, like Python.
    Ok(Value::from_bigint(a >> n))
}

#[inline]
pub fn lshift_i64(a: i64, n: i64) -> NumResult {
    if n < 0 {
        return Err(NativeErr::new(ExcKind::ValueError, "negative shift count"));
    }
    if n < 63 {
        let r = a << n;
        if r >> n == a {
            return Ok(Value::Int(r));
        }
    }
    if a == 0 {
        return Ok(Value::Int(0));
    }
    lshift(&BigInt::from(a), &BigInt::from(n))
}

#[inline]
pub fn rshift_i64(a: i64, n: i64) -> NumResult {
    if n < 0 {
        return Err(NativeErr::new(ExcKind::ValueError, "negative shift count"));
    }
    Ok(Value::Int(if n >= 64 {
        if a < 0 {
            -1
        } else {
            0
        }
    } else {
        a >> n
    }))
}

/// Converts to float, failing as CPython for huge values.
pub fn big_to_f64(b: &BigInt) -> Result<f64, NativeErr> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(NativeErr::new(
            ExcKind::OverflowError,
            "int too large to convert to float",
        )),
    }
}

/// True division of two ints, correctly rounded.
pub fn truediv(a: &BigInt, b: &BigInt) -> NumResult {
    if b.is_zero() {
        return Err(zero_div("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(Value::float(x as f64 / y as f64));
        }
    }
    // Scale so the quotient has at least 55 significant bits, divide with
    // a sticky bit for the remainder, and let the conversion round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = 55i64 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift > 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1usize) | BigInt::one();
    } else {
        q <<= 1usize;
    }
    let exp = -shift - 1;
    let m = q.to_f64().unwrap_or(f64::INFINITY);
    let v = if exp > 0 {
        if exp > 2000 {
            f64::INFINITY
        } else {
            m * 2f64.powi(exp as i32)
        }
    } else {
        ldexp(m, exp as i32)
    };
    if v.is_infinite() {
        return Err(NativeErr::new(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        ));
    }
    Ok(Value::float(if neg { -v } else { v }))
}

fn ldexp(m: f64, e: i32) -> f64 {
    if e < -1000 {
        ldexp(m * 2f64.powi(-1000), e + 1000)
    } else {
        m * 2f64.powi(e)
    }
}

/// Parses an int literal as `int(s, base)` does; `None` on bad syntax.
pub fn parse_int(s: &str, base: u32) -> Option<Value> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let mut digits: &str = t;
    let prefixed = |p: &str| lower.starts_with(p);
    if (base == 16 || base == 0) && prefixed("0x") {
        base = 16;
        digits = &t[2..];
    } else if (base == 8 || base == 0) && prefixed("0o") {
        base = 8;
        digits = &t[2..];
    } else if (base == 2 || base == 0) && prefixed("0b") {
        base = 2;
        digits = &t[2..];
    } else if base == 0 {
        // Decimal; leading zeros only allowed for zero itself.
        if t.len() > 1 && t.starts_with('0') && t.trim_start_matches(['0', '_']).is_empty() {
            return Some(Value::Int(0));
        }
        if t.starts_with('0') && t.len() > 1 {
            return None;
        }
        base = 10;
    }
    let digits = digits
        .strip_prefix('_')
        .filter(|_| digits.len() != t.len())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let b = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(Value::from_bigint(if neg { -b } else { b }))
}

/// `bin()`, `oct()`, `hex()`.
pub fn to_base(b: &BigInt, radix: u32, prefix: &str) -> String {
    let digits = b.abs().to_str_radix(radix);
    if b.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }
}
