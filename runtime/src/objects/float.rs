//! `float` repr and arithmetic with Python semantics.

use crate::exc_kind::{ExcKind, NativeErr};

/// `repr(x)` exactly as CPython: the shortest digits that round-trip,
/// fixed notation for decimal exponents in (-4, 16], scientific otherwise.
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (neg, digits, decpt) = shortest_digits(x);
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let n = digits.len() as i32;
    if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            out.push_str("0.");
            for _ in 0..-decpt {
                out.push('0');
            }
            out.push_str(&digits);
        } else if decpt >= n {
            out.push_str(&digits);
            for _ in 0..decpt - n {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", e.abs()));
    }
    out
}

/// Sign, significant digits (no leading/trailing zeros) and the position of
/// the decimal point: `x = 0.DIGITS * 10**decpt`.
pub fn shortest_digits(x: f64) -> (bool, String, i32) {
    // Rust's `{:e}` prints the shortest round-trip representation.
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let digits = digits.trim_end_matches('0').to_string();
    let digits = if digits.is_empty() {
        "0".into()
    } else {
        digits
    };
    (x.is_sign_negative(), digits, exp + 1)
}

pub fn floordiv(a: f64, b: f64) -> Result<f64, NativeErr> {
    if b == 0.0 {
        return Err(NativeErr::new(
            ExcKind::ZeroDivisionError,
            "float floor division by zero",
        ));
    }
    Ok(divmod_inner(a, b).0)
}

pub fn modulo(a: f64, b: f64) -> Result<f64, NativeErr> {
    if b == 0.0 {
        return Err(NativeErr::new(
            ExcKind::ZeroDivisionError,
            "float modulo by zero",
        ));
    }
    Ok(divmod_inner(a, b).1)
}

pub fn divmod(a: f64, b: f64) -> Result<(f64, f64), NativeErr> {
    if b == 0.0 {
        return Err(NativeErr::new(ExcKind::ZeroDivisionError, "float divmod()"));
    }
    Ok(divmod_inner(a, b))
}

/// CPython's `_float_div_mod`.
fn divmod_inner(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn truediv(a: f64, b: f64) -> Result<f64, NativeErr> {
    if b == 0.0 {
        return Err(NativeErr::new(
            ExcKind::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(a / b)
}

/// `a ** b` for floats (CPython's `float_pow`); complex results are errors.
pub fn pow(a: f64, b: f64) -> Result<f64, NativeErr> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(if b == 0.0 { 1.0 } else { a });
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(NativeErr::new(
            ExcKind::ZeroDivisionError,
            "zero to a negative power",
        ));
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        return Err(NativeErr::new(
            ExcKind::ValueError,
            "negative number cannot be raised to a fractional power",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(NativeErr::new(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

/// Parses `float(s)`; `None` when the text is not a float literal.
pub fn parse(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        if lower.len() - body.len() > 1 {
            return None;
        }
        return Some(if neg { -v } else { v });
    }
    if t.is_empty() || t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let bytes = t.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        if c == b'_' {
            let ok = i > 0
                && i + 1 < bytes.len()
                && bytes[i - 1].is_ascii_digit()
                && bytes[i + 1].is_ascii_digit();
            if !ok {
                return None;
            }
        } else if !(c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-')) {
            return None;
        }
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok()
}

/// Rounds to `ndigits` decimal places with round-half-even on the exact
/// binary value, as CPython's `round(x, n)`.
pub fn round_digits(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > 325 {
        return x;
    }
    if ndigits < -308 {
        return 0.0f64.copysign(x);
    }
    // Format with enough precision and let correctly-rounded decimal
    // conversion do the work (CPython uses _Py_dg_dtoa mode 3 likewise).
    let s = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
    } else {
        let p = 10f64.powi((-ndigits) as i32);
        let y = x / p;
        let r = round_half_even(y);
        return (r * p).copysign(x);
    };
    s.parse::<f64>().unwrap_or(x)
}

pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}
