//! Raising, matching and printing exceptions.

use super::vm::Vm;
use crate::exc_kind::ExcKind;
use crate::frontend::SyntaxErr;
use crate::objects::*;
use crate::value::{PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// The exception `raise exc from cause` raises.
    pub(crate) fn make_raise(&mut self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let e = self.to_exception(exc, "exceptions must derive from BaseException")?;
        if let Some(c) = cause {
            let c = match c {
                Value::None => None,
                other => Some(
                    self.to_exception(other, "exception causes must derive from BaseException")?,
                ),
            };
            *e.exc().cause.borrow_mut() = c;
            e.exc().suppress_context.set(true);
        }
        Ok(e)
    }

    /// An exception instance from a class (instantiated) or an instance.
    pub fn to_exception(&mut self, v: Value, msg: &str) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i.clone())),
            Value::Type(t) if t.is_subtype(&self.exc_type(ExcKind::BaseException)) => {
                let inst = self.call(&v, &[], &[])?;
                match inst {
                    Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i)),
                    other => {
                        let r = self.repr_str(&v)?;
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            r,
                            self.type_name(&other)
                        )))
                    }
                }
            }
            _ => Err(self.type_error(msg)),
        }
    }

    /// `except typ:` matching, validating `typ` as CPython does.
    pub(crate) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let base = self.exc_type(ExcKind::BaseException);
        let check = |t: &Value| match t {
            Value::Type(c) => c.is_subtype(&base),
            _ => false,
        };
        let ok = match typ {
            Value::Tuple(ts) => ts.iter().all(check),
            t => check(t),
        };
        if !ok {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let et = self.type_of(exc);
        Ok(match typ {
            Value::Tuple(ts) => ts
                .iter()
                .any(|t| matches!(t, Value::Type(c) if et.is_subtype(c))),
            Value::Type(c) => et.is_subtype(c),
            _ => false,
        })
    }

    /// `str()` of an exception instance (BaseException, KeyError and
    /// SyntaxError rules).
    pub(crate) fn exception_str(&mut self, i: &Rc<PyInstance>) -> PyResult<String> {
        let Some(exc) = &i.exc else {
            return Ok(String::new());
        };
        let args = exc.args.borrow().clone();
        let cls = i.class();
        if cls.is_subtype(&self.exc_type(ExcKind::BaseExceptionGroup)) {
            return crate::builtins::exc_group::group_str(self, &args);
        }
        if cls.is_subtype(&self.exc_type(ExcKind::SyntaxError)) {
            // "msg (file.py, line N)": the file's base name only.
            let msg = match i.dict.get_item_str("msg") {
                Some(m) if !m.is_none() => self.str_of(&m)?,
                _ => match args.as_slice().first() {
                    Some(a) => self.str_of(a)?,
                    None => String::new(),
                },
            };
            let file = match i.dict.get_item_str("filename") {
                Some(Value::Str(s)) => {
                    let s = s.as_str();
                    Some(s.rsplit(['/', '\\']).next().unwrap_or(s).to_string())
                }
                _ => None,
            };
            let line = match i.dict.get_item_str("lineno") {
                Some(Value::Int(n)) => Some(n),
                _ => None,
            };
            return Ok(match (file, line) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {l})"),
                (None, None) => msg,
            });
        }
        if args.len() == 5 {
            for (kind, decode) in [
                (ExcKind::UnicodeDecodeError, true),
                (ExcKind::UnicodeEncodeError, false),
            ] {
                if cls.is_subtype(&self.exc_type(kind)) {
                    return crate::builtins::codecs::unicode_error_str(
                        self,
                        decode,
                        args.as_slice(),
                    );
                }
            }
        }
        // OSError(errno, strerror[, filename]): "[Errno 2] message: 'name'".
        if (2..=3).contains(&args.len()) && cls.is_subtype(&self.exc_type(ExcKind::OSError)) {
            let errno = self.str_of(&args[0])?;
            let msg = self.str_of(&args[1])?;
            return Ok(match args.as_slice().get(2) {
                Some(f) => format!("[Errno {errno}] {msg}: {}", self.repr_str(f)?),
                None => format!("[Errno {errno}] {msg}"),
            });
        }
        let is_key = cls.is_subtype(&self.exc_type(ExcKind::KeyError));
        match args.len() {
            0 => Ok(String::new()),
            1 if is_key => self.repr_str(&args[0]),
            1 => self.str_of(&args[0]),
            _ => self.repr_str(&Value::Tuple(args)),
        }
    }

    /// Line `line` of the file `filename` names, as CPython reads it back
    /// for errors found after parsing (`PyErr_ProgramTextObject`): `None`
    /// for pseudo-files such as `<string>`.
    fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let path = match &self.opts.cwd {
            Some(cwd) => cwd.join(filename),
            None => std::path::PathBuf::from(filename),
        };
        let data = std::fs::read(path).ok()?;
        let text = String::from_utf8_lossy(&data);
        let l = text.lines().nth((line as usize).checked_sub(1)?)?;
        Some(l.to_string())
    }

    /// A `SyntaxError` instance from a compile error.
    pub fn syntax_error(&self, e: &SyntaxErr) -> PyErr {
        let kind = match e.kind {
            crate::frontend::SyntaxErrKind::SyntaxError => ExcKind::SyntaxError,
            crate::frontend::SyntaxErrKind::IndentationError => ExcKind::IndentationError,
            crate::frontend::SyntaxErrKind::TabError => ExcKind::TabError,
        };
        let text = e
            .text
            .clone()
            .or_else(|| self.source_line(&e.filename, e.line))
            .map(|t| Value::string(t + "\n"))
            .unwrap_or(Value::None);
        let details = Value::tuple(vec![
            Value::str(&e.filename),
            Value::Int(e.line as i64),
            Value::Int(e.col as i64),
            text.clone(),
            Value::Int(e.end_line as i64),
            Value::Int(e.end_col as i64),
        ]);
        let err = self.new_exception(self.exc_type(kind), vec![Value::str(&e.msg), details]);
        let d = &err.0.dict;
        d.set_item_str("msg", Value::str(&e.msg));
        d.set_item_str("filename", Value::str(&e.filename));
        d.set_item_str("lineno", Value::Int(e.line as i64));
        d.set_item_str("offset", Value::Int(e.col as i64));
        d.set_item_str("text", text);
        d.set_item_str("end_lineno", Value::Int(e.end_line as i64));
        d.set_item_str("end_offset", Value::Int(e.end_col as i64));
        d.set_item_str("print_file_and_line", Value::None);
        err
    }

    /// A `traceback` object for `e.__traceback__` starting at entry `i`.
    pub(crate) fn traceback_object(&mut self, e: &PyErr, i: usize) -> Value {
        let tb = e.exc().traceback.borrow();
        let Some(entry) = tb.get(i) else {
            return Value::None;
        };
        let d = Rc::new(PyDict::new());
        d.set_item_str("tb_lineno", Value::Int(entry.line as i64));
        let frame = match &entry.frame {
            Some(f) => f.clone(),
            None => Rc::new(PyFrame {
                code: entry.code.clone(),
                globals: Rc::new(PyDict::new()),
                builtins: self.builtins.clone(),
                locals: None,
                live: std::cell::Cell::new(None),
                final_regs: RefCell::new(Vec::new()),
                final_line: std::cell::Cell::new(entry.line),
                extra: RefCell::new(None),
                back: RefCell::new(None),
            }),
        };
        d.set_item_str("tb_frame", Value::Frame(frame));
        d.set_item_str("tb_lasti", Value::Int(0));
        let has_next = i + 1 < tb.len();
        drop(tb);
        let next = if has_next {
            self.traceback_object(e, i + 1)
        } else {
            Value::None
        };
        d.set_item_str("tb_next", next);
        Value::Other(Rc::new(Other::Object {
            class: self.types.traceback.clone(),
            state: RefCell::new(Value::Dict(d)),
        }))
    }

    /// The qualified name printed for an exception's class.
    fn exc_type_display(&self, t: &Rc<PyType>) -> String {
        let module = match t.dict.get_item_str("__module__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "builtins".to_string(),
        };
        let q = t.qualname.borrow().to_string();
        if module == "builtins" || module == "__main__" {
            q
        } else {
            format!("{module}.{q}")
        }
    }

    /// The last line of a traceback: `Type: message`.
    pub fn format_exception_only(&mut self, e: &PyErr) -> String {
        let t = e.0.class();
        let name = self.exc_type_display(&t);
        let mut out = String::new();
        if t.is_subtype(&self.exc_type(ExcKind::SyntaxError)) {
            let d = &e.0.dict;
            if let (Some(Value::Str(file)), Some(Value::Int(line))) =
                (d.get_item_str("filename"), d.get_item_str("lineno"))
            {
                out.push_str(&format!("  File \"{}\", line {}\n", file.as_str(), line));
                if let Some(Value::Str(text)) = d.get_item_str("text") {
                    let t = text.as_str().trim_end_matches('\n');
                    let stripped = t.trim_start();
                    if !stripped.is_empty() {
                        out.push_str(&format!("    {stripped}\n"));
                        if let Some(Value::Int(off)) = d.get_item_str("offset") {
                            let lead = t.chars().count() - stripped.chars().count();
                            let pos = (off as usize).saturating_sub(1).saturating_sub(lead);
                            out.push_str(&format!("    {}^\n", " ".repeat(pos)));
                        }
                    }
                }
            }
            let msg = match d.get_item_str("msg") {
                Some(Value::Str(m)) => m.as_str().to_string(),
                _ => String::new(),
            };
            out.push_str(&format!("{name}: {msg}\n"));
            return out;
        }
        let msg = match self.str_of(&e.value()) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut msg = msg;
        if let Some(s) = self.suggestion(e) {
            msg.push_str(&s);
        }
        if msg.is_empty() {
            out.push_str(&name);
        } else {
            out.push_str(&format!("{name}: {msg}"));
        }
        out.push('\n');
        if let Some(Value::List(notes)) = e.0.dict.get_item_str("__notes__") {
            for n in notes.snapshot() {
                if let Ok(s) = self.str_of(&n) {
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
        out
    }

    /// The full report the default `sys.excepthook` prints.
    pub fn format_exception(&mut self, e: &PyErr) -> String {
        let mut ctx = GroupCtx::default();
        let mut out = String::new();
        self.format_chain(e, &mut ctx, &mut out);
        out
    }

    /// One exception with its cause/context chain, at the current depth of
    /// exception-group nesting (CPython's `TracebackException.format`).
    fn format_chain(&mut self, e: &PyErr, ctx: &mut GroupCtx, out: &mut String) {
        ctx.seen.push(Rc::as_ptr(&e.0));
        let cause = e.exc().cause.borrow().clone();
        let context = e.exc().context.borrow().clone();
        if let Some(c) = cause {
            if !ctx.seen.contains(&Rc::as_ptr(&c.0)) {
                self.format_chain(&c, ctx, out);
                ctx.emit(
                    out,
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                    '|',
                );
            }
        } else if let Some(c) = context {
            if !e.exc().suppress_context.get() && !ctx.seen.contains(&Rc::as_ptr(&c.0)) {
                self.format_chain(&c, ctx, out);
                ctx.emit(
                    out,
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                    '|',
                );
            }
        }
        let tb = self.format_tb_entries(e);
        let members = self.group_members(e);
        let Some(members) = members else {
            if !tb.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &tb, '|');
            }
            let only = self.format_exception_only(e);
            ctx.emit(out, &only, '|');
            return;
        };
        const MAX_WIDTH: usize = 15;
        const MAX_DEPTH: usize = 10;
        if ctx.depth > MAX_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {MAX_DEPTH})\n"), '|');
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if !tb.is_empty() {
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                if toplevel { '+' } else { '|' },
            );
            ctx.emit(out, &tb, '|');
        }
        let only = self.format_exception_only(e);
        ctx.emit(out, &only, '|');
        let n = members.len().min(MAX_WIDTH + 1);
        ctx.need_close = false;
        for (i, sub) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&format!(
                "{}{}+---------------- {title} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " }
            ));
            ctx.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_WIDTH;
                ctx.emit(
                    out,
                    &format!(
                        "and {remaining} more exception{}\n",
                        if remaining > 1 { "s" } else { "" }
                    ),
                    '|',
                );
            } else {
                self.format_chain(sub, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// The sub-exceptions of an exception group, `None` for other
    /// exceptions.
    fn group_members(&mut self, e: &PyErr) -> Option<Vec<PyErr>> {
        let group = self.exc_type(ExcKind::BaseExceptionGroup);
        if !e.0.class().is_subtype(&group) {
            return None;
        }
        let args = e.exc().args.borrow().clone();
        let list = args.as_slice().get(1)?.clone();
        let items = self.collect(&list).ok()?;
        Some(
            items
                .into_iter()
                .filter_map(|v| match v {
                    Value::Instance(i) if i.exc.is_some() => Some(PyErr(i)),
                    _ => None,
                })
                .collect(),
        )
    }

    /// The "File ..., line ..." lines of a traceback, innermost last,
    /// limited by `sys.tracebacklimit`.
    fn format_tb_entries(&mut self, e: &PyErr) -> String {
        let mut out = String::new();
        let limit = match self.sys.dict.get_item_str("tracebacklimit") {
            Some(Value::Int(n)) => Some(n.max(0) as usize),
            _ => None,
        };
        let tb = e.exc().traceback.borrow().clone();
        let tb: Vec<_> = match limit {
            Some(n) if n < tb.len() => tb[tb.len() - n..].to_vec(),
            _ => tb,
        };
        if !tb.is_empty() {
            let mut last: Option<(Rc<str>, u32, Rc<PyStr>)> = None;
            let mut repeat = 0usize;
            for entry in &tb {
                let key = (
                    entry.code.filename.clone(),
                    entry.line,
                    entry.code.name.clone(),
                );
                let same = last.as_ref().is_some_and(|l| {
                    l.0 == key.0 && l.1 == key.1 && l.2.as_str() == key.2.as_str()
                });
                if same {
                    repeat += 1;
                } else {
                    if repeat > 3 {
                        out.push_str(&repeated(repeat - 3));
                    }
                    repeat = 1;
                    last = Some(key);
                }
                if repeat <= 3 {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        entry.code.filename,
                        entry.line,
                        entry.code.name.as_str()
                    ));
                    if let Some(src) = self.sources.get(&entry.code.filename) {
                        let line = crate::frontend::LineIndex::new(src)
                            .line_text(entry.line)
                            .trim()
                            .to_string();
                        if !line.is_empty() {
                            out.push_str(&format!("    {line}\n"));
                        }
                    }
                }
            }
            if repeat > 3 {
                out.push_str(&repeated(repeat - 3));
            }
        }
        out
    }

    /// Prints an uncaught exception to stderr (the default excepthook).
    pub fn print_exception(&mut self, e: &PyErr) {
        let s = self.format_exception(e);
        self.flush();
        self.write_err(&s);
        self.flush();
    }
}

/// Where a traceback is being written within nested exception groups.
#[derive(Default)]
struct GroupCtx {
    seen: Vec<*const PyInstance>,
    depth: usize,
    need_close: bool,
}

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, each line prefixed by the indentation and, inside a
    /// group, the margin character.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn repeated(n: usize) -> String {
    format!(
        "  [Previous line repeated {} more time{}]\n",
        n,
        if n == 1 { "" } else { "s" }
    )
}
