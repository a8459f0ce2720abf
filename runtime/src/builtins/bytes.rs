//! `bytes` and `bytearray` methods, and the `bytearray` type.
//!
//! `bytearray` is a Rust-implemented type (`Other::Native` holding a
//! `Vec<u8>`): its special methods live in its class dict, where the
//! operator dispatch finds them. Both types share one set of methods, each
//! returning the type of the object it was called on.
//!
//! Methods whose byte semantics equal str semantics on the latin-1 decoding
//! (searching, splitting on a given separator, padding...) run the str
//! method on that decoding and encode the result back; case and
//! classification methods, which are ASCII-only for bytes, are implemented
//! here.

use super::args::{arity, kwargs};
use super::{native_new, new_cls, set_new, with_native};
use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let bt = vm.types.bytes.clone();
    let ba = vm.types.bytearray.clone();
    set_new(vm, &bt, bytes_new);
    set_new(vm, &ba, bytearray_new);
    ba.dict.set_item_str("__module__", Value::str("builtins"));
    let common: &[(&str, BuiltinFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("join", join),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isascii", isascii),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("splitlines", splitlines),
        ("translate", translate),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("replace", replace),
        ("partition", partition),
        ("rpartition", rpartition),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
    ];
    for t in [&bt, &ba] {
        for (n, f) in common {
            vm.add_method(t, n, *f);
        }
        vm.add_classmethod(t, "fromhex", fromhex);
        t.dict.set_item_str(
            "maketrans",
            Value::Other(Rc::new(Other::StaticMethod(
                vm.builtin("maketrans", maketrans),
            ))),
        );
    }
    vm.add_method(&bt, "__getnewargs__", bytes_getnewargs);
    let ba_methods: &[(&str, BuiltinFn)] = &[
        ("__repr__", ba_repr),
        ("__len__", ba_len),
        ("__getitem__", ba_getitem),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iter__", ba_iter),
        ("__contains__", ba_contains),
        ("__eq__", ba_eq),
        ("__ne__", ba_ne),
        ("__lt__", ba_lt),
        ("__le__", ba_le),
        ("__gt__", ba_gt),
        ("__ge__", ba_ge),
        ("__add__", ba_add),
        ("__radd__", ba_radd),
        ("__iadd__", ba_iadd),
        ("__mul__", ba_mul),
        ("__rmul__", ba_mul),
        ("__imul__", ba_imul),
        ("__mod__", ba_mod),
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
    ];
    for (n, f) in ba_methods {
        vm.add_method(&ba, n, *f);
    }
    ba.dict.set_item_str("__hash__", Value::None);
}

// ---- representation helpers ----

/// The bytes of a bytes-like object (bytes, bytearray or a subclass, a
/// memoryview).
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match Vm::unwrap_base(v) {
        Value::Bytes(b) => Some(b.data.to_vec()),
        Value::Other(o) => match &*o {
            Other::Native { data, .. } => {
                let bytes = data.try_borrow().ok()?.downcast_ref::<Vec<u8>>().cloned();
                bytes.or_else(|| super::memoryview::view_bytes(v))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a bytearray (or an instance of a subclass).
fn is_bytearray(v: &Value) -> bool {
    super::is_native::<Vec<u8>>(v)
}

/// A new bytearray.
pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    super::native_value(&vm.types.bytearray, data)
}

fn new_bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(data)))
}

/// A result of the same type family as `like` (bytearray stays bytearray).
fn same_kind(vm: &Vm, like: &Value, data: Vec<u8>) -> Value {
    if is_bytearray(like) {
        new_bytearray(vm, data)
    } else {
        new_bytes(data)
    }
}

fn this(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

fn arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// Encodes a str made of latin-1 code points back to bytes.
fn unlatin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

// ---- methods delegated to str ----

/// Which arguments of a delegated method are bytes (or an int standing for
/// one byte, for the searches).
#[derive(Clone, Copy)]
enum Args {
    /// All positional arguments must be bytes-like (or None).
    AllBytes,
    /// Bytes-like arguments, then integers (`replace`'s count, `split`'s
    /// maxsplit).
    BytesThenInts(usize),
    /// The first is a byte string or an int, the rest are indices.
    Needle,
    /// The first is a byte string, a tuple of them, the rest are indices.
    Prefix,
    /// A width, then an optional fill byte.
    Pad,
    /// Only integers.
    Ints,
}

fn to_text_arg(vm: &Vm, v: &Value) -> PyResult<Value> {
    match bytes_like(v) {
        Some(b) => Ok(Value::string(latin1(&b))),
        None => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The str result of a delegated method, converted back.
fn from_text_result(vm: &Vm, like: &Value, r: Value) -> Value {
    match &r {
        Value::Str(s) => same_kind(vm, like, unlatin1(s.as_str())),
        Value::List(l) => Value::list(
            l.snapshot()
                .into_iter()
                .map(|x| from_text_result(vm, like, x))
                .collect(),
        ),
        Value::Tuple(t) => Value::tuple(
            t.iter()
                .map(|x| from_text_result(vm, like, x.clone()))
                .collect(),
        ),
        _ => r,
    }
}

fn delegate(
    vm: &mut Vm,
    name: &'static str,
    a: &[Value],
    kw: KwArgs,
    kind: Args,
) -> PyResult<Value> {
    let data = this(vm, &a[0])?;
    let mut args: Vec<Value> = vec![Value::string(latin1(&data))];
    for (i, v) in a[1..].iter().enumerate() {
        let conv = match kind {
            Args::AllBytes | Args::BytesThenInts(_) if v.is_none() => v.clone(),
            Args::AllBytes => to_text_arg(vm, v)?,
            Args::BytesThenInts(n) if i < n => to_text_arg(vm, v)?,
            Args::Needle if i == 0 => match v {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let n = vm.index_of(v, "byte")?;
                    if !(0..256).contains(&n) {
                        return Err(vm.value_error("byte must be in range(0, 256)"));
                    }
                    Value::string(latin1(&[n as u8]))
                }
                _ => match bytes_like(v) {
                    Some(b) => Value::string(latin1(&b)),
                    None => {
                        return Err(vm.type_error(format!(
                            "argument should be integer or bytes-like object, not '{}'",
                            vm.type_name(v)
                        )))
                    }
                },
            },
            Args::Prefix if i == 0 => match v {
                Value::Tuple(t) => {
                    let mut items = Vec::with_capacity(t.len());
                    for x in t.iter() {
                        items.push(to_text_arg(vm, x)?);
                    }
                    Value::tuple(items)
                }
                _ => match bytes_like(v) {
                    Some(b) => Value::string(latin1(&b)),
                    None => {
                        return Err(vm.type_error(format!(
                            "{name} first arg must be bytes or a tuple of bytes, not {}",
                            vm.type_name(v)
                        )))
                    }
                },
            },
            Args::Pad if i == 1 => match bytes_like(v) {
                Some(b) if b.len() == 1 => Value::string(latin1(&b)),
                _ => {
                    return Err(vm.type_error(format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        vm.type_name(v)
                    )))
                }
            },
            _ => v.clone(),
        };
        args.push(conv);
    }
    let kw: Vec<(Rc<PyStr>, Value)> = kw
        .iter()
        .map(|(k, v)| {
            let v = match (kind, bytes_like(v)) {
                (Args::AllBytes | Args::BytesThenInts(_), Some(b)) => Value::string(latin1(&b)),
                _ => v.clone(),
            };
            (k.clone(), v)
        })
        .collect();
    let m = vm
        .types
        .str_
        .dict
        .get_item_str(name)
        .expect("str method for bytes");
    let r = match &m {
        Value::Builtin(b) => (b.func)(vm, &args, &kw),
        _ => vm.call(&m, &args, &kw),
    };
    match r {
        Ok(r) => Ok(from_text_result(vm, &a[0], r)),
        Err(e) => {
            // The str wording of the errors that differ for bytes.
            if vm.is_exc_kind(&e, ExcKind::ValueError) {
                let msg = vm.str_of(&e.value()).unwrap_or_default();
                if msg == "substring not found" {
                    return Err(vm.value_error("subsection not found"));
                }
            }
            Err(e)
        }
    }
}

macro_rules! delegated {
    ($($fname:ident, $name:literal, $kind:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
                delegate(vm, $name, a, kw, $kind)
            }
        )*
    };
}

delegated! {
    find, "find", Args::Needle;
    rfind, "rfind", Args::Needle;
    index, "index", Args::Needle;
    rindex, "rindex", Args::Needle;
    count, "count", Args::Needle;
    startswith, "startswith", Args::Prefix;
    endswith, "endswith", Args::Prefix;
    replace, "replace", Args::BytesThenInts(2);
    partition, "partition", Args::AllBytes;
    rpartition, "rpartition", Args::AllBytes;
    center, "center", Args::Pad;
    ljust, "ljust", Args::Pad;
    rjust, "rjust", Args::Pad;
    zfill, "zfill", Args::Ints;
    expandtabs, "expandtabs", Args::Ints;
    removeprefix, "removeprefix", Args::AllBytes;
    removesuffix, "removesuffix", Args::AllBytes;
}

// ---- ASCII-only methods ----

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn map_bytes(
    vm: &mut Vm,
    a: &[Value],
    name: &str,
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    arity(vm, name, &a[1..], 0, 0)?;
    let d = this(vm, &a[0])?;
    Ok(same_kind(vm, &a[0], f(&d)))
}

fn upper(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(vm, a, "upper", |d| d.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(vm, a, "lower", |d| d.to_ascii_lowercase())
}

fn swapcase(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(vm, a, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(vm, a, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(vm, a, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(vm: &mut Vm, a: &[Value], name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    arity(vm, name, &a[1..], 0, 0)?;
    let d = this(vm, &a[0])?;
    Ok(Value::bool(f(&d)))
}

fn isdigit(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

fn isalpha(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isalnum(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isspace(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&c| is_space(c))
    })
}

fn isupper(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn islower(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn isascii(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isascii", |d| d.is_ascii())
}

fn istitle(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "istitle", |d| {
        let mut cased = false;
        let mut prev_cased = false;
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

/// The bytes to strip: the argument, or ASCII whitespace.
fn strip_set(vm: &Vm, a: &[Value], name: &str) -> PyResult<Option<Vec<u8>>> {
    arity(vm, name, &a[1..], 0, 1)?;
    match a.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => arg(vm, v).map(Some),
    }
}

fn strip_impl(vm: &mut Vm, a: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let chars = strip_set(vm, a, name)?;
    let d = this(vm, &a[0])?;
    let strip = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let mut start = 0;
    let mut end = d.len();
    if left {
        while start < end && strip(&d[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(&d[end - 1]) {
            end -= 1;
        }
    }
    Ok(same_kind(vm, &a[0], d[start..end].to_vec()))
}

fn strip(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, "strip", true, true)
}

fn lstrip(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, "rstrip", false, true)
}

/// `split`/`rsplit`: on a separator like str, on whitespace ASCII-only.
fn split_impl(vm: &mut Vm, a: &[Value], kw: KwArgs, name: &'static str) -> PyResult<Value> {
    let [sep_kw, max_kw] = kwargs(vm, name, kw, ["sep", "maxsplit"])?;
    arity(vm, name, &a[1..], 0, 2)?;
    let sep = a.get(1).cloned().or(sep_kw).unwrap_or(Value::None);
    let maxsplit = match a.get(2).cloned().or(max_kw) {
        Some(m) => vm.index_of(&m, "maxsplit")?,
        None => -1,
    };
    if !sep.is_none() {
        let args = vec![a[0].clone(), sep, Value::Int(maxsplit)];
        return delegate(vm, name, &args, &[], Args::BytesThenInts(1));
    }
    let d = this(vm, &a[0])?;
    let mut words: Vec<&[u8]> = d
        .split(|&c| is_space(c))
        .filter(|p| !p.is_empty())
        .collect();
    if maxsplit >= 0 && words.len() > maxsplit as usize + 1 {
        // Re-split keeping the tail (or head, for rsplit) unsplit.
        let n = maxsplit as usize;
        let mut out: Vec<Vec<u8>> = Vec::new();
        if name == "split" {
            let mut rest = &d[..];
            for _ in 0..n {
                let s = rest
                    .iter()
                    .position(|&c| !is_space(c))
                    .unwrap_or(rest.len());
                rest = &rest[s..];
                let e = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
                out.push(rest[..e].to_vec());
                rest = &rest[e..];
            }
            let s = rest
                .iter()
                .position(|&c| !is_space(c))
                .unwrap_or(rest.len());
            out.push(rest[s..].to_vec());
        } else {
            let mut rest = &d[..];
            for _ in 0..n {
                let e = rest
                    .iter()
                    .rposition(|&c| !is_space(c))
                    .map_or(0, |i| i + 1);
                rest = &rest[..e];
                let s = rest.iter().rposition(|&c| is_space(c)).map_or(0, |i| i + 1);
                out.push(rest[s..].to_vec());
                rest = &rest[..s];
            }
            let e = rest
                .iter()
                .rposition(|&c| !is_space(c))
                .map_or(0, |i| i + 1);
            out.push(rest[..e].to_vec());
            out.reverse();
        }
        return Ok(Value::list(
            out.into_iter().map(|p| same_kind(vm, &a[0], p)).collect(),
        ));
    }
    words.truncate(usize::MAX);
    Ok(Value::list(
        words
            .into_iter()
            .map(|p| same_kind(vm, &a[0], p.to_vec()))
            .collect(),
    ))
}

fn split(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, a, kw, "split")
}

fn rsplit(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, a, kw, "rsplit")
}

fn splitlines(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [keep_kw] = kwargs(vm, "splitlines", kw, ["keepends"])?;
    let keep = match a.get(1).cloned().or(keep_kw) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let d = this(vm, &a[0])?;
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < d.len() {
        let eol = match d[i] {
            b'\n' => 1,
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol > 0 {
            let end = if keep { i + eol } else { i };
            out.push(same_kind(vm, &a[0], d[start..end].to_vec()));
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(same_kind(vm, &a[0], d[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn join(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "join", &a[1..], 1, 1)?;
    let sep = this(vm, &a[0])?;
    let items = vm.collect(&a[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(it) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(same_kind(vm, &a[0], out))
}

fn translate(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [del_kw] = kwargs(vm, "translate", kw, ["delete"])?;
    arity(vm, "translate", &a[1..], 1, 2)?;
    let d = this(vm, &a[0])?;
    let table = match &a[1] {
        Value::None => None,
        t => {
            let t = arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match a.get(2).cloned().or(del_kw) {
        Some(v) => arg(vm, &v)?,
        None => Vec::new(),
    };
    let out = d
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same_kind(vm, &a[0], out))
}

fn maketrans(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "maketrans", a, 2, 2)?;
    let from = arg(vm, &a[0])?;
    let to = arg(vm, &a[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

// ---- conversions ----

/// Decodes bytes with a codec; shared with `str(b, encoding)`.
fn decode(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [enc_kw, err_kw] = kwargs(vm, "decode", kw, ["encoding", "errors"])?;
    arity(vm, "decode", &a[1..], 0, 2)?;
    let d = this(vm, &a[0])?;
    let enc = a.get(1).cloned().or(enc_kw);
    let errors = a.get(2).cloned().or(err_kw);
    super::string::decode_bytes(vm, &d, enc.as_ref(), errors.as_ref())
}

fn hex(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [sep_kw, per_kw] = kwargs(vm, "hex", kw, ["sep", "bytes_per_sep"])?;
    arity(vm, "hex", &a[1..], 0, 2)?;
    let d = this(vm, &a[0])?;
    let sep = match a.get(1).cloned().or(sep_kw) {
        None => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(v) => match bytes_like(&v) {
            Some(b) => Some(latin1(&b)),
            None => {
                return Err(vm.type_error(format!(
                    "sep must be str or bytes, not {}",
                    vm.type_name(&v)
                )))
            }
        },
    };
    let per = match a.get(2).cloned().or(per_kw) {
        Some(v) => vm.index_of(&v, "bytes_per_sep")?,
        None => 1,
    };
    let digits: Vec<String> = d.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(Value::string(digits.concat()));
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if per == 0 || d.is_empty() {
        return Ok(Value::string(digits.concat()));
    }
    // Groups of `per` bytes counted from the right (from the left when
    // `per` is negative).
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = d.len() % n;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        for c in digits[first..].chunks(n) {
            groups.push(c.concat());
        }
    } else {
        for c in digits.chunks(n) {
            groups.push(c.concat());
        }
    }
    Ok(Value::string(groups.join(&sep)))
}

fn fromhex(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "fromhex", &a[1..], 1, 1)?;
    let Value::Str(st) = &a[1] else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    let chars: Vec<char> = st.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {pos}"
                )));
            }
        }
        i += 2;
    }
    let cls = match &a[0] {
        Value::Type(t) => t.clone(),
        _ => vm.types.bytes.clone(),
    };
    if cls.is_subtype(&vm.types.bytearray) {
        return Ok(native_new(&cls, out));
    }
    Ok(new_bytes(out))
}

fn bytes_getnewargs(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = this(vm, &a[0])?;
    Ok(Value::tuple(vec![new_bytes(d)]))
}

/// The bytes a `bytes(x)`/`bytearray(x)` constructor makes of `src`.
fn construct(
    vm: &mut Vm,
    what: &str,
    src: Option<Value>,
    enc: Option<Value>,
    errors: Option<Value>,
) -> PyResult<Vec<u8>> {
    let Some(src) = src else {
        if enc.is_some() || errors.is_some() {
            return Err(vm.type_error(if enc.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(st) = Vm::unwrap_base(&src) {
        let Some(enc) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let mut args = vec![Value::Str(st), enc];
        if let Some(e) = errors {
            args.push(e);
        }
        let b = super::string::encode(vm, &args, &[])?;
        return Ok(bytes_like(&b).unwrap_or_default());
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(b) = bytes_like(&src) {
        return Ok(b);
    }
    if what == "bytes" {
        if let Some(f) = vm.user_special(&src, "__bytes__") {
            let r = vm.call_special(&f, &src, &[])?;
            return match &r {
                Value::Bytes(b) => Ok(b.data.to_vec()),
                _ => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    if matches!(src, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || vm.user_special(&src, "__index__").is_some()
    {
        let n = vm.index_of(&src, "count")?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    if !vm.is_iterable(&src) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {what}",
            vm.type_name(&src)
        )));
    }
    let items = vm.collect(&src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(byte_value(vm, &it)?);
    }
    Ok(out)
}

/// An int in range(256), as stored in a byte string.
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        && vm.user_special(v, "__index__").is_none()
    {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    let n = match v {
        Value::BigInt(_) => -1,
        _ => vm.index_of(v, "byte")?,
    };
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = vm.types.bytes.clone();
    let (cls, exact) = new_cls(vm, args, &t)?;
    let [src_kw, enc_kw, err_kw] = kwargs(vm, "bytes", kw, ["source", "encoding", "errors"])?;
    let a = &args[1..];
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "bytes() takes at most 3 arguments ({} given)",
            a.len()
        )));
    }
    if exact && a.len() == 1 && kw.is_empty() && matches!(a[0], Value::Bytes(_)) {
        return Ok(a[0].clone());
    }
    let data = construct(
        vm,
        "bytes",
        a.first().cloned().or(src_kw),
        a.get(1).cloned().or(enc_kw),
        a.get(2).cloned().or(err_kw),
    )
    .map_err(|e| bytes_range_msg(vm, e))?;
    let v = new_bytes(data);
    Ok(if exact {
        v
    } else {
        super::wrap_subclass(&cls, v)
    })
}

/// `bytes([300])` says "bytes must be in range(0, 256)".
fn bytes_range_msg(vm: &Vm, e: crate::value::PyErr) -> crate::value::PyErr {
    if vm.is_exc_kind(&e, ExcKind::ValueError) {
        let args = e.exc().args.borrow().clone();
        if let Some(Value::Str(s)) = args.as_slice().first() {
            if s.as_str() == "byte must be in range(0, 256)" {
                return vm.value_error("bytes must be in range(0, 256)");
            }
        }
    }
    e
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = vm.types.bytearray.clone();
    let (cls, _) = new_cls(vm, args, &t)?;
    let [src_kw, enc_kw, err_kw] = kwargs(vm, "bytearray", kw, ["source", "encoding", "errors"])?;
    let a = &args[1..];
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "bytearray() takes at most 3 arguments ({} given)",
            a.len()
        )));
    }
    let data = construct(
        vm,
        "bytearray",
        a.first().cloned().or(src_kw),
        a.get(1).cloned().or(enc_kw),
        a.get(2).cloned().or(err_kw),
    )?;
    Ok(native_new(&cls, data))
}

// ---- bytearray special methods and mutators ----

fn with_ba<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    with_native::<Vec<u8>, R>(vm, v, "bytearray", f)
}

fn ba_repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = this(vm, &a[0])?;
    let name = vm.type_of(&a[0]).name();
    Ok(Value::string(format!(
        "{name}({})",
        crate::interp::format::bytes_repr(&d)
    )))
}

fn ba_len(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(with_ba(vm, &a[0], |d| d.len())? as i64))
}

fn ba_getitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__getitem__", &a[1..], 1, 1)?;
    let d = this(vm, &a[0])?;
    if let Value::Slice(sl) = &a[1] {
        let (start, _, step, n) = vm.slice_indices(sl, d.len() as i64)?;
        let out: Vec<u8> = (0..n).map(|k| d[(start + k * step) as usize]).collect();
        return Ok(new_bytearray(vm, out));
    }
    let i = vm.index_of(&a[1], "bytearray")?;
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.err(ExcKind::IndexError, "bytearray index out of range"));
    }
    Ok(Value::Int(d[j as usize] as i64))
}

fn ba_setitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__setitem__", &a[1..], 2, 2)?;
    let len = with_ba(vm, &a[0], |d| d.len())? as i64;
    if let Value::Slice(sl) = &a[1] {
        let new = match bytes_like(&a[2]) {
            Some(b) => b,
            None => {
                if matches!(a[2], Value::Int(_) | Value::Str(_)) {
                    return Err(vm.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ));
                }
                let items = vm.collect(&a[2])?;
                let mut out = Vec::with_capacity(items.len());
                for it in &items {
                    out.push(byte_value(vm, it)?);
                }
                out
            }
        };
        let (start, stop, step, n) = vm.slice_indices(sl, len)?;
        if step == 1 {
            let stop = stop.max(start);
            with_ba(vm, &a[0], |d| {
                d.splice(start as usize..stop as usize, new);
            })?;
            return Ok(Value::None);
        }
        if new.len() as i64 != n {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                n
            )));
        }
        with_ba(vm, &a[0], |d| {
            for (k, x) in new.into_iter().enumerate() {
                d[(start + k as i64 * step) as usize] = x;
            }
        })?;
        return Ok(Value::None);
    }
    let i = vm.index_of(&a[1], "bytearray")?;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.err(ExcKind::IndexError, "bytearray index out of range"));
    }
    let b = byte_value(vm, &a[2])?;
    with_ba(vm, &a[0], |d| d[j as usize] = b)?;
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__delitem__", &a[1..], 1, 1)?;
    let len = with_ba(vm, &a[0], |d| d.len())? as i64;
    if let Value::Slice(sl) = &a[1] {
        let (start, _, step, n) = vm.slice_indices(sl, len)?;
        let mut drop: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
        drop.sort_unstable();
        with_ba(vm, &a[0], |d| {
            let mut k = 0;
            let mut i = 0;
            d.retain(|_| {
                let keep = drop.get(k) != Some(&i);
                if !keep {
                    k += 1;
                }
                i += 1;
                keep
            });
        })?;
        return Ok(Value::None);
    }
    let i = vm.index_of(&a[1], "bytearray")?;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.err(ExcKind::IndexError, "bytearray index out of range"));
    }
    with_ba(vm, &a[0], |d| d.remove(j as usize))?;
    Ok(Value::None)
}

fn ba_iter(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    // Iterates over a snapshot, like iterating a copy.
    let d = this(vm, &a[0])?;
    vm.get_iter(&new_bytes(d))
}

fn ba_contains(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__contains__", &a[1..], 1, 1)?;
    let d = this(vm, &a[0])?;
    contains(vm, &d, &a[1]).map(Value::bool)
}

/// `item in data` for bytes-like containers.
pub fn contains(vm: &mut Vm, d: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(needle) = bytes_like(item) {
        return Ok(needle.is_empty() || d.windows(needle.len()).any(|w| w == needle));
    }
    if matches!(item, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || vm.user_special(item, "__index__").is_some()
    {
        let b = byte_value(vm, item)?;
        return Ok(d.contains(&b));
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(item)
    )))
}

fn compare(vm: &mut Vm, a: &[Value], f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    arity(vm, "comparison", &a[1..], 1, 1)?;
    let x = this(vm, &a[0])?;
    match bytes_like(&a[1]) {
        Some(y) => Ok(Value::bool(f(x.cmp(&y)))),
        None => Ok(Value::NotImplemented),
    }
}

fn ba_eq(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_eq())
}

fn ba_ne(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_ne())
}

fn ba_lt(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_lt())
}

fn ba_le(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_le())
}

fn ba_gt(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_gt())
}

fn ba_ge(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_ge())
}

fn ba_add(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__add__", &a[1..], 1, 1)?;
    let mut x = this(vm, &a[0])?;
    match bytes_like(&a[1]) {
        Some(y) => {
            x.extend_from_slice(&y);
            Ok(new_bytearray(vm, x))
        }
        None => Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&a[1])))),
    }
}

/// `bytes + bytearray` is bytes: the left operand's type wins.
fn ba_radd(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__radd__", &a[1..], 1, 1)?;
    let y = this(vm, &a[0])?;
    match bytes_like(&a[1]) {
        Some(mut x) => {
            x.extend_from_slice(&y);
            Ok(same_kind(vm, &a[1], x))
        }
        None => Ok(Value::NotImplemented),
    }
}

fn ba_iadd(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__iadd__", &a[1..], 1, 1)?;
    match bytes_like(&a[1]) {
        Some(y) => {
            with_ba(vm, &a[0], |d| d.extend_from_slice(&y))?;
            Ok(a[0].clone())
        }
        None => Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&a[1])))),
    }
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        && vm.user_special(v, "__index__").is_none()
    {
        return Ok(None);
    }
    Ok(Some(vm.index_of(v, "count")?.max(0) as usize))
}

fn ba_mul(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__mul__", &a[1..], 1, 1)?;
    let x = this(vm, &a[0])?;
    match repeat_count(vm, &a[1])? {
        Some(n) => Ok(new_bytearray(vm, x.repeat(n))),
        None => Ok(Value::NotImplemented),
    }
}

fn ba_imul(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__imul__", &a[1..], 1, 1)?;
    match repeat_count(vm, &a[1])? {
        Some(n) => {
            with_ba(vm, &a[0], |d| *d = d.repeat(n))?;
            Ok(a[0].clone())
        }
        None => Ok(Value::NotImplemented),
    }
}

fn ba_mod(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__mod__", &a[1..], 1, 1)?;
    let fmt = this(vm, &a[0])?;
    let out = vm.bytes_percent_format(&fmt, &a[1])?;
    Ok(new_bytearray(vm, out))
}

fn ba_append(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "append", &a[1..], 1, 1)?;
    let b = byte_value(vm, &a[1])?;
    with_ba(vm, &a[0], |d| d.push(b))?;
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "extend", &a[1..], 1, 1)?;
    let new = match bytes_like(&a[1]) {
        Some(b) => b,
        None => {
            if !vm.is_iterable(&a[1]) {
                return Err(vm.type_error(format!(
                    "can't extend bytearray with {}",
                    vm.type_name(&a[1])
                )));
            }
            let items = vm.collect(&a[1])?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(byte_value(vm, it)?);
            }
            out
        }
    };
    with_ba(vm, &a[0], |d| d.extend_from_slice(&new))?;
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "pop", &a[1..], 0, 1)?;
    let i = match a.get(1) {
        Some(v) => vm.index_of(v, "pop")?,
        None => -1,
    };
    let r = with_ba(vm, &a[0], |d| {
        let n = d.len() as i64;
        if n == 0 {
            return Err("pop from empty bytearray");
        }
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err("pop index out of range");
        }
        Ok(d.remove(j as usize))
    })?;
    match r {
        Ok(b) => Ok(Value::Int(b as i64)),
        Err(m) => Err(vm.err(ExcKind::IndexError, m)),
    }
}

fn ba_insert(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "insert", &a[1..], 2, 2)?;
    let i = vm.index_of(&a[1], "insert")?;
    let b = byte_value(vm, &a[2])?;
    with_ba(vm, &a[0], |d| {
        let n = d.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(j as usize, b);
    })?;
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "remove", &a[1..], 1, 1)?;
    let b = byte_value(vm, &a[1])?;
    let found = with_ba(vm, &a[0], |d| match d.iter().position(|&c| c == b) {
        Some(i) => {
            d.remove(i);
            true
        }
        None => false,
    })?;
    if !found {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::None)
}

fn ba_reverse(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "reverse", &a[1..], 0, 0)?;
    with_ba(vm, &a[0], |d| d.reverse())?;
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "clear", &a[1..], 0, 0)?;
    with_ba(vm, &a[0], |d| d.clear())?;
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "copy", &a[1..], 0, 0)?;
    let d = this(vm, &a[0])?;
    Ok(new_bytearray(vm, d))
}
