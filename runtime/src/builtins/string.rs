//! `str` and `bytes`: constructors and methods, `str.format`.

use super::args::{arity, kwargs};
use super::{new_cls, set_new, wrap_subclass};
use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    set_new(vm, &t, str_new);
    let methods: &[(&str, crate::objects::BuiltinFn)] = &[
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("format", format),
        ("format_map", format_map),
        ("encode", encode),
        ("translate", translate),
        ("__len__", str_len),
        ("__getitem__", str_getitem),
        ("__contains__", str_contains),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__mod__", str_mod),
        ("__eq__", str_eq),
        ("__lt__", str_lt),
        ("__hash__", str_hash),
        ("__str__", str_str),
        ("__repr__", str_repr_m),
        ("__format__", str_format_m),
        ("__iter__", str_iter),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    t.dict.set_item_str(
        "maketrans",
        Value::Other(Rc::new(Other::StaticMethod(
            vm.builtin("maketrans", maketrans),
        ))),
    );
}

/// The str a method was called on (also for str subclasses).
fn this(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match Vm::unwrap_base(v) {
        Value::Str(s) => Ok(s),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn sarg(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    match Vm::unwrap_base(v) {
        Value::Str(s) => Ok(s),
        _ => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(v)))),
    }
}

fn s(v: String) -> PyResult<Value> {
    Ok(Value::string(v))
}

fn str_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = vm.types.str_.clone();
    let (cls, exact) = new_cls(vm, args, &t)?;
    let [obj_kw, enc_kw, err_kw] = kwargs(vm, "str", kw, ["object", "encoding", "errors"])?;
    let a = &args[1..];
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            a.len()
        )));
    }
    let obj = a.first().cloned().or(obj_kw);
    let enc = a.get(1).cloned().or(enc_kw);
    let errs = a.get(2).cloned().or(err_kw);
    let v = match obj {
        None => Value::str(""),
        Some(o) => {
            if enc.is_some() || errs.is_some() {
                match super::bytes::bytes_like(&o) {
                    Some(b) => decode_bytes(vm, &b[..], enc.as_ref(), errs.as_ref())?,
                    None => {
                        return Err(vm.type_error(format!(
                            "decoding to str: need a bytes-like object, {} found",
                            vm.type_name(&o)
                        )))
                    }
                }
            } else {
                vm.to_str(&o)?
            }
        }
    };
    Ok(if exact { v } else { wrap_subclass(&cls, v) })
}

/// Decodes bytes (`str(b, encoding, errors)`, `bytes.decode`).
pub(crate) fn decode_bytes(
    vm: &mut Vm,
    data: &[u8],
    enc: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Value> {
    super::codecs::decode(vm, data, enc, errors)
}

fn upper(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.upper", &a[1..], 0, 0)?;
    s(this(vm, &a[0])?.as_str().to_uppercase())
}

fn lower(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.lower", &a[1..], 0, 0)?;
    s(this(vm, &a[0])?.as_str().to_lowercase())
}

fn casefold(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.casefold", &a[1..], 0, 0)?;
    let st = this(vm, &a[0])?;
    let mut out = String::new();
    for c in st.as_str().chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ſ' => out.push('s'),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬀ' => out.push_str("ff"),
            'ς' => out.push('σ'),
            c => out.extend(c.to_lowercase()),
        }
    }
    s(out)
}

fn capitalize(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.capitalize", &a[1..], 0, 0)?;
    let st = this(vm, &a[0])?;
    let mut chars = st.as_str().chars();
    let out = match chars.next() {
        Some(c) => {
            let first: String = if c.is_lowercase() || c.is_uppercase() {
                title_char(c)
            } else {
                c.to_string()
            };
            first + &chars.as_str().to_lowercase()
        }
        None => String::new(),
    };
    s(out)
}

fn title_char(c: char) -> String {
    match c {
        'ß' => "Ss".into(),
        'ﬁ' => "Fi".into(),
        'ﬂ' => "Fl".into(),
        'ﬀ' => "Ff".into(),
        'ﬃ' => "Ffi".into(),
        'ﬄ' => "Ffl".into(),
        'ﬅ' | 'ﬆ' => "St".into(),
        'ǆ' | 'ǅ' | 'Ǆ' => "ǅ".into(),
        'ǉ' | 'ǈ' | 'Ǉ' => "ǈ".into(),
        'ǌ' | 'ǋ' | 'Ǌ' => "ǋ".into(),
        'ǳ' | 'ǲ' | 'Ǳ' => "ǲ".into(),
        _ => c.to_uppercase().collect(),
    }
}

fn title(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.title", &a[1..], 0, 0)?;
    let st = this(vm, &a[0])?;
    let chars: Vec<char> = st.as_str().chars().collect();
    let mut out = String::new();
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            out.push_str(&title_char(c));
        }
        prev_cased = c.is_alphabetic() && (c.is_lowercase() || c.is_uppercase() || !c.is_ascii());
    }
    s(out)
}

fn swapcase(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.swapcase", &a[1..], 0, 0)?;
    let st = this(vm, &a[0])?;
    let chars: Vec<char> = st.as_str().chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else {
            out.extend(c.to_uppercase());
        }
    }
    s(out)
}

/// Appends the lowercase of `chars[i]`, with Unicode's final-sigma rule
/// (a capital sigma ending a word lowers to 'ς'), as CPython applies it.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let cased = |c: char| c.is_lowercase() || c.is_uppercase() || is_titlecase(c);
    let ignorable = |c: char| {
        matches!(
            c,
            '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{300}'..='\u{36f}'
        )
    };
    let before = chars[..i].iter().rev().find(|c| !ignorable(**c));
    let after = chars[i + 1..].iter().find(|c| !ignorable(**c));
    let final_sigma = before.is_some_and(|c| cased(*c)) && !after.is_some_and(|c| cased(*c));
    out.push(if final_sigma { 'ς' } else { 'σ' });
}

fn strip_chars(vm: &Vm, a: &[Value]) -> PyResult<Option<Vec<char>>> {
    match a.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(c)) => Ok(Some(c.as_str().chars().collect())),
        Some(_) => Err(vm.type_error("strip arg must be None or str")),
    }
}

fn strip(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    match strip_chars(vm, a)? {
        None => s(st.as_str().trim_matches(py_isspace).to_string()),
        Some(cs) => s(st.as_str().trim_matches(|c| cs.contains(&c)).to_string()),
    }
}

fn lstrip(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    match strip_chars(vm, a)? {
        None => s(st.as_str().trim_start_matches(py_isspace).to_string()),
        Some(cs) => s(st
            .as_str()
            .trim_start_matches(|c| cs.contains(&c))
            .to_string()),
    }
}

fn rstrip(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    match strip_chars(vm, a)? {
        None => s(st.as_str().trim_end_matches(py_isspace).to_string()),
        Some(cs) => s(st
            .as_str()
            .trim_end_matches(|c| cs.contains(&c))
            .to_string()),
    }
}

fn split_args(
    vm: &mut Vm,
    a: &[Value],
    kw: KwArgs,
    name: &str,
) -> PyResult<(Option<Rc<PyStr>>, i64)> {
    let [sep_kw, max_kw] = kwargs(vm, name, kw, ["sep", "maxsplit"])?;
    let sep = a.get(1).cloned().or(sep_kw);
    let maxsplit = a.get(2).cloned().or(max_kw);
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let p = sarg(vm, &v, "must be str or None").map_err(|_| {
                vm.type_error(format!("must be str or None, not {}", vm.type_name(&v)))
            })?;
            if p.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(p)
        }
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => vm.index_of(&v, "maxsplit")?,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    let (sep, maxsplit) = split_args(vm, a, kw, "split")?;
    let text = st.as_str();
    let parts: Vec<String> = match sep {
        Some(p) => {
            if maxsplit < 0 {
                text.split(p.as_str()).map(String::from).collect()
            } else {
                text.splitn(maxsplit as usize + 1, p.as_str())
                    .map(String::from)
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = text.trim_start_matches(py_isspace);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                let end = rest.find(py_isspace).unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = rest[end..].trim_start_matches(py_isspace);
            }
            out
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::string).collect()))
}

fn rsplit(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    let (sep, maxsplit) = split_args(vm, a, kw, "rsplit")?;
    let text = st.as_str();
    let mut parts: Vec<String> = match sep {
        Some(p) => {
            if maxsplit < 0 {
                text.rsplit(p.as_str()).map(String::from).collect()
            } else {
                text.rsplitn(maxsplit as usize + 1, p.as_str())
                    .map(String::from)
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = text.trim_end_matches(py_isspace);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(py_isspace)
                    .map(|i| i + rest[i..].chars().next().map_or(1, |c| c.len_utf8()))
                    .unwrap_or(0);
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(py_isspace);
            }
            out
        }
    };
    parts.reverse();
    Ok(Value::list(parts.into_iter().map(Value::string).collect()))
}

fn splitlines(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [ke_kw] = kwargs(vm, "splitlines", kw, ["keepends"])?;
    let st = this(vm, &a[0])?;
    let keep = match a.get(1).cloned().or(ke_kw) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let text = st.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = iter.peek() {
                iter.next();
                end += 1;
            }
        }
        out.push(
            if keep {
                &text[start..end]
            } else {
                &text[start..i]
            }
            .to_string(),
        );
        start = end;
    }
    if start < text.len() {
        out.push(text[start..].to_string());
    }
    Ok(Value::list(out.into_iter().map(Value::string).collect()))
}

fn join(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.join", &a[1..], 1, 1)?;
    let sep = this(vm, &a[0])?;
    let items = vm.collect(&a[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match Vm::unwrap_base(it) {
            Value::Str(p) => out.push_str(p.as_str()),
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )))
            }
        }
    }
    s(out)
}

fn replace(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [count_kw] = kwargs(vm, "replace", kw, ["count"])?;
    if a.len() < 3 {
        return Err(vm.type_error(format!(
            "replace() takes at least 2 positional arguments ({} given)",
            a.len() - 1
        )));
    }
    let st = this(vm, &a[0])?;
    let old = sarg(vm, &a[1], "replace() argument 1")?;
    let new = sarg(vm, &a[2], "replace() argument 2")?;
    let count = match a.get(3).cloned().or(count_kw) {
        Some(v) => vm.index_of(&v, "count")?,
        None => -1,
    };
    if count < 0 {
        return s(st.as_str().replace(old.as_str(), new.as_str()));
    }
    if old.is_empty() {
        // Insert between characters, at most `count` times.
        let mut out = String::new();
        let mut n = 0;
        for c in st.as_str().chars() {
            if n < count {
                out.push_str(new.as_str());
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new.as_str());
        }
        return s(out);
    }
    s(st.as_str()
        .replacen(old.as_str(), new.as_str(), count as usize))
}

/// (start, end) char indices from optional slice arguments.
fn span(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let conv = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.index_of(v, "slice")?;
                Ok(if i < 0 { (i + n).max(0) } else { i })
            }
        }
    };
    // Like CPython's ADJUST_INDICES: the end is clamped, a start past the
    // end is kept (and then finds nothing).
    let s = conv(vm, start, 0)?;
    let e = conv(vm, end, n)?.min(n);
    Ok((s as usize, e.max(s.min(n)) as usize))
}

fn find_impl(vm: &mut Vm, a: &[Value], reverse: bool) -> PyResult<i64> {
    if a.len() < 2 {
        return Err(vm.type_error("find expected at least 1 argument, got 0"));
    }
    let st = this(vm, &a[0])?;
    let sub = sarg(vm, &a[1], "must be str")
        .map_err(|_| vm.type_error(format!("must be str, not {}", vm.type_name(&a[1]))))?;
    let (start, end) = span(vm, st.len(), a.get(2), a.get(3))?;
    if start > st.len() || end.saturating_sub(start) < sub.len() {
        return Ok(if sub.is_empty() && start <= end {
            start as i64
        } else {
            -1
        });
    }
    let hay = st.substr(start, end);
    let pos = if reverse {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(match pos {
        Some(b) => (start + hay[..b].chars().count()) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, a, false)?))
}

fn rfind(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, a, true)?))
}

fn index(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    match find_impl(vm, a, false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    match find_impl(vm, a, true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "count", &a[1..], 1, 3)?;
    let st = this(vm, &a[0])?;
    let sub = sarg(vm, &a[1], "must be str")?;
    let (start, end) = span(vm, st.len(), a.get(2), a.get(3))?;
    if start > st.len() {
        return Ok(Value::Int(0));
    }
    let hay = st.substr(start, end);
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(hay.matches(sub.as_str()).count() as i64))
}

fn affix(vm: &mut Vm, a: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let st = this(vm, &a[0])?;
    let (start, end) = span(vm, st.len(), a.get(2), a.get(3))?;
    if start > st.len() {
        return Ok(Value::bool(false));
    }
    let hay = st.substr(start, end);
    let check = |p: &str| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match &a[1] {
        Value::Tuple(t) => {
            for p in t.iter() {
                let Value::Str(p) = Vm::unwrap_base(p) else {
                    return Err(vm.type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        vm.type_name(p)
                    )));
                };
                if check(p.as_str()) {
                    return Ok(Value::bool(true));
                }
            }
            Ok(Value::bool(false))
        }
        v => match Vm::unwrap_base(v) {
            Value::Str(p) => Ok(Value::bool(check(p.as_str()))),
            _ => Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn startswith(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    affix(vm, a, "startswith", false)
}

fn endswith(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    affix(vm, a, "endswith", true)
}

fn pred(vm: &mut Vm, a: &[Value], f: impl Fn(char) -> bool) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    Ok(Value::bool(!st.is_empty() && st.as_str().chars().all(f)))
}

fn is_decimal_char(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii() && c.is_numeric() && c.to_digit(10).is_none() && unicode_decimal(c))
}

fn unicode_decimal(c: char) -> bool {
    const ZEROS: &[u32] = &[
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
        0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10,
    ];
    let n = c as u32;
    ZEROS.iter().any(|&z| n >= z && n < z + 10)
}

fn isdigit(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.isdigit", &a[1..], 0, 0)?;
    pred(vm, a, |c| {
        is_decimal_char(c) || matches!(c, '²' | '³' | '¹' | '⁰'..='⁹' | '₀'..='₉' | '①'..='⑨')
    })
}

fn isdecimal(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.isdecimal", &a[1..], 0, 0)?;
    pred(vm, a, is_decimal_char)
}

fn isnumeric(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.isnumeric", &a[1..], 0, 0)?;
    pred(vm, a, |c| c.is_numeric())
}

fn isalpha(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.isalpha", &a[1..], 0, 0)?;
    pred(vm, a, |c| c.is_alphabetic() && !c.is_numeric())
}

fn isalnum(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.isalnum", &a[1..], 0, 0)?;
    pred(vm, a, |c| c.is_alphanumeric())
}

fn isspace(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.isspace", &a[1..], 0, 0)?;
    pred(vm, a, py_isspace)
}

fn isupper(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.isupper", &a[1..], 0, 0)?;
    let st = this(vm, &a[0])?;
    let t = st.as_str();
    Ok(Value::bool(
        t.chars().any(|c| c.is_uppercase()) && !t.chars().any(|c| c.is_lowercase()),
    ))
}

fn islower(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.islower", &a[1..], 0, 0)?;
    let st = this(vm, &a[0])?;
    let t = st.as_str();
    Ok(Value::bool(
        t.chars().any(|c| c.is_lowercase()) && !t.chars().any(|c| c.is_uppercase()),
    ))
}

fn istitle(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.istitle", &a[1..], 0, 0)?;
    let st = this(vm, &a[0])?;
    let mut prev_cased = false;
    let mut cased = false;
    for c in st.as_str().chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

/// Unicode titlecase letters (category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | '\u{1f88}'..='\u{1f8f}' | '\u{1f98}'..='\u{1f9f}'
        | '\u{1fa8}'..='\u{1faf}' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}')
}

/// `str.isspace()` for one character (includes the ASCII separators
/// \x1c-\x1f that Rust does not count as whitespace).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

pub fn is_identifier(t: &str) -> bool {
    let mut chars = t.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    // XID_Continue also admits combining marks and connector punctuation.
    chars.all(|c| {
        c == '_'
            || c.is_alphanumeric()
            || matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' | '\u{203f}' | '\u{2040}' | '\u{b7}')
    })
}

fn isidentifier(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.isidentifier", &a[1..], 0, 0)?;
    let st = this(vm, &a[0])?;
    Ok(Value::bool(is_identifier(st.as_str())))
}

fn isprintable(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.isprintable", &a[1..], 0, 0)?;
    let st = this(vm, &a[0])?;
    Ok(Value::bool(
        st.as_str().chars().all(crate::interp::format::is_printable),
    ))
}

fn isascii(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "str.isascii", &a[1..], 0, 0)?;
    let st = this(vm, &a[0])?;
    Ok(Value::bool(st.as_str().is_ascii()))
}

fn pad_args(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<(Rc<PyStr>, usize, char)> {
    arity(vm, name, &a[1..], 1, 2)?;
    let st = this(vm, &a[0])?;
    let w = vm.index_of(&a[1], "width")?.max(0) as usize;
    let fill = match a.get(2) {
        None => ' ',
        Some(v) => {
            let f = sarg(vm, v, "The fill character")?;
            if f.len() != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            f.char_at(0)
        }
    };
    Ok((st, w, fill))
}

fn center(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (st, w, fill) = pad_args(vm, a, "center")?;
    let n = st.len();
    if n >= w {
        return Ok(Value::Str(st));
    }
    let total = w - n;
    // CPython's rule for where the odd padding character goes.
    let left = total / 2 + (total & w & 1);
    let right = total - left;
    let f = |k: usize| fill.to_string().repeat(k);
    s(format!("{}{}{}", f(left), st.as_str(), f(right)))
}

fn ljust(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (st, w, fill) = pad_args(vm, a, "ljust")?;
    let n = st.len();
    if n >= w {
        return Ok(Value::Str(st));
    }
    s(format!("{}{}", st.as_str(), fill.to_string().repeat(w - n)))
}

fn rjust(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (st, w, fill) = pad_args(vm, a, "rjust")?;
    let n = st.len();
    if n >= w {
        return Ok(Value::Str(st));
    }
    s(format!("{}{}", fill.to_string().repeat(w - n), st.as_str()))
}

fn zfill(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "zfill", &a[1..], 1, 1)?;
    let st = this(vm, &a[0])?;
    let w = vm.index_of(&a[1], "width")?.max(0) as usize;
    let n = st.len();
    if n >= w {
        return Ok(Value::Str(st));
    }
    let t = st.as_str();
    let (sign, rest) = match t.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &t[1..]),
        _ => (String::new(), t),
    };
    s(format!("{sign}{}{rest}", "0".repeat(w - n)))
}

fn partition_impl(vm: &mut Vm, a: &[Value], right: bool) -> PyResult<Value> {
    arity(vm, "partition", &a[1..], 1, 1)?;
    let st = this(vm, &a[0])?;
    let sep = sarg(vm, &a[1], "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let t = st.as_str();
    let found = if right {
        t.rfind(sep.as_str())
    } else {
        t.find(sep.as_str())
    };
    Ok(match found {
        Some(i) => Value::tuple(vec![
            Value::str(&t[..i]),
            Value::Str(sep.clone()),
            Value::str(&t[i + sep.as_str().len()..]),
        ]),
        None => {
            if right {
                Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(st.clone())])
            } else {
                Value::tuple(vec![Value::Str(st.clone()), Value::str(""), Value::str("")])
            }
        }
    })
}

fn partition(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    partition_impl(vm, a, false)
}

fn rpartition(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    partition_impl(vm, a, true)
}

fn expandtabs(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [ts_kw] = kwargs(vm, "expandtabs", kw, ["tabsize"])?;
    let st = this(vm, &a[0])?;
    let ts = match a.get(1).cloned().or(ts_kw) {
        Some(v) => vm.index_of(&v, "tabsize")?,
        None => 8,
    };
    s(expand_tabs(st.as_str(), ts))
}

/// `str.expandtabs(tabsize)`: tabs become spaces up to the next multiple
/// of `tabsize` columns (none at all when it is not positive).
pub(crate) fn expand_tabs(text: &str, tabsize: i64) -> String {
    let mut out = String::new();
    let mut col = 0i64;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn removeprefix(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "removeprefix", &a[1..], 1, 1)?;
    let st = this(vm, &a[0])?;
    let p = sarg(vm, &a[1], "removeprefix() argument")?;
    s(st.as_str()
        .strip_prefix(p.as_str())
        .unwrap_or(st.as_str())
        .to_string())
}

fn removesuffix(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "removesuffix", &a[1..], 1, 1)?;
    let st = this(vm, &a[0])?;
    let p = sarg(vm, &a[1], "removesuffix() argument")?;
    s(st.as_str()
        .strip_suffix(p.as_str())
        .unwrap_or(st.as_str())
        .to_string())
}

fn format(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    let kwd = PyDict::new();
    for (k, v) in kw {
        kwd.set_str(k.clone(), v.clone());
    }
    let mapping = Value::Dict(Rc::new(kwd));
    s(str_format(vm, st.as_str(), &a[1..], &mapping)?)
}

fn format_map(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "format_map", &a[1..], 1, 1)?;
    let st = this(vm, &a[0])?;
    s(str_format(vm, st.as_str(), &[], &a[1])?)
}

/// `str.format`: replacement fields with auto/manual numbering, `.attr`
/// and `[key]` lookups, conversions and nested specs.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &Value) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut auto = 0usize;
    let mut mode: Option<bool> = None; // Some(true) = automatic
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 == chars.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            // Find the matching '}' allowing nesting in the spec; in the
            // field name, `[...]` is skipped whole (CPython's scan).
            let mut depth = 1;
            let mut in_spec = false;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '[' if !in_spec => {
                        while j < chars.len() && chars[j] != ']' {
                            j += 1;
                        }
                        if j >= chars.len() {
                            break;
                        }
                    }
                    ':' if depth == 1 => in_spec = true,
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            // Split field into name, conversion, spec.
            let (name_part, spec) = split_field(&field);
            let (name, conv) = match name_part.split_once('!') {
                Some((n, c)) => {
                    if c.len() != 1 {
                        return Err(vm.value_error("expected ':' after conversion specifier"));
                    }
                    (n.to_string(), c.chars().next())
                }
                None => (name_part.to_string(), None),
            };
            // First component of the name.
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let first = &name[..first_end];
            let mut value = if first.is_empty() {
                if mode == Some(false) {
                    return Err(vm.value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                mode = Some(true);
                let v = args.get(auto).cloned().ok_or_else(|| {
                    vm.err(
                        ExcKind::IndexError,
                        format!("Replacement index {auto} out of range for positional args tuple"),
                    )
                })?;
                auto += 1;
                v
            } else if let Some(n) = decimal_index(first) {
                if mode == Some(true) {
                    return Err(vm.value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                mode = Some(false);
                args.get(n).cloned().ok_or_else(|| {
                    vm.err(
                        ExcKind::IndexError,
                        format!("Replacement index {n} out of range for positional args tuple"),
                    )
                })?
            } else {
                vm.get_item(kwargs, &Value::str(first))?
            };
            // .attr and [key] chains.
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    value = vm.get_attr_str(&value, &r[..end])?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r
                        .find(']')
                        .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                    let key = &r[..end];
                    let k = match decimal_index(key) {
                        Some(n) => Value::Int(n as i64),
                        None => Value::str(key),
                    };
                    value = vm.get_item(&value, &k)?;
                    rest = &r[end + 1..];
                } else {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
            let value = match conv {
                None => value,
                Some('s') => Value::string(vm.str_of(&value)?),
                Some('r') => Value::string(vm.repr_str(&value)?),
                Some('a') => Value::string(vm.ascii_of(&value)?),
                Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
            };
            // Nested fields in the spec.
            let spec = if spec.contains('{') {
                let mut inner_auto = args.to_vec();
                let _ = &mut inner_auto;

                str_format_nested(vm, spec, args, kwargs, &mut auto, &mut mode)?
            } else {
                spec.to_string()
            };
            out.push_str(&vm.format(&value, &spec)?);
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// A field name or element index made only of decimal digits is an
/// integer ("-1" and "+1" are string keys).
fn decimal_index(s: &str) -> Option<usize> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn split_field(field: &str) -> (&str, &str) {
    // The spec starts at the first ':' outside brackets.
    let mut depth = 0;
    for (i, c) in field.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ':' if depth == 0 => return (&field[..i], &field[i + 1..]),
            _ => {}
        }
    }
    (field, "")
}

fn str_format_nested(
    vm: &mut Vm,
    spec: &str,
    args: &[Value],
    kwargs: &Value,
    auto: &mut usize,
    mode: &mut Option<bool>,
) -> PyResult<String> {
    let mut out = String::new();
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '{' {
            let j = (i + 1..chars.len())
                .find(|&k| chars[k] == '}')
                .unwrap_or(chars.len());
            let name: String = chars[i + 1..j].iter().collect();
            let v = if name.is_empty() {
                *mode = Some(true);
                let v = args.get(*auto).cloned().unwrap_or(Value::None);
                *auto += 1;
                v
            } else if let Ok(n) = name.parse::<usize>() {
                *mode = Some(false);
                args.get(n).cloned().unwrap_or(Value::None)
            } else {
                vm.get_item(kwargs, &Value::string(name))?
            };
            out.push_str(&vm.str_of(&v)?);
            i = j + 1;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    Ok(out)
}

pub(crate) fn encode(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [enc_kw, err_kw] = kwargs(vm, "encode", kw, ["encoding", "errors"])?;
    arity(vm, "encode", &a[1..], 0, 2)?;
    let st = this(vm, &a[0])?;
    let enc = a.get(1).cloned().or(enc_kw);
    let errors = a.get(2).cloned().or(err_kw);
    let data = super::codecs::encode(vm, st.as_str(), enc.as_ref(), errors.as_ref())?;
    Ok(Value::Bytes(Rc::new(PyBytes::new(data))))
}

fn maketrans(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = PyDict::new();
    match a.len() {
        1 => {
            if let Value::Dict(src) = &a[0] {
                for (k, v) in src.items() {
                    let k = match &k {
                        Value::Str(s) if s.len() == 1 => Value::Int(s.char_at(0) as i64),
                        other => other.clone(),
                    };
                    d.set(vm, k, v)?;
                }
            }
        }
        2 | 3 => {
            let x = sarg(vm, &a[0], "maketrans() argument 1")?;
            let y = sarg(vm, &a[1], "maketrans() argument 2")?;
            if x.len() != y.len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (c1, c2) in x.as_str().chars().zip(y.as_str().chars()) {
                d.set(vm, Value::Int(c1 as i64), Value::Int(c2 as i64))?;
            }
            if let Some(z) = a.get(2) {
                let z = sarg(vm, z, "maketrans() argument 3")?;
                for c in z.as_str().chars() {
                    d.set(vm, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes 1 to 3 arguments")),
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn translate(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "translate", &a[1..], 1, 1)?;
    let st = this(vm, &a[0])?;
    let mut out = String::new();
    for c in st.as_str().chars() {
        match vm.get_item(&a[1], &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => out.push(char::from_u32(n as u32).unwrap_or(c)),
            Ok(Value::Str(r)) => out.push_str(r.as_str()),
            Ok(_) => {
                return Err(vm.type_error("character mapping must return integer, None or str"))
            }
            Err(e) if vm.is_exc_kind(&e, ExcKind::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    s(out)
}

fn str_len(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &a[0])?.len() as i64))
}

fn str_getitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    vm.get_item(&Value::Str(st), &a[1])
}

fn str_contains(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    Ok(Value::bool(vm.contains(&Value::Str(st), &a[1])?))
}

fn str_add(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    let other = Vm::unwrap_base(&a[1]);
    Ok(vm
        .native_binary(crate::frontend::ast::BinOp::Add, &Value::Str(st), &other)?
        .unwrap_or(Value::NotImplemented))
}

fn str_mul(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    Ok(vm
        .native_binary(crate::frontend::ast::BinOp::Mul, &Value::Str(st), &a[1])?
        .unwrap_or(Value::NotImplemented))
}

fn str_mod(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    vm.percent_format(&st, &a[1])
}

fn str_eq(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    Ok(match Vm::unwrap_base(&a[1]) {
        Value::Str(o) => Value::bool(st.as_str() == o.as_str()),
        _ => Value::NotImplemented,
    })
}

fn str_lt(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    Ok(match Vm::unwrap_base(&a[1]) {
        Value::Str(o) => Value::bool(st.as_str() < o.as_str()),
        _ => Value::NotImplemented,
    })
}

fn str_hash(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &a[0])?.hash()))
}

fn str_str(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Str(this(vm, &a[0])?))
}

fn str_repr_m(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    s(crate::interp::format::str_repr(st.as_str()))
}

fn str_format_m(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__format__", &a[1..], 1, 1)?;
    let st = this(vm, &a[0])?;
    let spec = sarg(vm, &a[1], "format spec")?;
    // An empty spec formats as `str(self)`, which a subclass may override.
    if spec.is_empty() && matches!(a[0], Value::Instance(_)) {
        return vm.to_str(&a[0]);
    }
    s(vm.format_str(st.as_str(), spec.as_str())?)
}

fn str_iter(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = this(vm, &a[0])?;
    vm.get_iter(&Value::Str(st))
}
