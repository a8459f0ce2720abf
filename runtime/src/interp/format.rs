//! `repr()`, `str()`, `format()` with the format-spec mini-language, and
//! printf-style `%` formatting.

use super::vm::Vm;
use crate::exc_kind::ExcKind;
use crate::objects::float;
use crate::objects::*;
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// CPython's limit on int/str conversion size (sys.int_info).
pub const MAX_STR_DIGITS: usize = 4300;

/// Python's repr of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Approximates `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let n = c as u32;
    !matches!(n,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f
        | 0x202a..=0x202e | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xd800..=0xdfff
        | 0xe000..=0xf8ff | 0xfdd0..=0xfdef | 0xfffe | 0xffff)
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    pub fn int_to_string(&self, b: &BigInt) -> PyResult<String> {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > MAX_STR_DIGITS && self.int_digit_limit() != 0 && digits > self.int_digit_limit()
        {
            return Err(self.value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                self.int_digit_limit()
            )));
        }
        Ok(s)
    }

    pub fn int_digit_limit(&self) -> usize {
        match self.sys.dict.get_item_str("_int_max_str_digits") {
            Some(Value::Int(n)) => n as usize,
            _ => MAX_STR_DIGITS,
        }
    }

    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        Ok(Value::string(self.repr_str(v)?))
    }

    pub fn repr_str(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Unbound => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.int_to_string(b)?,
            Value::Float(f) => float::repr(f.get()),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(&b.data),
            Value::List(l) => {
                let items = l.snapshot();
                self.repr_seq(v, &items, "[", "]", false)?
            }
            Value::Tuple(t) => {
                let items = t.as_slice().to_vec();
                self.repr_seq(v, &items, "(", ")", items.len() == 1)?
            }
            Value::Dict(d) => self.repr_dict(v, d)?,
            Value::Set(s) => {
                if s.is_empty() {
                    "set()".into()
                } else {
                    let items = s.keys();
                    self.repr_seq(v, &items, "{", "}", false)?
                }
            }
            Value::FrozenSet(s) => {
                if s.is_empty() {
                    "frozenset()".into()
                } else {
                    let items = s.keys();
                    format!("frozenset({})", self.repr_seq(v, &items, "{", "}", false)?)
                }
            }
            Value::Range(r) => {
                if r.step() == BigInt::from(1) {
                    format!("range({}, {})", r.start(), r.stop())
                } else {
                    format!("range({}, {}, {})", r.start(), r.stop(), r.step())
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr_str(&s.start)?,
                self.repr_str(&s.stop)?,
                self.repr_str(&s.step)?
            ),
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow().as_str(),
                Rc::as_ptr(f) as usize
            ),
            Value::Builtin(b) => match (&b.owner, &b.bound) {
                (_, Some(recv)) if !matches!(recv, Value::Module(_)) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    self.type_name(recv),
                    recv.heap_ptr().unwrap_or(0)
                ),
                (Some(owner), _) => format!("<method '{}' of '{}' objects>", b.name, owner),
                _ => format!("<built-in function {}>", b.name),
            },
            Value::Method(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                    Value::Builtin(b) => b.name.to_string(),
                    other => self.repr_str(other)?,
                };
                match &m.func {
                    Value::Builtin(b) => format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(&m.receiver),
                        m.receiver.heap_ptr().unwrap_or(0)
                    ),
                    _ => format!(
                        "<bound method {} of {}>",
                        fname,
                        self.repr_str(&m.receiver)?
                    ),
                }
            }
            Value::Type(t) => {
                // A metaclass __repr__ written in Python (type's own is
                // this code).
                if let Some(f) = self
                    .user_special(v, "__repr__")
                    .filter(|f| !matches!(f, Value::Builtin(_)))
                {
                    let r = self.call_special(&f, v, &[])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                let module = match t.dict.get_item_str("__module__") {
                    Some(Value::Str(s)) if s.as_str() != "builtins" => format!("{}.", s.as_str()),
                    _ => String::new(),
                };
                format!("<class '{}{}'>", module, t.qualname.borrow())
            }
            Value::Module(m) => {
                if self.native_modules.contains_key(&*m.name)
                    || &*m.name == "sys"
                    || &*m.name == "builtins"
                {
                    format!("<module '{}' (built-in)>", m.name)
                } else {
                    match m.dict.get_item_str("__file__") {
                        Some(Value::Str(f)) => {
                            format!("<module '{}' from '{}'>", m.name, f.as_str())
                        }
                        _ => format!("<module '{}'>", m.name),
                    }
                }
            }
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name.as_str(),
                Rc::as_ptr(c) as usize,
                c.filename,
                c.firstlineno
            ),
            Value::Cell(c) => {
                let inner = c.get();
                if inner.is_unbound() {
                    format!("<cell at {:#x}: empty>", Rc::as_ptr(c) as usize)
                } else {
                    format!(
                        "<cell at {:#x}: {} object at {:#x}>",
                        Rc::as_ptr(c) as usize,
                        self.type_name(&inner),
                        inner.heap_ptr().unwrap_or(0)
                    )
                }
            }
            Value::Instance(i) => {
                if let Some(f) = self.user_special(v, "__repr__") {
                    let r = self.call_special(&f, v, &[])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(exc) = &i.exc {
                    let args = exc.args.borrow().clone();
                    let name = i.class().name();
                    let inner = if args.len() == 1 {
                        self.repr_str(&args[0])?
                    } else {
                        let items = args.as_slice().to_vec();
                        let s = self.repr_seq(v, &items, "(", ")", false)?;
                        s[1..s.len() - 1].to_string()
                    };
                    return Ok(format!("{name}({inner})"));
                }
                let base = i.base.borrow().clone();
                if !base.is_unbound() {
                    return self.repr_str(&base);
                }
                self.default_repr(v)?
            }
            Value::Frame(f) => format!(
                "<frame at {:#x}, file '{}', line {}, code {}>",
                Rc::as_ptr(f) as usize,
                f.code.filename,
                f.final_line.get(),
                f.code.name.as_str()
            ),
            Value::Iter(_) => self.default_repr(v)?,
            Value::Other(o) => match &**o {
                Other::Generator(g) => format!(
                    "<generator object {} at {:#x}>",
                    g.qualname.borrow().as_str(),
                    Rc::as_ptr(o) as usize
                ),
                Other::DictView { dict, kind } => {
                    let name = match kind {
                        iter::DictIterKind::Keys => "dict_keys",
                        iter::DictIterKind::Values => "dict_values",
                        iter::DictIterKind::Items => "dict_items",
                    };
                    let items: Vec<Value> = match kind {
                        iter::DictIterKind::Keys => dict.keys(),
                        iter::DictIterKind::Values => dict.values(),
                        iter::DictIterKind::Items => dict
                            .items()
                            .into_iter()
                            .map(|(k, v)| Value::tuple(vec![k, v]))
                            .collect(),
                    };
                    format!("{name}({})", self.repr_seq(v, &items, "[", "]", false)?)
                }
                Other::FrameLocalsProxy(f) => {
                    // Proxies of one frame are one mapping: a proxy found
                    // among its own values shows as `{...}`.
                    let id = Rc::as_ptr(f) as usize;
                    if self.repr_active.contains(&id) {
                        return Ok("{...}".into());
                    }
                    let f = f.clone();
                    let dv = self.proxy_dict(&f);
                    self.repr_active.push(id);
                    let r = self.repr_str(&dv);
                    self.repr_active.pop();
                    r?
                }
                _ => {
                    if let Some(f) = self.user_special(v, "__repr__") {
                        let r = self.call_special(&f, v, &[])?;
                        return self.str_of(&r);
                    }
                    self.default_repr(v)?
                }
            },
        })
    }

    /// `<module.Class object at 0x...>`.
    pub fn default_repr(&mut self, v: &Value) -> PyResult<String> {
        let t = self.type_of(v);
        let module = match t.dict.get_item_str("__module__") {
            Some(Value::Str(s)) if s.as_str() != "builtins" => format!("{}.", s.as_str()),
            _ => String::new(),
        };
        Ok(format!(
            "<{}{} object at {:#x}>",
            module,
            t.qualname.borrow(),
            v.heap_ptr().unwrap_or(0)
        ))
    }

    fn repr_seq(
        &mut self,
        container: &Value,
        items: &[Value],
        open: &str,
        close: &str,
        trailing_comma: bool,
    ) -> PyResult<String> {
        let id = container.heap_ptr().unwrap_or(0);
        if self.repr_active.contains(&id) {
            return Ok(format!("{open}...{close}"));
        }
        self.repr_active.push(id);
        self.enter_native()?;
        let r = (|| {
            let mut out = String::from(open);
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&self.repr_str(it)?);
            }
            if trailing_comma {
                out.push(',');
            }
            out.push_str(close);
            Ok(out)
        })();
        self.leave_native();
        self.repr_active.pop();
        r
    }

    fn repr_dict(&mut self, container: &Value, d: &PyDict) -> PyResult<String> {
        let id = container.heap_ptr().unwrap_or(0);
        if self.repr_active.contains(&id) {
            return Ok("{...}".into());
        }
        self.repr_active.push(id);
        self.enter_native()?;
        let r = (|| {
            let mut out = String::from("{");
            for (i, (k, v)) in d.items().into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&self.repr_str(&k)?);
                out.push_str(": ");
                out.push_str(&self.repr_str(&v)?);
            }
            out.push('}');
            Ok(out)
        })();
        self.leave_native();
        self.repr_active.pop();
        r
    }

    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(i) => {
                if let Some(f) = self.user_special(v, "__str__") {
                    let r = self.call_special(&f, v, &[])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if i.exc.is_some() {
                    return self.exception_str(i);
                }
                if self.user_special(v, "__repr__").is_some() {
                    return self.repr_str(v);
                }
                let base = i.base.borrow().clone();
                if !base.is_unbound() {
                    return self.str_of(&base);
                }
                self.repr_str(v)
            }
            Value::Other(_) => {
                if let Some(f) = self.user_special(v, "__str__") {
                    let r = self.call_special(&f, v, &[])?;
                    return self.str_of(&r);
                }
                self.repr_str(v)
            }
            Value::Type(_) => {
                if let Some(f) = self
                    .user_special(v, "__str__")
                    .filter(|f| !matches!(f, Value::Builtin(_)))
                {
                    let r = self.call_special(&f, v, &[])?;
                    return self.str_of(&r);
                }
                self.repr_str(v)
            }
            _ => self.repr_str(v),
        }
    }

    pub fn to_str(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            _ => Ok(Value::string(self.str_of(v)?)),
        }
    }

    /// `ascii()`: repr with non-ASCII escaped.
    pub fn ascii_of(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr_str(v)?;
        let mut out = String::new();
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(out)
    }

    /// f-string replacement field.
    pub(crate) fn format_value(
        &mut self,
        v: &Value,
        conv: u8,
        spec: Option<Value>,
    ) -> PyResult<Value> {
        let v = match conv {
            b's' => Value::string(self.str_of(v)?),
            b'r' => Value::string(self.repr_str(v)?),
            b'a' => Value::string(self.ascii_of(v)?),
            _ => v.clone(),
        };
        let spec = match spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        if spec.is_empty() {
            if let Value::Str(_) = v {
                return Ok(v);
            }
        }
        self.format(&v, &spec).map(Value::string)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Str(s) => self.format_str(s.as_str(), spec),
            Value::Int(_) | Value::BigInt(_) => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let b = int::to_big(v).unwrap_or_default();
                self.format_int(&b, spec)
            }
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if b.get() { "True" } else { "False" }.into());
                }
                self.format_int(&BigInt::from(b.get() as i64), spec)
            }
            Value::Float(f) => self.format_float(f.get(), spec),
            Value::Instance(_) | Value::Other(_) | Value::Type(_) => {
                if let Some(f) = self.user_special(v, "__format__") {
                    let r = self.call_special(&f, v, &[Value::str(spec)])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        _ => Err(self.type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                let base = Self::unwrap_base(v);
                if !base.is(v) {
                    return self.format(&base, spec);
                }
                self.format_object(v, spec)
            }
            _ => self.format_object(v, spec),
        }
    }

    fn format_object(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if !spec.is_empty() {
            return Err(self.type_error(format!(
                "unsupported format string passed to {}.__format__",
                self.type_name(v)
            )));
        }
        self.str_of(v)
    }

    /// Parses a format spec for a value of type `ty` (named in errors).
    fn spec(&self, spec: &str, ty: &str) -> PyResult<Spec> {
        Spec::parse(spec).map_err(|m| {
            if m == INVALID_SPEC {
                self.value_error(format!("{m} '{spec}' for object of type '{ty}'"))
            } else {
                self.value_error(m)
            }
        })
    }

    pub fn format_str(&mut self, s: &str, spec: &str) -> PyResult<String> {
        let sp = self.spec(spec, "str")?;
        if let Some(t) = sp.ty {
            if t != 's' {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'str'"
                )));
            }
        }
        if sp.sign.is_some() {
            return Err(self.value_error("Sign not allowed in string format specifier"));
        }
        if sp.z {
            return Err(self
                .value_error("Negative zero coercion (z) not allowed in string format specifier"));
        }
        if sp.grouping.is_some() {
            return Err(self.value_error("Cannot specify ',' with 's'."));
        }
        if sp.align == Some('=') {
            return Err(self.value_error("'=' alignment not allowed in string format specifier"));
        }
        let body: String = match sp.precision {
            Some(p) => s.chars().take(p).collect(),
            None => s.to_string(),
        };
        Ok(pad(&body, &sp, '<'))
    }

    pub fn format_int(&mut self, b: &BigInt, spec: &str) -> PyResult<String> {
        let sp = self.spec(spec, "int")?;
        let ty = sp.ty.unwrap_or('d');
        if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            let f = int::big_to_f64(b).map_err(|e| self.native(e))?;
            return self.format_float(f, spec);
        }
        if sp.precision.is_some() {
            return Err(self.value_error("Precision not allowed in integer format specifier"));
        }
        if sp.z {
            return Err(self.value_error(
                "Negative zero coercion (z) not allowed in integer format specifier",
            ));
        }
        if ty == 'c' {
            if sp.sign.is_some() {
                return Err(self.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            let c = b
                .to_u32()
                .and_then(char::from_u32)
                .ok_or_else(|| self.err(ExcKind::OverflowError, "%c arg not in range(0x110000)"))?;
            return Ok(pad(&c.to_string(), &sp, '>'));
        }
        let (radix, prefix) = match ty {
            'd' | 'n' => (10, ""),
            'b' => (2, "0b"),
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => {
                return Err(self.value_error(format!(
                    "Unknown format code '{ty}' for object of type 'int'"
                )))
            }
        };
        let mut digits = b.abs().to_str_radix(radix);
        if ty == 'X' {
            digits = digits.to_uppercase();
        }
        if radix == 10 && digits.len() > self.int_digit_limit() {
            return Err(self.value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                self.int_digit_limit()
            )));
        }
        if let Some(g) = sp.grouping {
            if g == ',' && radix != 10 {
                return Err(self.value_error(format!("Cannot specify ',' with '{ty}'.")));
            }
            digits = group(&digits, g, if radix == 10 { 3 } else { 4 });
        }
        let sign = sign_str(b.is_negative(), sp.sign);
        let prefix = if sp.alt { prefix } else { "" };
        Ok(pad_number(sign, prefix, &digits, &sp))
    }

    pub fn format_float(&mut self, x: f64, spec: &str) -> PyResult<String> {
        let sp = self.spec(spec, "float")?;
        let ty = sp.ty;
        if let Some(t) = ty {
            if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                )));
            }
        }
        let mut neg = x.is_sign_negative() && !x.is_nan();
        let a = x.abs();
        let body = if a.is_nan() || a.is_infinite() {
            let s = if a.is_nan() { "nan" } else { "inf" };
            let s = if matches!(ty, Some('E' | 'F' | 'G')) {
                s.to_uppercase()
            } else {
                s.to_string()
            };
            if ty == Some('%') {
                s + "%"
            } else {
                s
            }
        } else {
            match ty {
                None => match sp.precision {
                    None => {
                        let r = float::repr(a);
                        if sp.alt && !r.contains('.') && !r.contains('e') {
                            r + "."
                        } else {
                            r
                        }
                    }
                    Some(p) => format_g(a, p.max(1), sp.alt, true),
                },
                Some('f' | 'F') => format_f(a, sp.precision.unwrap_or(6), sp.alt),
                Some('e' | 'E') => {
                    let s = format_e(a, sp.precision.unwrap_or(6), sp.alt);
                    if ty == Some('E') {
                        s.to_uppercase()
                    } else {
                        s
                    }
                }
                Some('g' | 'G' | 'n') => {
                    let s = format_g(a, sp.precision.unwrap_or(6).max(1), sp.alt, false);
                    if ty == Some('G') {
                        s.to_uppercase()
                    } else {
                        s
                    }
                }
                Some('%') => format_f(a * 100.0, sp.precision.unwrap_or(6), sp.alt) + "%",
                _ => unreachable!(),
            }
        };
        // `z` turns a result that rounded to (negative) zero positive.
        if sp.z && neg && !body.chars().any(|c| matches!(c, '1'..='9' | 'n' | 'i')) {
            neg = false;
        }
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (body[..i].to_string(), body[i..].to_string()),
            None => (body.clone(), String::new()),
        };
        let digits = match sp.grouping {
            Some(g) if !a.is_nan() && !a.is_infinite() => group(&int_part, g, 3) + &rest,
            _ => body.clone(),
        };
        let sign = sign_str(neg, sp.sign);
        Ok(pad_number(sign, "", &digits, &sp))
    }

    /// `fmt % args` for str.
    pub fn percent_format(&mut self, fmt: &PyStr, args: &Value) -> PyResult<Value> {
        let chars: Vec<char> = fmt.as_str().chars().collect();
        self.percent_core(&chars, args, false).map(Value::string)
    }

    /// `fmt % args` for bytes and bytearray: the format runs on the
    /// latin-1 text of the bytes, with the bytes conversions (`%s`/`%b`
    /// take bytes-like objects, `%r`/`%a` give ASCII).
    pub fn bytes_percent_format(&mut self, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
        let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
        let out = self.percent_core(&chars, args, true)?;
        Ok(out.chars().map(|c| c as u32 as u8).collect())
    }

    fn percent_core(&mut self, chars: &[char], args: &Value, bytes: bool) -> PyResult<String> {
        let (items, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.as_slice().to_vec(), None),
            // Anything subscriptable but a tuple or str counts as a mapping
            // (CPython's PyMapping_Check), so no "not all arguments
            // converted" error for it.
            Value::Dict(_) | Value::List(_) | Value::Range(_) => {
                (vec![args.clone()], Some(args.clone()))
            }
            Value::Instance(_) | Value::Other(_)
                if self.user_special(args, "__getitem__").is_some()
                    && !matches!(Self::unwrap_base(args), Value::Tuple(_) | Value::Str(_))
                    && crate::builtins::bytes::bytes_like(args).is_none() =>
            {
                (vec![args.clone()], Some(args.clone()))
            }
            other => (vec![other.clone()], None),
        };
        let mut out = String::new();
        let mut next = 0usize;
        let mut i = 0;
        let mut used_mapping = false;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            // %(key)
            let mut keyed: Option<Value> = None;
            if chars[i] == '(' {
                let mut depth = 1;
                let start = i + 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    if chars[i] == '(' {
                        depth += 1;
                    } else if chars[i] == ')' {
                        depth -= 1;
                    }
                    i += 1;
                }
                let key: String = chars[start..i - 1].iter().collect();
                let Some(m) = &mapping else {
                    return Err(self.type_error("format requires a mapping"));
                };
                used_mapping = true;
                let key = if bytes {
                    let b: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
                    Value::Bytes(Rc::new(PyBytes::new(b)))
                } else {
                    Value::string(key)
                };
                keyed = Some(self.get_item(m, &key)?);
            }
            let mut flags = String::new();
            while i < chars.len() && "-+ #0".contains(chars[i]) {
                flags.push(chars[i]);
                i += 1;
            }
            let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
                if let Some(k) = keyed.take() {
                    return Ok(k);
                }
                if next >= items.len() {
                    return Err(vm.type_error("not enough arguments for format string"));
                }
                next += 1;
                Ok(items[next - 1].clone())
            };
            let mut width = String::new();
            if i < chars.len() && chars[i] == '*' {
                let w = take_arg(self)?;
                if !matches!(w, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                    return Err(self.type_error("* wants int"));
                }
                width = self.index_of(&w, "width")?.to_string();
                i += 1;
            } else {
                while i < chars.len() && chars[i].is_ascii_digit() {
                    width.push(chars[i]);
                    i += 1;
                }
            }
            let mut precision: Option<String> = None;
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                let mut p = String::new();
                if i < chars.len() && chars[i] == '*' {
                    let w = take_arg(self)?;
                    if !matches!(w, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                        return Err(self.type_error("* wants int"));
                    }
                    p = self.index_of(&w, "precision")?.to_string();
                    i += 1;
                } else {
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        p.push(chars[i]);
                        i += 1;
                    }
                }
                precision = Some(if p.is_empty() { "0".into() } else { p });
            }
            while i < chars.len() && "hlL".contains(chars[i]) {
                i += 1;
            }
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let conv = chars[i];
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = take_arg(self)?;
            let left = flags.contains('-');
            let zero = flags.contains('0') && !left;
            let sign = if flags.contains('+') {
                "+"
            } else if flags.contains(' ') {
                " "
            } else {
                ""
            };
            // The format spec the numeric conversions share (sign, `#` when
            // `alt` applies, `0`, width), and `-`'s left justification.
            let num_spec = |alt: bool| {
                let mut spec = String::from(sign);
                if alt && flags.contains('#') {
                    spec.push('#');
                }
                if zero {
                    spec.push('0');
                }
                spec.push_str(&width);
                spec
            };
            let justify = |s: String| {
                if left {
                    format!("{:<w$}", s.trim_start(), w = width.parse().unwrap_or(0))
                } else {
                    s
                }
            };
            let body = match conv {
                's' | 'b' if bytes => self.percent_bytes_arg(&arg)?,
                'r' if bytes => self.ascii_of(&arg)?,
                'c' if bytes => {
                    if let Some(b) = crate::builtins::bytes::bytes_like(&arg) {
                        if b.len() != 1 {
                            return Err(self.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ));
                        }
                        (b[0] as char).to_string()
                    } else {
                        match self.index_of(&arg, "c") {
                            Ok(n) if (0..256).contains(&n) => ((n as u8) as char).to_string(),
                            Ok(_) => {
                                return Err(
                                    self.err(ExcKind::OverflowError, "%c arg not in range(256)")
                                )
                            }
                            Err(_) => {
                                return Err(self.type_error(
                                    "%c requires an integer in range(256) or a single byte",
                                ))
                            }
                        }
                    }
                }
                's' => self.str_of(&arg)?,
                'r' => self.repr_str(&arg)?,
                'a' => self.ascii_of(&arg)?,
                'd' | 'i' | 'u' => {
                    let b = self.percent_int(&arg, conv)?;
                    let s = self.format_int(&b, &format!("{}d", num_spec(false)))?;
                    out.push_str(&justify(s));
                    continue;
                }
                'x' | 'X' | 'o' => {
                    let b = self.percent_int(&arg, conv)?;
                    let s = self.format_int(&b, &format!("{}{conv}", num_spec(true)))?;
                    out.push_str(&justify(s));
                    continue;
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = match super::ops::f64_of(&Self::unwrap_base(&arg)) {
                        Some(f) => f,
                        None => {
                            if let Some(ff) = self.user_special(&arg, "__float__") {
                                let r = self.call_special(&ff, &arg, &[])?;
                                super::ops::f64_of(&r).unwrap_or(0.0)
                            } else {
                                return Err(self.type_error(format!(
                                    "must be real number, not {}",
                                    self.type_name(&arg)
                                )));
                            }
                        }
                    };
                    let precision = precision.as_deref().unwrap_or("6");
                    let spec = format!("{}.{precision}{conv}", num_spec(true));
                    let s = self.format_float(f, &spec)?;
                    out.push_str(&justify(s));
                    continue;
                }
                'c' => match &arg {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                        let c = self
                            .index_of(&arg, "")
                            .ok()
                            .and_then(|n| u32::try_from(n).ok())
                            .and_then(char::from_u32);
                        match c {
                            Some(c) => c.to_string(),
                            None => {
                                return Err(self
                                    .err(ExcKind::OverflowError, "%c arg not in range(0x110000)"))
                            }
                        }
                    }
                    Value::Str(s) if s.len() == 1 => s.as_str().to_string(),
                    _ => return Err(self.type_error("%c requires int or char")),
                },
                other => {
                    return Err(self.value_error(format!(
                        "unsupported format character '{}' (0x{:x}) at index {}",
                        other,
                        other as u32,
                        i - 1
                    )))
                }
            };
            let body = match &precision {
                Some(p) if matches!(conv, 's' | 'r' | 'a') => {
                    body.chars().take(p.parse().unwrap_or(0)).collect()
                }
                _ => body,
            };
            let w: usize = width.parse().unwrap_or(0);
            let n = body.chars().count();
            if n < w {
                if left {
                    out.push_str(&body);
                    out.push_str(&" ".repeat(w - n));
                } else {
                    out.push_str(&" ".repeat(w - n));
                    out.push_str(&body);
                }
            } else {
                out.push_str(&body);
            }
        }
        if next < items.len() && mapping.is_none() && !used_mapping {
            return Err(self.type_error(format!(
                "not all arguments converted during {} formatting",
                if bytes { "bytes" } else { "string" }
            )));
        }
        Ok(out)
    }

    /// The latin-1 text of a `%s`/`%b` argument of bytes formatting.
    fn percent_bytes_arg(&mut self, arg: &Value) -> PyResult<String> {
        let data = match crate::builtins::bytes::bytes_like(arg) {
            Some(b) => b,
            None => match self.user_special(arg, "__bytes__") {
                Some(f) => {
                    let r = self.call_special(&f, arg, &[])?;
                    crate::builtins::bytes::bytes_like(&r).ok_or_else(|| {
                        self.type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            self.type_name(&r)
                        ))
                    })?
                }
                None => {
                    return Err(self.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        self.type_name(arg)
                    )))
                }
            },
        };
        Ok(data.iter().map(|&b| b as char).collect())
    }

    fn percent_int(&mut self, arg: &Value, conv: char) -> PyResult<BigInt> {
        let base = Self::unwrap_base(arg);
        match &base {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                Ok(int::to_big(&base).unwrap_or_default())
            }
            Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                Ok(crate::objects::hashing::float_to_bigint(f.get().trunc()).unwrap_or_default())
            }
            _ => {
                if let Some(f) = self.user_special(arg, "__index__") {
                    let r = self.call_special(&f, arg, &[])?;
                    return Ok(int::to_big(&r).unwrap_or_default());
                }
                if matches!(conv, 'd' | 'i' | 'u') {
                    if let Some(f) = self.user_special(arg, "__int__") {
                        let r = self.call_special(&f, arg, &[])?;
                        return Ok(int::to_big(&r).unwrap_or_default());
                    }
                    Err(self.type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        self.type_name(arg)
                    )))
                } else {
                    Err(self.type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        self.type_name(arg)
                    )))
                }
            }
        }
    }
}

/// The start of the error for trailing junk in a format spec (completed
/// with the spec and the type by `Vm::spec`).
const INVALID_SPEC: &str = "Invalid format specifier";

/// A parsed format specification.
#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Spec {
    pub fn parse(s: &str) -> Result<Spec, String> {
        let c: Vec<char> = s.chars().collect();
        let mut i = 0;
        let mut sp = Spec::default();
        let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
        if c.len() >= 2 && is_align(c[1]) {
            sp.fill = Some(c[0]);
            sp.align = Some(c[1]);
            i = 2;
        } else if !c.is_empty() && is_align(c[0]) {
            sp.align = Some(c[0]);
            i = 1;
        }
        if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
            sp.sign = Some(c[i]);
            i += 1;
        }
        if i < c.len() && c[i] == 'z' {
            sp.z = true;
            i += 1;
        }
        if i < c.len() && c[i] == '#' {
            sp.alt = true;
            i += 1;
        }
        if i < c.len() && c[i] == '0' {
            sp.zero = true;
            i += 1;
        }
        let mut w = String::new();
        while i < c.len() && c[i].is_ascii_digit() {
            w.push(c[i]);
            i += 1;
        }
        if !w.is_empty() {
            sp.width = w
                .parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?;
        }
        if i < c.len() && matches!(c[i], ',' | '_') {
            sp.grouping = Some(c[i]);
            i += 1;
            if i < c.len() && matches!(c[i], ',' | '_') {
                return Err("Cannot specify both ',' and '_'.".into());
            }
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            let mut p = String::new();
            while i < c.len() && c[i].is_ascii_digit() {
                p.push(c[i]);
                i += 1;
            }
            if p.is_empty() {
                return Err("Format specifier missing precision".into());
            }
            sp.precision = Some(
                p.parse()
                    .map_err(|_| "Too many decimal digits in format string".to_string())?,
            );
        }
        if i < c.len() {
            sp.ty = Some(c[i]);
            i += 1;
        }
        if i < c.len() {
            return Err(INVALID_SPEC.into());
        }
        if sp.zero && sp.fill.is_none() {
            sp.fill = Some('0');
            if sp.align.is_none() {
                sp.align = Some('=');
            }
        }
        Ok(sp)
    }
}

pub(crate) fn sign_str(neg: bool, sign: Option<char>) -> &'static str {
    if neg {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

pub(crate) fn pad(body: &str, sp: &Spec, default_align: char) -> String {
    let n = body.chars().count();
    if n >= sp.width {
        return body.to_string();
    }
    let fill = sp.fill.unwrap_or(' ');
    let total = sp.width - n;
    let f = |k: usize| fill.to_string().repeat(k);
    match sp.align.unwrap_or(default_align) {
        '<' => format!("{body}{}", f(total)),
        '^' => format!("{}{body}{}", f(total / 2), f(total - total / 2)),
        _ => format!("{}{body}", f(total)),
    }
}

fn pad_number(sign: &str, prefix: &str, digits: &str, sp: &Spec) -> String {
    let body_len = sign.len() + prefix.len() + digits.chars().count();
    if sp.align == Some('=') && body_len < sp.width {
        let fill = sp.fill.unwrap_or(' ');
        let k = sp.width - body_len;
        // Zero padding inside a grouped number keeps the grouping.
        let padded = if fill == '0' && sp.grouping.is_some() {
            let g = sp.grouping.unwrap_or(',');
            let int_end = digits.find(['.', 'e', 'E', '%']).unwrap_or(digits.len());
            let raw: String = digits[..int_end].chars().filter(|c| *c != g).collect();
            let want = int_end + k;
            let mut raw = raw;
            loop {
                let gr = group(&raw, g, 3);
                if gr.len() >= want {
                    break format!("{gr}{}", &digits[int_end..]);
                }
                raw.insert(0, '0');
            }
        } else {
            format!("{}{digits}", fill.to_string().repeat(k))
        };
        return format!("{sign}{prefix}{padded}");
    }
    pad(&format!("{sign}{prefix}{digits}"), sp, '>')
}

/// Fixed notation with `p` decimals, correctly rounded.
pub fn format_f(x: f64, p: usize, alt: bool) -> String {
    let s = format!("{x:.p$}");
    if alt && p == 0 {
        s + "."
    } else {
        s
    }
}

/// Scientific notation as C's `%.*e`.
pub fn format_e(x: f64, p: usize, alt: bool) -> String {
    let s = format!("{x:.p$e}");
    let (mant, exp) = s.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let mant = if alt && p == 0 {
        format!("{mant}.")
    } else {
        mant.to_string()
    };
    format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// `%g` (and Python's default float format with a precision when `repr_like`).
pub fn format_g(x: f64, p: usize, alt: bool, repr_like: bool) -> String {
    if x == 0.0 {
        return if repr_like {
            "0.0".into()
        } else if alt {
            format!("0.{}", "0".repeat(p.saturating_sub(1)))
        } else {
            "0".into()
        };
    }
    let e = format!("{:.*e}", p - 1, x);
    let exp: i32 = e
        .split_once('e')
        .expect("exponent")
        .1
        .parse()
        .expect("digits");
    let s = if exp >= -4 && exp < p as i32 {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let s = format!("{x:.decimals$}");
        if alt {
            s
        } else {
            let t = if s.contains('.') {
                s.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                s
            };
            if repr_like && !t.contains('.') {
                t + ".0"
            } else {
                t
            }
        }
    } else {
        let s = format_e(x, p - 1, alt);
        if alt {
            s
        } else {
            let (m, ex) = s.split_once('e').expect("exponent");
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.')
            } else {
                m
            };
            format!("{m}e{ex}")
        }
    };
    let _ = BigInt::zero();
    s
}
