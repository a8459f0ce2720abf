//! PEP 701 f-strings (Python 3.12+) for a parser crate that predates them.
//!
//! The parser crate cannot read an f-string whose replacement fields reuse
//! the enclosing quote, span lines of a single-quoted string, or contain a
//! backslash. [`rewrite`] finds such f-strings (with the string literals
//! implicitly concatenated to them) and replaces each group, byte for byte,
//! with a parenthesized placeholder name; the group's parts are parsed here
//! and the converter builds the `JoinedStr` when it meets the placeholder.
//! Offsets and lines of everything else are unchanged.

/// One piece of an f-string.
#[derive(Debug, Clone)]
pub enum Part {
    /// Literal text, already decoded.
    Lit(String),
    /// A replacement field.
    Field(Field),
}

#[derive(Debug, Clone)]
pub struct Field {
    /// Byte offset of the expression in the original source.
    pub expr_start: usize,
    /// The expression's source text.
    pub expr: String,
    /// For `{expr=}`: the text shown before the value.
    pub debug: Option<String>,
    pub conversion: Option<char>,
    pub spec: Option<Vec<Part>>,
}

/// A run of implicitly concatenated string literals.
#[derive(Debug, Clone)]
pub enum Piece {
    /// A plain (non-f) literal: its source text and offset, decoded by the
    /// parser crate.
    Plain {
        src: String,
        start: usize,
    },
    FString(Vec<Part>),
}

/// The placeholder name of group `i`.
pub fn placeholder(i: usize) -> String {
    format!("\u{192}{i}")
}

/// The group index a placeholder name stands for.
pub fn placeholder_index(name: &str) -> Option<usize> {
    name.strip_prefix('\u{192}')?.parse().ok()
}

/// Replaces the f-strings the parser crate cannot read (from `base`, the
/// offset of `src` in the whole source); their groups are appended to
/// `groups`.
pub fn rewrite(src: &str, base: usize, groups: &mut Vec<Vec<Piece>>) -> String {
    let b = src.as_bytes();
    let mut out = src.to_string();
    let mut i = 0;
    let mut depth = 0i32;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
        if let Some((prefix_len, _)) = string_start(b, i) {
            // A run of adjacent literals.
            let start = i;
            let mut pieces = Vec::new();
            let mut needs = false;
            let mut j = i;
            let mut ok = true;
            while let Some((plen, is_f)) = string_start(b, j) {
                if is_f {
                    match parse_fstring(src, j + plen - 1 - prefix_skip(b, j, plen), base) {
                        Some((parts, end, hard)) => {
                            needs |= hard;
                            pieces.push(Piece::FString(parts));
                            j = end;
                        }
                        None => {
                            ok = false;
                            break;
                        }
                    }
                } else {
                    match plain_end(b, j + plen, b[j + plen - 1], prefix_skip(b, j, plen) == 2) {
                        Some(end) => {
                            pieces.push(Piece::Plain {
                                src: src[j..end].to_string(),
                                start: base + j,
                            });
                            j = end;
                        }
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
                // Whitespace (and, inside brackets, newlines and comments)
                // may separate concatenated literals.
                let mut k = j;
                loop {
                    while k < b.len() && (b[k] == b' ' || b[k] == b'\t' || b[k] == b'\x0c') {
                        k += 1;
                    }
                    if k + 1 < b.len() && b[k] == b'\\' && b[k + 1] == b'\n' {
                        k += 2;
                        continue;
                    }
                    if depth > 0 && k < b.len() && (b[k] == b'\n' || b[k] == b'\r') {
                        k += 1;
                        continue;
                    }
                    if depth > 0 && k < b.len() && b[k] == b'#' {
                        while k < b.len() && b[k] != b'\n' {
                            k += 1;
                        }
                        continue;
                    }
                    break;
                }
                if string_start(b, k).is_some() {
                    j = k;
                } else {
                    break;
                }
            }
            if !ok {
                // Leave it to the parser crate, which reports the error.
                i = j.max(i + prefix_len);
                continue;
            }
            if needs {
                let index = groups.len();
                if let Some(p) = fill(&src[start..j], &placeholder(index)) {
                    groups.push(pieces);
                    out.replace_range(start..j, &p);
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// The bytes of `span` replaced by `(name)`: newlines kept, everything
/// else blank; `None` when no line of the span is long enough.
fn fill(span: &str, name: &str) -> Option<String> {
    let n = span.len();
    let mut out: Vec<u8> = span
        .bytes()
        .map(|c| if c == b'\n' { b'\n' } else { b' ' })
        .collect();
    if n < 2 {
        return None;
    }
    out[0] = b'(';
    out[n - 1] = b')';
    // The first run of blanks long enough for the name.
    let mut run = 0;
    for k in 1..n - 1 {
        if out[k] == b' ' {
            run += 1;
            if run == name.len() {
                let at = k + 1 - run;
                out[at..at + run].copy_from_slice(name.as_bytes());
                return String::from_utf8(out).ok();
            }
        } else {
            run = 0;
        }
    }
    None
}

/// Whether a string literal starts at `i`: (length of prefix and opening
/// quote, is an f-string). A prefix must not continue an identifier.
fn string_start(b: &[u8], i: usize) -> Option<(usize, bool)> {
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] >= 0x80) {
        return None;
    }
    let mut k = i;
    let mut is_f = false;
    while k < b.len() && k - i < 2 && matches!(b[k].to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f')
    {
        if b[k].eq_ignore_ascii_case(&b'f') {
            is_f = true;
        }
        k += 1;
    }
    if k < b.len() && (b[k] == b'"' || b[k] == b'\'') {
        let q = b[k];
        let triple = k + 2 < b.len() && b[k + 1] == q && b[k + 2] == q;
        Some((k - i + if triple { 3 } else { 1 }, is_f))
    } else {
        None
    }
}

/// Length of the quote part (1 or 3) at the end of a prefix+quote of `plen`.
fn prefix_skip(b: &[u8], i: usize, plen: usize) -> usize {
    let q = b[i + plen - 1];
    if plen >= 3 && b[i + plen - 2] == q && b[i + plen - 3] == q {
        2
    } else {
        0
    }
}

/// The end of a plain literal whose body starts at `i`.
fn plain_end(b: &[u8], i: usize, q: u8, triple: bool) -> Option<usize> {
    let mut k = i;
    while k < b.len() {
        if b[k] == b'\\' {
            k += 2;
            continue;
        }
        if triple {
            if k + 2 < b.len() && b[k] == q && b[k + 1] == q && b[k + 2] == q {
                return Some(k + 3);
            }
        } else if b[k] == q {
            return Some(k + 1);
        } else if b[k] == b'\n' {
            return None;
        }
        k += 1;
    }
    None
}

/// Parses the f-string whose opening quote is at `q_at`: its parts, the
/// offset after it, and whether the parser crate could not read it.
fn parse_fstring(src: &str, q_at: usize, base: usize) -> Option<(Vec<Part>, usize, bool)> {
    let b = src.as_bytes();
    let q = b[q_at];
    let triple = q_at + 2 < b.len() && b[q_at + 1] == q && b[q_at + 2] == q;
    // The prefix letters before the quote.
    let mut p = q_at;
    while p > 0 && b[p - 1].is_ascii_alphabetic() {
        p -= 1;
    }
    let raw = src[p..q_at].to_ascii_lowercase().contains('r');
    let body = q_at + if triple { 3 } else { 1 };
    let mut st = Scan {
        src,
        b,
        q,
        triple,
        raw,
        base,
        hard: false,
    };
    let (parts, end) = st.body(body, false)?;
    Some((parts, end, st.hard))
}

struct Scan<'a> {
    src: &'a str,
    b: &'a [u8],
    q: u8,
    triple: bool,
    raw: bool,
    base: usize,
    /// Set when a field uses what the parser crate cannot read.
    hard: bool,
}

impl Scan<'_> {
    fn at_close(&self, i: usize) -> bool {
        let b = self.b;
        if self.triple {
            i + 2 < b.len() && b[i] == self.q && b[i + 1] == self.q && b[i + 2] == self.q
        } else {
            i < b.len() && b[i] == self.q
        }
    }

    /// Literal text and fields up to the closing quote (or, in a format
    /// spec, up to the closing brace): the parts and the offset after.
    fn body(&mut self, mut i: usize, in_spec: bool) -> Option<(Vec<Part>, usize)> {
        let b = self.b;
        let mut parts = Vec::new();
        let mut lit = String::new();
        loop {
            if i >= b.len() {
                return None;
            }
            if !in_spec && self.at_close(i) {
                if !lit.is_empty() {
                    parts.push(Part::Lit(lit));
                }
                return Some((parts, i + if self.triple { 3 } else { 1 }));
            }
            let c = b[i];
            if in_spec && c == b'}' {
                if !lit.is_empty() {
                    parts.push(Part::Lit(lit));
                }
                return Some((parts, i));
            }
            match c {
                b'{' if !in_spec && b.get(i + 1) == Some(&b'{') => {
                    lit.push('{');
                    i += 2;
                }
                b'}' if b.get(i + 1) == Some(&b'}') => {
                    lit.push('}');
                    i += 2;
                }
                b'}' => return None,
                b'{' => {
                    if !lit.is_empty() {
                        parts.push(Part::Lit(std::mem::take(&mut lit)));
                    }
                    let (field, end) = self.field(i + 1)?;
                    parts.push(Part::Field(field));
                    i = end;
                }
                b'\n' if !self.triple => return None,
                b'\\' if !self.raw => {
                    let (s, n) = self.escape(i)?;
                    lit.push_str(&s);
                    i += n;
                }
                _ => {
                    let ch = self.src[i..].chars().next()?;
                    lit.push(ch);
                    i += ch.len_utf8();
                }
            }
        }
    }

    /// A backslash escape at `i`: its value and length.
    fn escape(&self, i: usize) -> Option<(String, usize)> {
        let b = self.b;
        let c = *b.get(i + 1)?;
        let hex = |from: usize, n: usize| -> Option<(String, usize)> {
            let h = self.src.get(from..from + n)?;
            let v = u32::from_str_radix(h, 16).ok()?;
            Some((char::from_u32(v)?.to_string(), from + n - i))
        };
        Some(match c {
            b'\n' => (String::new(), 2),
            b'\\' => ("\\".into(), 2),
            b'\'' => ("'".into(), 2),
            b'"' => ("\"".into(), 2),
            b'a' => ("\x07".into(), 2),
            b'b' => ("\x08".into(), 2),
            b'f' => ("\x0c".into(), 2),
            b'n' => ("\n".into(), 2),
            b'r' => ("\r".into(), 2),
            b't' => ("\t".into(), 2),
            b'v' => ("\x0b".into(), 2),
            b'x' => hex(i + 2, 2)?,
            b'u' => hex(i + 2, 4)?,
            b'U' => hex(i + 2, 8)?,
            b'0'..=b'7' => {
                let mut k = i + 1;
                let mut v = 0u32;
                while k < b.len() && k < i + 4 && (b'0'..=b'7').contains(&b[k]) {
                    v = v * 8 + (b[k] - b'0') as u32;
                    k += 1;
                }
                (char::from_u32(v)?.to_string(), k - i)
            }
            b'N' if b.get(i + 2) == Some(&b'{') => {
                let close = self.src[i..].find('}')? + i;
                // The parser crate knows the character names.
                let lit = format!("\"{}\"", &self.src[i..=close]);
                let s = match rustpython_parser::parse(
                    &lit,
                    rustpython_parser::Mode::Expression,
                    "<fstring>",
                )
                .ok()?
                {
                    rustpython_parser::ast::Mod::Expression(e) => match *e.body {
                        rustpython_parser::ast::Expr::Constant(k) => k.value.as_str()?.clone(),
                        _ => return None,
                    },
                    _ => return None,
                };
                (s, close + 1 - i)
            }
            // An unknown escape keeps its backslash.
            _ => {
                let ch = self.src[i + 1..].chars().next()?;
                (format!("\\{ch}"), 1 + ch.len_utf8())
            }
        })
    }

    /// A replacement field whose expression starts at `i` (after `{`):
    /// the field and the offset after its closing `}`.
    fn field(&mut self, i: usize) -> Option<(Field, usize)> {
        let b = self.b;
        let mut k = i;
        let mut depth = 0i32;
        let expr_end;
        let mut debug_eq = None;
        loop {
            if k >= b.len() {
                return None;
            }
            let c = b[k];
            match c {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' if depth > 0 => depth -= 1,
                b'}' => {
                    expr_end = k;
                    break;
                }
                b'!' if depth == 0 && b.get(k + 1) != Some(&b'=') => {
                    expr_end = k;
                    break;
                }
                b':' if depth == 0 => {
                    expr_end = k;
                    break;
                }
                b'=' if depth == 0
                    && b.get(k + 1) != Some(&b'=')
                    && !matches!(b.get(k.wrapping_sub(1)), Some(b'=' | b'!' | b'<' | b'>')) =>
                {
                    debug_eq = Some(k);
                    k += 1;
                    while k < b.len() && (b[k] == b' ' || b[k] == b'\t' || b[k] == b'\n') {
                        k += 1;
                    }
                    expr_end = k;
                    break;
                }
                b'\'' | b'"' => {
                    if c == self.q {
                        self.hard = true;
                    }
                    k = self.skip_string(k)?;
                    continue;
                }
                b'\n' if !self.triple => self.hard = true,
                b'\\' | b'#' => self.hard = true,
                _ => {}
            }
            // A nested string with a prefix.
            if c.is_ascii_alphabetic() {
                if let Some((plen, _)) = string_start(b, k) {
                    if b.get(k + plen - 1).is_some_and(|q| *q == self.q) {
                        self.hard = true;
                    }
                    let q_at = k + plen - 1 - prefix_skip(b, k, plen);
                    k = self.skip_string(q_at)?;
                    continue;
                }
            }
            k += 1;
        }
        let expr_text_end = debug_eq.unwrap_or(expr_end);
        let expr = self.src[i..expr_text_end].to_string();
        if expr.trim().is_empty() {
            return None;
        }
        let debug = debug_eq.map(|_| self.src[i..expr_end].to_string());
        let mut k = expr_end;
        let mut conversion = None;
        if b.get(k) == Some(&b'!') {
            let c = *b.get(k + 1)?;
            if !matches!(c, b's' | b'r' | b'a') {
                return None;
            }
            conversion = Some(c as char);
            k += 2;
        }
        let mut spec = None;
        if b.get(k) == Some(&b':') {
            let (parts, end) = self.body(k + 1, true)?;
            // The parser crate reads one level of fields nested in a spec.
            if parts
                .iter()
                .any(|p| matches!(p, Part::Field(f) if f.spec.as_ref().is_some_and(|s| s.iter().any(|q| matches!(q, Part::Field(_))))))
            {
                self.hard = true;
            }
            spec = Some(parts);
            k = end;
        }
        if b.get(k) != Some(&b'}') {
            return None;
        }
        Some((
            Field {
                expr_start: self.base + i,
                expr,
                debug,
                conversion,
                spec,
            },
            k + 1,
        ))
    }

    /// Skips the string literal whose opening quote is at `q_at` (an
    /// f-string through its fields): the offset after it.
    fn skip_string(&mut self, q_at: usize) -> Option<usize> {
        let b = self.b;
        let mut p = q_at;
        while p > 0 && b[p - 1].is_ascii_alphabetic() {
            p -= 1;
        }
        if self.src[p..q_at].to_ascii_lowercase().contains('f') {
            let (_, end, hard) = parse_fstring(self.src, q_at, self.base)?;
            self.hard |= hard;
            return Some(end);
        }
        let q = b[q_at];
        let triple = q_at + 2 < b.len() && b[q_at + 1] == q && b[q_at + 2] == q;
        plain_end(b, q_at + if triple { 3 } else { 1 }, q, triple)
    }
}
