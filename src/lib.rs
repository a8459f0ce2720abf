//! slotpy: a Python runtime that makes the cost of name resolution visible,
//! then beats it.
//!
//! Everything lives behind a [`Runtime`]: it owns its interpreter, types,
//! modules and compiled code, so several runtimes can coexist in one
//! process without interfering.
//!
//! ```
//! let mut rt = slotpy::Runtime::builder().capture_output().build();
//! rt.exec("x = 6 * 7").unwrap();
//! let v = rt.eval("x + 1").unwrap();
//! assert_eq!(rt.repr(&v).unwrap(), "43");
//! ```

use slotpy_runtime::bytecode::{dis, CodeKind};
use slotpy_runtime::compiler;
use slotpy_runtime::exc_kind::ExcKind;
use slotpy_runtime::objects::{PyDict, PyModule};
use slotpy_runtime::value::PyErr;
use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

pub use slotpy_runtime::{TierChoice as Tier, Value};

/// A Python exception that escaped to the embedder.
pub struct PyError {
    inner: PyErr,
    type_name: String,
    message: String,
    traceback: String,
}

impl PyError {
    /// The exception's class name (`"ValueError"`).
    pub fn type_name(&self) -> &str {
        &self.type_name
    }

    /// `str(exception)`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The report CPython prints for an uncaught exception.
    pub fn traceback(&self) -> &str {
        &self.traceback
    }

    /// For `SystemExit`, the exit status the process should end with.
    pub fn exit_code(&self) -> Option<i32> {
        if self.type_name != "SystemExit" {
            return None;
        }
        let args = self.inner.exc().args.borrow().clone();
        Some(match args.as_slice() {
            [] => 0,
            [Value::None] => 0,
            [Value::Int(i)] => *i as i32,
            [Value::Bool(b)] => b.get() as i32,
            _ => 1,
        })
    }
}

impl std::fmt::Debug for PyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.traceback.trim_end())
    }
}

impl std::fmt::Display for PyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl std::error::Error for PyError {}

/// A shared, growable output buffer (for capturing a runtime's output).
#[derive(Clone, Default)]
pub struct Captured(Rc<RefCell<Vec<u8>>>);

impl Captured {
    pub fn take(&self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut *self.0.borrow_mut())).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Options for a new [`Runtime`].
pub struct RuntimeBuilder {
    opts: slotpy_runtime::VmOptions,
    stdout: Option<Box<dyn Write>>,
    stderr: Option<Box<dyn Write>>,
    stdin: Option<Box<dyn std::io::BufRead>>,
    captured: Option<(Captured, Captured)>,
    events: Option<Box<dyn Write>>,
    explain: bool,
}

impl RuntimeBuilder {
    /// Counts how every name is resolved while running, for
    /// [`Runtime::explain_report`] (`slotpy explain`). Function bodies stay
    /// in the chosen tier, but the jit is off: native code cannot count.
    pub fn explain(mut self) -> Self {
        self.explain = true;
        self
    }

    /// The tier function bodies run in (`name`, `fast` or `jit`).
    pub fn tier(mut self, tier: Tier) -> Self {
        self.opts.tier = tier;
        self
    }

    /// `sys.argv` (the first item is the script name).
    pub fn argv(mut self, argv: Vec<String>) -> Self {
        self.opts.argv = argv;
        self
    }

    pub fn recursion_limit(mut self, n: usize) -> Self {
        self.opts.recursion_limit = n;
        self
    }

    /// Back-edges after which a loop is compiled by the jit tier.
    pub fn jit_threshold(mut self, n: u32) -> Self {
        self.opts.jit_threshold = n;
        self
    }

    /// Print per-loop jit statistics to stderr when the runtime is dropped
    /// (`--stats`); see also [`Runtime::jit_stats`].
    pub fn jit_stats(mut self, on: bool) -> Self {
        self.opts.jit_stats = on;
        self
    }

    /// Print the optimized Cranelift IR of each compiled loop to stderr.
    pub fn jit_dump(mut self, on: bool) -> Self {
        self.opts.jit_dump = on;
        self
    }

    /// Write one JSON object per line for each jit compile, deopt and
    /// rejection (`--tier-events=FILE`). Schema (stable): every object has
    /// `event` (`"compile"`, `"deopt"` or `"reject"`), `code` (qualified
    /// name), `file` and `line`; `compile` adds `header` (instruction
    /// index), `unboxed`, `boxed` (register counts) and `compile_us`;
    /// `deopt` adds `loop_line`, `pc`, `reason` (`entry-type`,
    /// `result-type`, `overflow`, `raises`, `frame-written`, `precision`,
    /// `iterator`, `item-type`, `global-changed`, `subscript`), `reg`
    /// (register or null) and `loop`
    /// (`"kept"`, `"invalidated"` or `"rejected"`); `reject` adds `header`
    /// and `reason`. Events of a function compiled whole instead carry
    /// `"function":true` and the `line` of its `def`: `compile` adds only
    /// `compile_us`, `reject` only `reason`, and `deopt` (a native run
    /// that could not finish, after which the interpreter keeps the
    /// function) has `"loop":"given-up"`.
    pub fn tier_events(mut self, w: Box<dyn Write>) -> Self {
        self.events = Some(w);
        self
    }

    /// The directory relative paths are resolved against (the process's
    /// working directory stays untouched).
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.opts.cwd = Some(dir.as_ref().to_path_buf());
        self
    }

    pub fn stdout(mut self, w: Box<dyn Write>) -> Self {
        self.stdout = Some(w);
        self
    }

    pub fn stderr(mut self, w: Box<dyn Write>) -> Self {
        self.stderr = Some(w);
        self
    }

    pub fn stdin(mut self, r: Box<dyn std::io::BufRead>) -> Self {
        self.stdin = Some(r);
        self
    }

    /// Collects stdout and stderr in memory; see [`Runtime::take_output`].
    pub fn capture_output(mut self) -> Self {
        let (o, e) = (Captured::default(), Captured::default());
        self.stdout = Some(Box::new(o.clone()));
        self.stderr = Some(Box::new(e.clone()));
        self.captured = Some((o, e));
        self
    }

    pub fn build(self) -> Runtime {
        let stdout = self
            .stdout
            .unwrap_or_else(|| Box::new(std::io::BufWriter::new(std::io::stdout())));
        let stderr = self.stderr.unwrap_or_else(|| Box::new(std::io::stderr()));
        let mut vm = slotpy_runtime::Vm::new(self.opts, stdout, stderr);
        vm.stdin_lines = self.stdin;
        if self.explain {
            vm.explain = Some(Box::default());
        } else if vm.opts.tier == Tier::Jit {
            vm.jit.make_backend = Some(|| Box::new(slotpy_jit::CraneliftBackend::new()));
        }
        vm.jit.events = self.events;
        let main = new_main_module(&vm);
        Runtime {
            vm,
            main,
            captured: self.captured,
        }
    }
}

fn new_main_module(vm: &slotpy_runtime::Vm) -> Rc<PyModule> {
    let d = Rc::new(PyDict::new());
    d.set_item_str("__name__", Value::str("__main__"));
    d.set_item_str("__doc__", Value::None);
    d.set_item_str("__package__", Value::None);
    d.set_item_str("__loader__", Value::None);
    d.set_item_str("__spec__", Value::None);
    d.set_item_str("__annotations__", Value::Dict(Rc::new(PyDict::new())));
    d.set_item_str(
        "__builtins__",
        vm.modules.get_item_str("builtins").unwrap_or(Value::None),
    );
    let m = Rc::new(PyModule {
        name: Rc::from("__main__"),
        dict: d,
    });
    vm.modules
        .set_item_str("__main__", Value::Module(m.clone()));
    m
}

/// One Python runtime.
pub struct Runtime {
    vm: slotpy_runtime::Vm,
    main: Rc<PyModule>,
    captured: Option<(Captured, Captured)>,
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::builder().build()
    }
}

impl Runtime {
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder {
            opts: slotpy_runtime::VmOptions::default(),
            stdout: None,
            stderr: None,
            stdin: None,
            captured: None,
            events: None,
            explain: false,
        }
    }

    pub fn new() -> Runtime {
        Runtime::default()
    }

    fn error(&mut self, e: PyErr) -> PyError {
        let traceback = self.vm.format_exception(&e);
        let type_name = e.0.class().name().to_string();
        let message = self.vm.str_of(&e.value()).unwrap_or_default();
        PyError {
            inner: e,
            type_name,
            message,
            traceback,
        }
    }

    /// Runs a program file as `__main__`.
    pub fn run_file(&mut self, path: impl AsRef<Path>) -> Result<(), PyError> {
        let path = path.as_ref();
        let source = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                let err = self.vm.err(
                    ExcKind::FileNotFoundError,
                    format!("can't open file '{}': {e}", path.display()),
                );
                return Err(self.error(err));
            }
        };
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let dir = abs
            .parent()
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_default();
        if let Some(Value::List(l)) = self.vm.sys.dict.get_item_str("path") {
            l.items_mut().insert(0, Value::string(dir));
        }
        let filename = abs.to_string_lossy().to_string();
        match self.vm.source_loader("__main__", &filename) {
            Ok(l) => self.main.dict.set_item_str("__loader__", l),
            Err(e) => return Err(self.error(e)),
        }
        self.run_source(&source, &filename)
    }

    /// Runs source text as the `__main__` module, `filename` naming it in
    /// tracebacks.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), PyError> {
        let d = self.main.dict.clone();
        d.set_item_str("__file__", Value::str(filename));
        d.set_item_str("__cached__", Value::None);
        self.vm.sources.insert(Rc::from(filename), Rc::from(source));
        let code = match self.vm.compile_source(source, filename, CodeKind::Module) {
            Ok(c) => c,
            Err(e) => return Err(self.error(e)),
        };
        let r = self
            .vm
            .run_code(&code, d.clone(), Some(Value::Dict(d)), &[]);
        self.vm.flush();
        r.map(|_| ()).map_err(|e| self.error(e))
    }

    /// Executes statements in the `__main__` namespace.
    pub fn exec(&mut self, source: &str) -> Result<(), PyError> {
        let d = self.main.dict.clone();
        let code = self
            .vm
            .compile_source(source, "<string>", CodeKind::Exec)
            .map_err(|e| self.error(e))?;
        let r = self
            .vm
            .run_code(&code, d.clone(), Some(Value::Dict(d)), &[]);
        self.vm.flush();
        r.map(|_| ()).map_err(|e| self.error(e))
    }

    /// Evaluates an expression in the `__main__` namespace.
    pub fn eval(&mut self, expr: &str) -> Result<Value, PyError> {
        let d = self.main.dict.clone();
        let code = self
            .vm
            .compile_source(expr.trim(), "<string>", CodeKind::Eval)
            .map_err(|e| self.error(e))?;
        let r = self
            .vm
            .run_code(&code, d.clone(), Some(Value::Dict(d)), &[]);
        self.vm.flush();
        r.map_err(|e| self.error(e))
    }

    /// `repr()` of a value, as Python would print it.
    pub fn repr(&mut self, v: &Value) -> Result<String, PyError> {
        self.vm.repr_str(v).map_err(|e| self.error(e))
    }

    /// The register code of a source file, every code object listed.
    pub fn dis(&mut self, source: &str, filename: &str) -> Result<String, PyError> {
        let code = self
            .vm
            .compile_source(source, filename, CodeKind::Module)
            .map_err(|e| self.error(e))?;
        Ok(dis::disassemble(&code))
    }

    /// The symbol table of a source file, in the format of CPython's
    /// `symtable` module as printed by `tests/tools/symtable_dump.py`.
    pub fn scopes(&mut self, source: &str, filename: &str) -> Result<String, PyError> {
        compiler::scopes(source, filename).map_err(|e| {
            let err = self.vm.syntax_error(&e);
            self.error(err)
        })
    }

    /// What `slotpy explain` prints: per code object that ran, its tier and
    /// why, each name with how it was resolved and how often, then a
    /// one-line summary. `None` unless built with
    /// [`RuntimeBuilder::explain`].
    pub fn explain_report(&self) -> Option<String> {
        self.vm.explain_report()
    }

    /// Prints an uncaught exception as CPython's top level does and
    /// returns the process exit status (SystemExit honoured).
    pub fn report(&mut self, err: &PyError) -> i32 {
        if let Some(code) = err.exit_code() {
            let args = err.inner.exc().args.borrow().clone();
            if let [v] = args.as_slice() {
                if !matches!(v, Value::None | Value::Int(_) | Value::Bool(_)) {
                    let s = self.vm.str_of(v).unwrap_or_default();
                    self.vm.write_err(&format!("{s}\n"));
                }
            }
            self.vm.flush();
            return code;
        }
        self.vm.flush();
        self.vm.write_err(&err.traceback);
        self.vm.flush();
        1
    }

    /// Writes out buffered program output.
    pub fn flush(&mut self) {
        self.vm.flush();
    }

    /// Output written so far, when built with `capture_output`.
    pub fn take_output(&mut self) -> (String, String) {
        self.vm.flush();
        match &self.captured {
            Some((o, e)) => (o.take(), e.take()),
            None => (String::new(), String::new()),
        }
    }

    /// The interpreter, for tools that need more than this facade.
    pub fn vm(&mut self) -> &mut slotpy_runtime::Vm {
        &mut self.vm
    }
}

impl Runtime {
    /// The jit tier's per-loop statistics so far (what `--stats` prints).
    pub fn jit_stats(&self) -> String {
        self.vm.jit_stats_report()
    }
}

impl Runtime {
    /// Ends the process the way dropping the runtime would end its output
    /// (`--stats` report, event log, buffered output), without freeing its
    /// objects one by one: for command-line hosts, where the operating
    /// system reclaims the memory at once.
    pub fn exit(mut self, code: i32) -> ! {
        self.finish();
        std::process::exit(code)
    }

    fn finish(&mut self) {
        if self.vm.opts.jit_stats {
            let report = self.vm.jit_stats_report();
            self.vm.flush();
            self.vm.write_err(&report);
        }
        self.vm.flush_tier_events();
        self.vm.flush();
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        self.finish();
    }
}
