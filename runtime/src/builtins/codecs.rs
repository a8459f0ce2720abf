//! Text encodings for `str.encode`, `bytes.decode`, `str(b, enc)` and
//! files: UTF-8/16/32, ASCII, latin-1 and the escape codecs, with the
//! common error handlers and CPython's UnicodeError details.

use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::value::{PyErr, PyResult, Value};

/// A codec slotpy implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    UnicodeEscape,
    RawUnicodeEscape,
}

impl Codec {
    /// CPython's canonical name, used in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(false)) => "utf-16-le",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(false)) => "utf-32-le",
            Codec::Utf32(Some(true)) => "utf-32-be",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }
}

/// Looks a codec up by any of its usual spellings.
pub fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
    Ok(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Some(true)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        _ => {
            return Err(vm.err(ExcKind::LookupError, format!("unknown encoding: {name}")));
        }
    })
}

fn str_arg(vm: &Vm, v: Option<&Value>, what: &str, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "{what}() argument '{}' must be str, not {}",
            if what == "decode" || what == "encode" {
                "encoding"
            } else {
                "errors"
            },
            vm.type_name(other)
        ))),
    }
}

/// A UnicodeDecodeError/UnicodeEncodeError with CPython's five arguments.
fn unicode_error(
    vm: &mut Vm,
    kind: ExcKind,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = vec![
        Value::str(codec.name()),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    let e = vm.new_exception(vm.exc_type(kind), args.clone());
    super::object::exc_fill_fields(vm, &e.0, &args);
    e
}

// ---- decoding ----

/// `bytes.decode(encoding, errors)`.
pub fn decode(
    vm: &mut Vm,
    data: &[u8],
    enc: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Value> {
    let enc = str_arg(vm, enc, "decode", "utf-8")?;
    let errors = str_arg(vm, errors, "errors", "strict")?;
    let codec = lookup(vm, &enc)?;
    decode_with(vm, data, codec, &errors).map(Value::string)
}

/// What an error handler makes of an undecodable byte range.
fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        "strict" => {
            let obj = Value::Bytes(std::rc::Rc::new(crate::objects::PyBytes::new(
                data.to_vec(),
            )));
            Err(unicode_error(
                vm,
                ExcKind::UnicodeDecodeError,
                codec,
                obj,
                start,
                end,
                reason,
            ))
        }
        other => Err(vm.err(
            ExcKind::LookupError,
            format!("unknown error handler name '{other}'"),
        )),
    }
}

pub fn decode_with(vm: &mut Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Utf8 => {
            let mut i = 0;
            while i < data.len() {
                match std::str::from_utf8(&data[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(
                            std::str::from_utf8(&data[i..i + good]).expect("valid prefix"),
                        );
                        let at = i + good;
                        let (len, reason) = match e.error_len() {
                            None => (data.len() - at, "unexpected end of data"),
                            Some(n) => {
                                let b = data[at];
                                let bad_start = !(0xC2..=0xF4).contains(&b);
                                (
                                    n,
                                    if bad_start {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    },
                                )
                            }
                        };
                        decode_error(vm, codec, data, at, at + len, reason, errors, &mut out)?;
                        i = at + len;
                    }
                }
            }
        }
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_error(
                        vm,
                        codec,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        errors,
                        &mut out,
                    )?;
                }
            }
        }
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Utf16(order) => {
            let (mut big, mut body) = (order.unwrap_or(false), data);
            if order.is_none() && data.len() >= 2 {
                if data[..2] == [0xFF, 0xFE] {
                    body = &data[2..];
                } else if data[..2] == [0xFE, 0xFF] {
                    big = true;
                    body = &data[2..];
                }
            }
            let units: Vec<u16> = body
                .chunks(2)
                .filter(|c| c.len() == 2)
                .map(|c| {
                    if big {
                        u16::from_be_bytes([c[0], c[1]])
                    } else {
                        u16::from_le_bytes([c[0], c[1]])
                    }
                })
                .collect();
            for r in char::decode_utf16(units) {
                match r {
                    Ok(c) => out.push(c),
                    Err(_) => {
                        let n = data.len();
                        decode_error(vm, codec, data, 0, n, "illegal encoding", errors, &mut out)?
                    }
                }
            }
            if body.len() % 2 == 1 {
                let n = data.len();
                decode_error(
                    vm,
                    codec,
                    data,
                    n - 1,
                    n,
                    "truncated data",
                    errors,
                    &mut out,
                )?;
            }
        }
        Codec::Utf32(order) => {
            let (mut big, mut body) = (order.unwrap_or(false), data);
            if order.is_none() && data.len() >= 4 {
                if data[..4] == [0xFF, 0xFE, 0, 0] {
                    body = &data[4..];
                } else if data[..4] == [0, 0, 0xFE, 0xFF] {
                    big = true;
                    body = &data[4..];
                }
            }
            for (k, c) in body.chunks(4).enumerate() {
                let at = data.len() - body.len() + 4 * k;
                if c.len() < 4 {
                    let n = data.len();
                    decode_error(vm, codec, data, at, n, "truncated data", errors, &mut out)?;
                    break;
                }
                let v = if big {
                    u32::from_be_bytes([c[0], c[1], c[2], c[3]])
                } else {
                    u32::from_le_bytes([c[0], c[1], c[2], c[3]])
                };
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => decode_error(
                        vm,
                        codec,
                        data,
                        at,
                        at + 4,
                        "code point not in range(0x110000)",
                        errors,
                        &mut out,
                    )?,
                }
            }
        }
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            let raw = codec == Codec::RawUnicodeEscape;
            let mut i = 0;
            while i < data.len() {
                let b = data[i];
                if b != b'\\' || i + 1 >= data.len() {
                    out.push(b as char);
                    i += 1;
                    continue;
                }
                let e = data[i + 1];
                let hex = |n: usize| -> Option<u32> {
                    let s = data.get(i + 2..i + 2 + n)?;
                    u32::from_str_radix(std::str::from_utf8(s).ok()?, 16).ok()
                };
                let simple = match e {
                    _ if raw => None,
                    b'n' => Some('\n'),
                    b't' => Some('\t'),
                    b'r' => Some('\r'),
                    b'\\' => Some('\\'),
                    b'\'' => Some('\''),
                    b'"' => Some('"'),
                    b'a' => Some('\x07'),
                    b'b' => Some('\x08'),
                    b'f' => Some('\x0c'),
                    b'v' => Some('\x0b'),
                    b'0'..=b'7' => {
                        let mut v = 0u32;
                        let mut k = i + 1;
                        while k < data.len() && k < i + 4 && (b'0'..=b'7').contains(&data[k]) {
                            v = v * 8 + (data[k] - b'0') as u32;
                            k += 1;
                        }
                        out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
                        i = k;
                        continue;
                    }
                    _ => None,
                };
                if let Some(c) = simple {
                    out.push(c);
                    i += 2;
                    continue;
                }
                let width = match e {
                    b'x' if !raw => 2,
                    b'u' => 4,
                    b'U' => 8,
                    _ => 0,
                };
                if width == 0 {
                    out.push('\\');
                    i += 1;
                    continue;
                }
                match hex(width).and_then(char::from_u32) {
                    Some(c) => {
                        out.push(c);
                        i += 2 + width;
                    }
                    None => {
                        let reason = match e {
                            b'x' => "truncated \\xXX escape",
                            b'u' => "truncated \\uXXXX escape",
                            _ => "truncated \\UXXXXXXXX escape",
                        };
                        let end = (i + 2 + width).min(data.len());
                        decode_error(vm, codec, data, i, end, reason, errors, &mut out)?;
                        i = end;
                    }
                }
            }
        }
    }
    Ok(out)
}

// ---- encoding ----

/// `str.encode(encoding, errors)`.
pub fn encode(
    vm: &mut Vm,
    s: &str,
    enc: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    let enc = str_arg(vm, enc, "encode", "utf-8")?;
    let errors = str_arg(vm, errors, "errors", "strict")?;
    let codec = lookup(vm, &enc)?;
    encode_with(vm, s, codec, &errors)
}

pub fn encode_with(vm: &mut Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match codec {
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16(order) => {
            let big = order == Some(true);
            let mut out = Vec::new();
            if order.is_none() {
                out.extend_from_slice(&[0xFF, 0xFE]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
        Codec::Utf32(order) => {
            let big = order == Some(true);
            let mut out = Vec::new();
            if order.is_none() {
                out.extend_from_slice(&[0xFF, 0xFE, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            let raw = codec == Codec::RawUnicodeEscape;
            let mut out = String::new();
            for c in s.chars() {
                let n = c as u32;
                match c {
                    '\\' if !raw => out.push_str("\\\\"),
                    '\n' if !raw => out.push_str("\\n"),
                    '\t' if !raw => out.push_str("\\t"),
                    '\r' if !raw => out.push_str("\\r"),
                    _ if !raw && (n < 0x20 || (0x7f..0x100).contains(&n)) => {
                        out.push_str(&format!("\\x{n:02x}"))
                    }
                    _ if n < 0x100 => out.push(c),
                    _ if n < 0x10000 => out.push_str(&format!("\\u{n:04x}")),
                    _ => out.push_str(&format!("\\U{n:08x}")),
                }
            }
            return Ok(out.chars().map(|c| c as u32 as u8).collect());
        }
    };
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The run of unencodable characters, handled together.
        let mut j = i;
        while j < chars.len() && (chars[j] as u32) >= limit {
            j += 1;
        }
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    let n = c as u32;
                    let e = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "strict" => {
                let reason = if limit == 0x80 {
                    "ordinal not in range(128)"
                } else {
                    "ordinal not in range(256)"
                };
                return Err(unicode_error(
                    vm,
                    ExcKind::UnicodeEncodeError,
                    codec,
                    Value::str(s),
                    i,
                    j,
                    reason,
                ));
            }
            other => {
                return Err(vm.err(
                    ExcKind::LookupError,
                    format!("unknown error handler name '{other}'"),
                ))
            }
        }
        i = j;
    }
    Ok(out)
}

/// The message of a UnicodeError with CPython's five arguments.
pub fn unicode_error_str(vm: &mut Vm, decode: bool, args: &[Value]) -> PyResult<String> {
    let enc = vm.str_of(&args[0])?;
    let (Value::Int(start), Value::Int(end)) = (&args[2], &args[3]) else {
        return vm.repr_str(&Value::tuple(args.to_vec()));
    };
    let (start, end) = (*start, *end);
    let reason = vm.str_of(&args[4])?;
    if decode {
        let data = super::bytes::bytes_like(&args[1]).unwrap_or_default();
        if end == start + 1 {
            if let Some(b) = data.get(start as usize) {
                return Ok(format!(
                    "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
                ));
            }
        }
        return Ok(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ));
    }
    let s = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    if end == start + 1 {
        if let Some(c) = s.chars().nth(start as usize) {
            let n = c as u32;
            let esc = if n < 0x100 {
                format!("\\x{n:02x}")
            } else if n < 0x10000 {
                format!("\\u{n:04x}")
            } else {
                format!("\\U{n:08x}")
            };
            return Ok(format!(
                "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
            ));
        }
    }
    Ok(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end - 1
    ))
}
