//! Python's hash function for built-in values.
//!
//! Numbers hash as CPython does (modulo the Mersenne prime 2**61 - 1), so
//! `hash(1) == hash(1.0) == hash(True)` and equal numbers share dict keys.
//! Strings use a fixed keyed hash: CPython randomises them per process, so
//! no program can depend on their values.

use crate::value::Value;
use num_bigint::{BigInt, Sign};

use std::hash::Hasher;

pub const MODULUS: u64 = (1u64 << 61) - 1;
const INF_HASH: i64 = 314159;

pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h = std::hash::DefaultHasher::new();
    h.write(b);
    fix(h.finish() as i64)
}

/// Python never uses -1 as a hash (it signals an error in C).
#[inline]
pub fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

#[inline]
pub fn hash_int(i: i64) -> i64 {
    let neg = i < 0;
    let m = i.unsigned_abs() % MODULUS;
    let h = if neg { -(m as i64) } else { m as i64 };
    fix(h)
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let (sign, digits) = b.to_u64_digits();
    // Horner's rule over 64-bit digits, most significant first, mod 2**61-1.
    let mut acc: u128 = 0;
    for d in digits.iter().rev() {
        acc = ((acc << 64) + *d as u128) % MODULUS as u128;
    }
    let m = acc as i64;
    fix(if sign == Sign::Minus { -m } else { m })
}

/// CPython's `_Py_HashDouble`: integral floats hash like the equal int.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        // CPython 3.10+ hashes NaN by identity; all NaNs here share a hash
        // and compare unequal anyway.
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { INF_HASH } else { -INF_HASH };
    }
    let (mut m, mut e) = frexp(x);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    fix(h as i64 * sign)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// Hash of a tuple from its items' hashes (CPython's xxHash-based scheme).
pub fn hash_tuple(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// The hash of a value whose hash needs no Python code; `None` for
/// instances of user classes and for unhashable values.
pub fn hash_fast(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0xFCA86420,
        Value::Bool(b) => b.get() as i64,
        Value::Int(i) => hash_int(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => hash_float(f.get()),
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => b.hash(),
        Value::Tuple(t) => {
            let mut hs = Vec::with_capacity(t.len());
            for item in t.iter() {
                hs.push(hash_fast(item)?);
            }
            hash_tuple(hs.into_iter())
        }
        Value::Ellipsis | Value::NotImplemented => 0x51ED,
        _ => {
            let p = v.heap_ptr()?;
            match v {
                Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Instance(_) => {
                    return None
                }
                Value::FrozenSet(_) | Value::Slice(_) | Value::Range(_) => return None,
                // Rust-implemented types may be unhashable (`Vm::hash`).
                Value::Other(o)
                    if matches!(
                        &**o,
                        super::Other::Native { .. }
                            | super::Other::DictView { .. }
                            | super::Other::FrameLocalsProxy(_)
                    ) =>
                {
                    return None
                }
                Value::Other(o) => match &**o {
                    super::Other::Complex { re, im } => crate::builtins::complex::hash(*re, *im),
                    _ => fix((p >> 4) as i64),
                },
                _ => fix((p >> 4) as i64),
            }
        }
    })
}

/// Equality that needs no Python code; `None` when it would (user objects,
/// or containers holding them).
pub fn eq_fast(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Float(x), Float(y)) => x.get() == y.get(),
        (Int(x), Float(y)) | (Float(y), Int(x)) => int_float_eq(*x, y.get()),
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => x.get() as i64 == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (x.get() as i64 as f64) == y.get(),
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => bigint_float_eq(x, y.get()),
        (None, None) => true,
        (Bytes(x), Bytes(y)) => x.data == y.data,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if p.is(q) {
                    continue;
                }
                if !eq_fast(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        // Complex numbers and Rust-implemented types compare through their
        // `__eq__`.
        (Other(o), _) | (_, Other(o))
            if matches!(
                &**o,
                super::Other::Complex { .. } | super::Other::Native { .. }
            ) =>
        {
            return Option::None
        }
        (List(_), List(_)) | (Dict(_), Dict(_)) => return Option::None,
        (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => return Option::None,
        (Range(_), Range(_)) | (Slice(_), Slice(_)) => return Option::None,
        _ => a.is(b),
    })
}

pub fn int_float_eq(i: i64, f: f64) -> bool {
    if f.fract() != 0.0 || !f.is_finite() {
        return false;
    }
    if (-9.223372036854776e18..9.223372036854776e18).contains(&f) {
        f as i64 == i
    } else {
        false
    }
}

pub fn bigint_float_eq(b: &BigInt, f: f64) -> bool {
    f.fract() == 0.0 && float_to_bigint(f).as_ref() == Some(b)
}

/// The exact integer value of an integral finite float.
pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let f = f.trunc();
    if f.abs() < 9.0e15 {
        return Some(BigInt::from(f as i64));
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    Some(b * sign)
}
