//! `open()` and its file objects, and the `io` module's error class.
//!
//! A file opened for reading is read whole when opened (programs read
//! their input files; this keeps `readline` and iteration simple); writes
//! go through a buffer flushed on `flush()` and `close()`. Text files use
//! the encodings of `builtins::codecs` and translate `\r\n` and `\r` to
//! `\n` when reading.

use super::args::{arity, kwargs};
use super::codecs::{self, Codec};
use super::{native_type, native_value, new_module, with_native};
use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyErr, PyResult, Value};
use std::io::Write;
use std::rc::Rc;

/// The state of one open file.
struct File {
    name: Value,
    mode: String,
    binary: bool,
    codec: Codec,
    /// The whole content of a file opened for reading, and the position.
    data: Vec<u8>,
    pos: usize,
    readable: bool,
    writer: Option<std::io::BufWriter<std::fs::File>>,
    closed: bool,
}

/// The types of file objects, created with the first `open()`.
struct FileTypes {
    text: Rc<PyType>,
    reader: Rc<PyType>,
    writer: Rc<PyType>,
    unsupported: Rc<PyType>,
}

fn file_types(vm: &mut Vm) -> PyResult<FileTypes> {
    let io = vm.import_module("io")?;
    let get = |name: &str| -> Option<Rc<PyType>> {
        match &io {
            Value::Module(m) => match m.dict.get_item_str(name) {
                Some(Value::Type(t)) => Some(t),
                _ => None,
            },
            _ => None,
        }
    };
    match (
        get("TextIOWrapper"),
        get("BufferedReader"),
        get("BufferedWriter"),
        get("UnsupportedOperation"),
    ) {
        (Some(text), Some(reader), Some(writer), Some(unsupported)) => Ok(FileTypes {
            text,
            reader,
            writer,
            unsupported,
        }),
        _ => Err(vm.err(ExcKind::ImportError, "the io module is incomplete")),
    }
}

/// The `io` module: the file types and `UnsupportedOperation`.
pub fn make_io(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(vm, "io", &[("open", open)]);
    for name in ["TextIOWrapper", "BufferedReader", "BufferedWriter"] {
        let t = native_type(vm, "_io", name, false);
        let methods: &[(&str, BuiltinFn)] = &[
            ("read", f_read),
            ("readline", f_readline),
            ("readlines", f_readlines),
            ("write", f_write),
            ("writelines", f_writelines),
            ("close", f_close),
            ("flush", f_flush),
            ("readable", f_readable),
            ("writable", f_writable),
            ("seekable", f_seekable),
            ("isatty", f_isatty),
            ("tell", f_tell),
            ("seek", f_seek),
            ("__enter__", f_enter),
            ("__exit__", f_exit),
            ("__iter__", f_enter),
            ("__next__", f_next),
            ("__repr__", f_repr),
        ];
        for (n, f) in methods {
            vm.add_method(&t, n, *f);
        }
        super::add_getter(vm, &t, "closed", f_closed);
        super::add_getter(vm, &t, "name", f_name);
        super::add_getter(vm, &t, "mode", f_mode);
        if name == "TextIOWrapper" {
            super::add_getter(vm, &t, "encoding", f_encoding);
        }
        m.dict.set_item_str(name, Value::Type(t));
    }
    super::run_module_source(
        vm,
        &m,
        "class UnsupportedOperation(OSError, ValueError):\n    pass\n",
    )?;
    if let Some(Value::Type(t)) = m.dict.get_item_str("UnsupportedOperation") {
        t.dict.set_item_str("__module__", Value::str("io"));
    }
    Ok(m)
}

/// An OSError subclass for an I/O failure, with errno, message and name.
fn os_error(vm: &mut Vm, e: &std::io::Error, name: &Value) -> PyErr {
    let (kind, errno, msg) = match e.kind() {
        std::io::ErrorKind::NotFound => {
            (ExcKind::FileNotFoundError, 2, "No such file or directory")
        }
        std::io::ErrorKind::PermissionDenied => (ExcKind::PermissionError, 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => (ExcKind::FileExistsError, 17, "File exists"),
        std::io::ErrorKind::IsADirectory => (ExcKind::IsADirectoryError, 21, "Is a directory"),
        std::io::ErrorKind::NotADirectory => (ExcKind::NotADirectoryError, 20, "Not a directory"),
        _ => (
            ExcKind::OSError,
            e.raw_os_error().unwrap_or(5) as i64,
            "Input/output error",
        ),
    };
    let args = vec![Value::Int(errno), Value::str(msg), name.clone()];
    let err = vm.new_exception(vm.exc_type(kind), args.clone());
    super::object::exc_fill_fields(vm, &err.0, &args);
    err
}

fn open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [file_kw, mode_kw, _buf, enc_kw, err_kw, newline_kw] = kwargs(
        vm,
        "open",
        kw,
        ["file", "mode", "buffering", "encoding", "errors", "newline"],
    )?;
    arity(vm, "open", args, 0, 6)?;
    let Some(name) = args.first().cloned().or(file_kw) else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let mode = match args.get(1).cloned().or(mode_kw) {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(&v)
            )))
        }
    };
    let _ = (err_kw, newline_kw);
    // Validate the mode as CPython does.
    let mut kinds = 0;
    let (mut read, mut write, mut append, mut create, mut plus) =
        (false, false, false, false, false);
    let (mut binary, mut text) = (false, false);
    for c in mode.chars() {
        let dup = match c {
            'r' => std::mem::replace(&mut read, true),
            'w' => std::mem::replace(&mut write, true),
            'a' => std::mem::replace(&mut append, true),
            'x' => std::mem::replace(&mut create, true),
            '+' => std::mem::replace(&mut plus, true),
            'b' => std::mem::replace(&mut binary, true),
            't' => std::mem::replace(&mut text, true),
            _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
        };
        if dup {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        if "rwax".contains(c) {
            kinds += 1;
        }
    }
    if binary && text {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if kinds != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    let encoding = args.get(3).cloned().or(enc_kw);
    if binary && encoding.as_ref().is_some_and(|e| !e.is_none()) {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    let codec = match &encoding {
        Some(Value::Str(e)) => codecs::lookup(vm, e.as_str())?,
        _ => Codec::Utf8,
    };
    let path_str = match &name {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )))
        }
    };
    let path = match &vm.opts.cwd {
        Some(cwd) => cwd.join(&path_str),
        None => std::path::PathBuf::from(&path_str),
    };
    let mut f = File {
        name: name.clone(),
        mode: mode.replace('t', ""),
        binary,
        codec,
        data: Vec::new(),
        pos: 0,
        readable: read || plus,
        writer: None,
        closed: false,
    };
    if read {
        f.data = std::fs::read(&path).map_err(|e| os_error(vm, &e, &name))?;
        if path.is_dir() {
            let e = std::io::Error::from(std::io::ErrorKind::IsADirectory);
            return Err(os_error(vm, &e, &name));
        }
    }
    if write || append || create || plus && !read {
        let mut o = std::fs::OpenOptions::new();
        o.write(true);
        if write {
            o.create(true).truncate(true);
        } else if append {
            o.create(true).append(true);
        } else if create {
            o.create_new(true);
        }
        let file = o.open(&path).map_err(|e| os_error(vm, &e, &name))?;
        f.writer = Some(std::io::BufWriter::new(file));
    } else if plus {
        let file = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .map_err(|e| os_error(vm, &e, &name))?;
        f.writer = Some(std::io::BufWriter::new(file));
    }
    let types = file_types(vm)?;
    let cls = if !binary {
        types.text
    } else if read {
        types.reader
    } else {
        types.writer
    };
    Ok(native_value(&cls, f))
}

/// Runs `f` on an open file's state; a closed file is a ValueError.
fn with_open<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut File) -> R) -> PyResult<R> {
    let closed = with_native::<File, bool>(vm, v, "file", |s| s.closed)?;
    if closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    with_native::<File, R>(vm, v, "file", f)
}

fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    match file_types(vm) {
        Ok(t) => vm.new_exception(t.unsupported, vec![Value::str(what)]),
        Err(e) => e,
    }
}

/// Decodes bytes read from a text file, with universal newlines.
fn text_of(vm: &mut Vm, codec: Codec, data: &[u8]) -> PyResult<Value> {
    let s = codecs::decode_with(vm, data, codec, "strict")?;
    let s = if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    };
    Ok(Value::string(s))
}

fn result(vm: &mut Vm, binary: bool, codec: Codec, data: Vec<u8>) -> PyResult<Value> {
    if binary {
        Ok(Value::Bytes(Rc::new(PyBytes::new(data))))
    } else {
        text_of(vm, codec, &data)
    }
}

fn check_readable(vm: &mut Vm, v: &Value) -> PyResult<(bool, Codec)> {
    let (readable, binary, codec) = with_open(vm, v, |f| (f.readable, f.binary, f.codec))?;
    if !readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok((binary, codec))
}

fn f_read(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "read", &a[1..], 0, 1)?;
    let (binary, codec) = check_readable(vm, &a[0])?;
    let n = match a.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => vm.index_of(v, "size")?,
    };
    let data = with_open(vm, &a[0], |f| {
        let rest = &f.data[f.pos..];
        let take = if n < 0 {
            rest.len()
        } else if binary {
            (n as usize).min(rest.len())
        } else {
            // n characters: whole UTF-8 sequences.
            let text = String::from_utf8_lossy(rest);
            text.chars()
                .take(n as usize)
                .map(char::len_utf8)
                .sum::<usize>()
                .min(rest.len())
        };
        let out = rest[..take].to_vec();
        f.pos += take;
        out
    })?;
    result(vm, binary, codec, data)
}

/// The next line (through `\n`, or `\r\n`/`\r` in text mode), at most
/// `limit` bytes when given.
fn next_line(f: &mut File, limit: Option<usize>) -> Vec<u8> {
    let rest = &f.data[f.pos..];
    let mut end = rest
        .iter()
        .position(|&c| c == b'\n')
        .map_or(rest.len(), |i| i + 1);
    if !f.binary {
        if let Some(i) = rest[..end].iter().position(|&c| c == b'\r') {
            end = if rest.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            };
        }
    }
    if let Some(l) = limit {
        end = end.min(l);
    }
    let out = rest[..end].to_vec();
    f.pos += end;
    out
}

fn f_readline(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "readline", &a[1..], 0, 1)?;
    let (binary, codec) = check_readable(vm, &a[0])?;
    let limit = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = vm.index_of(v, "size")?;
            (n >= 0).then_some(n as usize)
        }
    };
    let line = with_open(vm, &a[0], |f| next_line(f, limit))?;
    result(vm, binary, codec, line)
}

fn f_readlines(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "readlines", &a[1..], 0, 1)?;
    let (binary, codec) = check_readable(vm, &a[0])?;
    let lines = with_open(vm, &a[0], |f| {
        let mut out = Vec::new();
        while f.pos < f.data.len() {
            out.push(next_line(f, None));
        }
        out
    })?;
    let mut items = Vec::with_capacity(lines.len());
    for l in lines {
        items.push(result(vm, binary, codec, l)?);
    }
    Ok(Value::list(items))
}

fn f_next(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (binary, codec) = check_readable(vm, &a[0])?;
    let line = with_open(vm, &a[0], |f| next_line(f, None))?;
    if line.is_empty() {
        return Err(vm.err_empty(ExcKind::StopIteration));
    }
    result(vm, binary, codec, line)
}

fn write_data(vm: &mut Vm, file: &Value, v: &Value) -> PyResult<usize> {
    let (writable, binary, codec) =
        with_open(vm, file, |f| (f.writer.is_some(), f.binary, f.codec))?;
    if !writable {
        return Err(unsupported(vm, "not writable"));
    }
    let (bytes, count) = if binary {
        match super::bytes::bytes_like(v) {
            Some(b) => {
                let n = b.len();
                (b, n)
            }
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )))
            }
        }
    } else {
        match Vm::unwrap_base(v) {
            Value::Str(s) => (
                codecs::encode_with(vm, s.as_str(), codec, "strict")?,
                s.len(),
            ),
            _ => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(v)
                )))
            }
        }
    };
    let r = with_open(vm, file, |f| f.writer.as_mut().map(|w| w.write_all(&bytes)))?;
    if let Some(Err(e)) = r {
        let name = with_native::<File, Value>(vm, file, "file", |f| f.name.clone())?;
        return Err(os_error(vm, &e, &name));
    }
    Ok(count)
}

fn f_write(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "write", &a[1..], 1, 1)?;
    write_data(vm, &a[0], &a[1]).map(|n| Value::Int(n as i64))
}

fn f_writelines(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "writelines", &a[1..], 1, 1)?;
    let it = vm.get_iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        write_data(vm, &a[0], &line)?;
    }
    Ok(Value::None)
}

fn flush_file(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let r = with_native::<File, _>(vm, v, "file", |f| f.writer.as_mut().map(|w| w.flush()))?;
    if let Some(Err(e)) = r {
        let name = with_native::<File, Value>(vm, v, "file", |f| f.name.clone())?;
        return Err(os_error(vm, &e, &name));
    }
    Ok(())
}

fn f_flush(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_open(vm, &a[0], |_| ())?;
    flush_file(vm, &a[0])?;
    Ok(Value::None)
}

fn f_close(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let closed = with_native::<File, bool>(vm, &a[0], "file", |f| f.closed)?;
    if closed {
        return Ok(Value::None);
    }
    let flushed = flush_file(vm, &a[0]);
    with_native::<File, ()>(vm, &a[0], "file", |f| {
        f.closed = true;
        f.writer = None;
        f.data = Vec::new();
    })?;
    flushed.map(|_| Value::None)
}

fn f_enter(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_open(vm, &a[0], |_| ())?;
    Ok(a[0].clone())
}

fn f_exit(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    f_close(vm, &a[..1], &[])?;
    Ok(Value::None)
}

fn f_readable(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_open(vm, &a[0], |f| Value::bool(f.readable))
}

fn f_writable(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_open(vm, &a[0], |f| Value::bool(f.writer.is_some()))
}

fn f_seekable(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_open(vm, &a[0], |f| Value::bool(f.readable))
}

fn f_isatty(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_open(vm, &a[0], |_| Value::bool(false))
}

fn f_tell(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_open(vm, &a[0], |f| Value::Int(f.pos as i64))
}

fn f_seek(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "seek", &a[1..], 1, 2)?;
    let off = vm.index_of(&a[1], "offset")?;
    let whence = match a.get(2) {
        Some(v) => vm.index_of(v, "whence")?,
        None => 0,
    };
    let r = with_open(vm, &a[0], |f| {
        if !f.readable {
            return None;
        }
        let base = match whence {
            1 => f.pos as i64,
            2 => f.data.len() as i64,
            _ => 0,
        };
        f.pos = (base + off).clamp(0, f.data.len() as i64) as usize;
        Some(f.pos)
    })?;
    match r {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(unsupported(vm, "seek")),
    }
}

fn f_closed(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_native::<File, Value>(vm, &a[0], "file", |f| Value::bool(f.closed))
}

fn f_name(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_native::<File, Value>(vm, &a[0], "file", |f| f.name.clone())
}

fn f_mode(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_native::<File, Value>(vm, &a[0], "file", |f| Value::str(&f.mode))
}

fn f_encoding(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    with_native::<File, Value>(vm, &a[0], "file", |f| match f.codec {
        Codec::Utf8 => Value::str("UTF-8"),
        c => Value::str(&format!("{c:?}").to_lowercase()),
    })
}

fn f_repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let (name, mode, binary) = with_native::<File, _>(vm, &a[0], "file", |f| {
        (f.name.clone(), f.mode.clone(), f.binary)
    })?;
    let cls = vm.type_of(&a[0]).name();
    let name = vm.repr_str(&name)?;
    Ok(Value::string(if binary {
        format!("<_io.{cls} name={name}>")
    } else {
        format!("<_io.{cls} name={name} mode='{mode}' encoding='UTF-8'>")
    }))
}

/// The builtin `open`.
pub fn builtin_open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    open(vm, args, kw)
}
