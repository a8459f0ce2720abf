//! The interpreter state of one runtime: value stack, frames, built-in
//! types and modules. Nothing here is global: two `Vm`s in one process
//! share nothing.

use super::jit_entry::JitState;
use crate::bytecode::{CodeObject, Tier};
use crate::exc_kind::{ExcKind, NativeErr};
use crate::objects::function::Binding;
use crate::objects::*;
use crate::value::{PyErr, PyResult, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

/// Which tier function bodies run in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TierChoice {
    /// Dict namespaces everywhere (function bodies too).
    Name,
    /// Register frames, interpreted.
    Fast,
    /// Register frames, hot loops compiled to native code.
    Jit,
}

impl TierChoice {
    pub fn as_str(self) -> &'static str {
        match self {
            TierChoice::Name => "name",
            TierChoice::Fast => "fast",
            TierChoice::Jit => "jit",
        }
    }
}

/// A frame being executed.
pub struct Frame {
    pub code: Rc<CodeObject>,
    /// First register of this frame in `Vm::stack`.
    pub base: usize,
    /// Index of the instruction being executed.
    pub pc: usize,
    pub globals: Rc<PyDict>,
    pub builtins: Rc<PyDict>,
    /// The namespace of `name` code (a dict or any mapping).
    pub locals: Option<Value>,
    /// The frame object, once Python code asked for it.
    pub obj: Option<Rc<PyFrame>>,
    /// Depth of the handled-exception stack when the frame started.
    pub exc_depth: usize,
}

/// Interned strings for names the runtime looks up often, keyed by the
/// address of the Rust literal (no hashing of the text; two equal literals
/// at different addresses just get two equal strings).
pub struct Names {
    map: HashMap<(usize, usize), Rc<PyStr>, std::hash::BuildHasherDefault<AddrHasher>>,
}

/// A hasher for addresses: a multiplicative mix is enough.
#[derive(Default)]
pub struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x100000001b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64)
            .wrapping_mul(0x9E3779B97F4A7C15)
            .rotate_left(23);
    }
}

impl Names {
    fn new() -> Self {
        Names {
            map: HashMap::default(),
        }
    }

    #[inline]
    pub fn get(&mut self, s: &'static str) -> Rc<PyStr> {
        self.map
            .entry((s.as_ptr() as usize, s.len()))
            .or_insert_with(|| Rc::new(PyStr::new(s)))
            .clone()
    }
}

macro_rules! builtin_types {
    ($($field:ident: $name:expr, $kind:ident, $base_ok:expr;)*) => {
        /// The built-in type objects of one runtime.
        pub struct Types {
            $(pub $field: Rc<PyType>,)*
            pub exceptions: Vec<Rc<PyType>>,
        }

        impl Types {
            fn new() -> Types {
                let object = new_type("object", TypeKind::Object, vec![], true);
                let mk = |name: &str, kind: TypeKind, base_ok: bool| {
                    let t = new_type(name, kind, vec![object.clone()], base_ok);
                    t
                };
                $(let $field = if $name == "object" { object.clone() } else { mk($name, TypeKind::$kind, $base_ok) };)*
                let mut exceptions: Vec<Rc<PyType>> = Vec::new();
                for kind in ExcKind::ALL {
                    let bases = match kind.parent() {
                        Some(p) => vec![exceptions[p as usize].clone()],
                        None => vec![object.clone()],
                    };
                    exceptions.push(new_type(kind.name(), TypeKind::BaseException, bases, true));
                }
                Types { $($field,)* exceptions }
            }
        }
    };
}

builtin_types! {
    object: "object", Object, true;
    type_: "type", Type, true;
    none: "NoneType", NoneType, false;
    not_implemented: "NotImplementedType", NotImplementedType, false;
    ellipsis: "ellipsis", Ellipsis, false;
    int: "int", Int, true;
    bool_: "bool", Bool, false;
    float: "float", Float, true;
    complex: "complex", Complex, true;
    str_: "str", Str, true;
    bytes: "bytes", Bytes, true;
    // A Rust-implemented type (`builtins::bytes`): kind `Other`.
    bytearray: "bytearray", Other, true;
    list: "list", List, true;
    tuple: "tuple", Tuple, true;
    dict: "dict", Dict, true;
    set: "set", Set, true;
    frozenset: "frozenset", FrozenSet, true;
    range: "range", Range, false;
    slice: "slice", Slice, false;
    function: "function", Function, false;
    builtin_function: "builtin_function_or_method", BuiltinFunction, false;
    method: "method", Method, false;
    module: "module", Module, true;
    code: "code", Code, false;
    cell: "cell", Cell, false;
    frame: "frame", Frame, false;
    frame_locals_proxy: "FrameLocalsProxy", FrameLocalsProxy, false;
    property: "property", Property, true;
    staticmethod: "staticmethod", StaticMethod, true;
    classmethod: "classmethod", ClassMethod, true;
    super_: "super", Super, true;
    generator: "generator", Generator, false;
    dict_keys: "dict_keys", DictView, false;
    dict_values: "dict_values", DictView, false;
    dict_items: "dict_items", DictView, false;
    range_iterator: "range_iterator", Iterator, false;
    list_iterator: "list_iterator", Iterator, false;
    tuple_iterator: "tuple_iterator", Iterator, false;
    str_iterator: "str_ascii_iterator", Iterator, false;
    dict_keyiterator: "dict_keyiterator", Iterator, false;
    dict_valueiterator: "dict_valueiterator", Iterator, false;
    dict_itemiterator: "dict_itemiterator", Iterator, false;
    set_iterator: "set_iterator", Iterator, false;
    reversed: "reversed", Iterator, false;
    enumerate: "enumerate", Iterator, true;
    zip: "zip", Iterator, true;
    map: "map", Iterator, true;
    filter: "filter", Iterator, true;
    iterator: "iterator", Iterator, false;
    callable_iterator: "callable_iterator", Iterator, false;
    text_io: "TextIOWrapper", Other, false;
    traceback: "traceback", Other, false;
    mappingproxy: "mappingproxy", Other, false;
    member_descriptor: "member_descriptor", Other, false;
    generic_alias: "GenericAlias", Other, false;
    union_type: "UnionType", Other, false;
    typevar: "TypeVar", Other, false;
    typevartuple: "TypeVarTuple", Other, false;
    paramspec: "ParamSpec", Other, false;
    type_alias: "TypeAliasType", Other, false;
}

fn new_type(name: &str, kind: TypeKind, bases: Vec<Rc<PyType>>, base_ok: bool) -> Rc<PyType> {
    let mut mro = Vec::new();
    if let Some(b) = bases.first() {
        mro.push(b.clone());
        mro.extend(b.mro.borrow().iter().cloned());
    }
    Rc::new(PyType {
        name: RefCell::new(Rc::from(name)),
        qualname: RefCell::new(Rc::from(name)),
        bases: RefCell::new(bases),
        mro: RefCell::new(mro),
        dict: Rc::new(PyDict::new()),
        kind,
        metaclass: RefCell::new(None),
        builtin: true,
        base_ok,
        special_cache: Default::default(),
        attr_cache: Default::default(),
        subclasses: Default::default(),
        layout: Default::default(),
        dict_size: Default::default(),
        init_cache: Default::default(),
    })
}

/// Creates a built-in module on first import.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Rc<PyModule>>;

/// Settings of a runtime.
#[derive(Clone, Debug)]
pub struct VmOptions {
    pub tier: TierChoice,
    pub recursion_limit: usize,
    pub argv: Vec<String>,
    pub jit_threshold: u32,
    /// `--stats`: print per-loop jit statistics to stderr at exit.
    pub jit_stats: bool,
    /// `--jit-dump`: print the optimized IR of each compiled loop.
    pub jit_dump: bool,
    /// The directory relative paths (e.g. in `open()`) are resolved
    /// against; the process's own when `None`.
    pub cwd: Option<std::path::PathBuf>,
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions {
            tier: TierChoice::Jit,
            recursion_limit: 1000,
            argv: vec![String::new()],
            jit_threshold: 1000,
            jit_stats: false,
            jit_dump: false,
            cwd: None,
        }
    }
}

pub struct Vm {
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub types: Types,
    pub builtins: Rc<PyDict>,
    pub modules: Rc<PyDict>,
    pub sys: Rc<PyModule>,
    /// Exceptions being handled (innermost last): `sys.exc_info()`, bare
    /// `raise`, and the `__context__` of new exceptions.
    pub handled: Vec<PyErr>,
    pub opts: VmOptions,
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
    /// Source text of compiled files, for traceback lines.
    pub sources: HashMap<Rc<str>, Rc<str>>,
    pub names: Names,
    /// Python call depth, for RecursionError.
    pub depth: usize,
    /// Depth of native recursion (repr of nested containers...).
    pub native_depth: usize,
    /// The jit tier: backend, compiled-loop bookkeeping, diagnostics.
    pub jit: JitState,
    /// Modules implemented in Rust, by name, created on first import.
    pub native_modules: HashMap<&'static str, ModuleInit>,
    /// Where `import` finds source modules (sys.path is the list form).
    pub main_dir: Option<std::path::PathBuf>,
    pub stdin_lines: Option<Box<dyn std::io::BufRead>>,
    /// Origin of `time.perf_counter()`.
    pub start_time: std::time::Instant,
    /// Containers whose repr is being computed (for `[...]`).
    pub repr_active: Vec<usize>,
    /// Bumped whenever a class attribute is assigned or deleted: keys the
    /// per-type special-method caches.
    pub type_epoch: u64,
    /// Counters of `slotpy explain`, when explaining (the interpreter then
    /// runs its counting instance).
    pub explain: Option<Box<super::explain::Explain>>,
    /// Globals dicts that are the storage of a dict-subclass instance
    /// overriding `__getitem__`/`__missing__` (given to exec/eval or
    /// FunctionType): CPython's LOAD_GLOBAL then goes through the
    /// instance's methods. Consulted only when a global lookup misses its
    /// inline cache, and such lookups never fill it.
    pub mapped_globals: Vec<(std::rc::Weak<PyDict>, std::rc::Weak<PyInstance>)>,
}

impl Vm {
    pub fn new(opts: VmOptions, stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Vm {
        let types = Types::new();
        // bool is a subclass of int.
        *types.bool_.bases.borrow_mut() = vec![types.int.clone()];
        *types.bool_.mro.borrow_mut() = vec![types.int.clone(), types.object.clone()];
        let builtins = Rc::new(PyDict::new());
        let modules = Rc::new(PyDict::new());
        let sys = Rc::new(PyModule {
            name: Rc::from("sys"),
            dict: Rc::new(PyDict::new()),
        });
        let mut vm = Vm {
            stack: Vec::with_capacity(1024),
            frames: Vec::new(),
            types,
            builtins,
            modules,
            sys,
            handled: Vec::new(),
            opts,
            stdout,
            stderr,
            sources: HashMap::new(),
            names: Names::new(),
            depth: 0,
            native_depth: 0,
            jit: JitState {
                layout: crate::jit_iface::layout(),
                ..JitState::default()
            },
            native_modules: HashMap::new(),
            main_dir: None,
            stdin_lines: None,
            start_time: std::time::Instant::now(),
            repr_active: Vec::new(),
            type_epoch: 0,
            explain: None,
            mapped_globals: Vec::new(),
        };
        crate::builtins::install(&mut vm);
        vm
    }

    pub fn tier(&self) -> TierChoice {
        self.opts.tier
    }

    pub fn intern(&mut self, s: &'static str) -> Rc<PyStr> {
        self.names.get(s)
    }

    // ---- types ----

    pub fn type_of(&self, v: &Value) -> Rc<PyType> {
        let t = &self.types;
        match v {
            Value::Unbound | Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::Method(_) => t.method.clone(),
            Value::Type(c) => match &*c.metaclass.borrow() {
                Some(m) => m.clone(),
                None => t.type_.clone(),
            },
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Frame(_) => t.frame.clone(),
            Value::Iter(it) => self.iter_type(it),
            Value::Other(o) => match &**o {
                Other::Property { .. } => t.property.clone(),
                Other::StaticMethod(_) => t.staticmethod.clone(),
                Other::ClassMethod(_) => t.classmethod.clone(),
                Other::FrameLocalsProxy(_) => t.frame_locals_proxy.clone(),
                Other::Super { .. } => t.super_.clone(),
                Other::DictView { kind, .. } => match kind {
                    iter::DictIterKind::Keys => t.dict_keys.clone(),
                    iter::DictIterKind::Values => t.dict_values.clone(),
                    iter::DictIterKind::Items => t.dict_items.clone(),
                },
                Other::Object { class, .. } | Other::Native { class, .. } => class.clone(),
                Other::Generator(_) => t.generator.clone(),
                Other::Complex { .. } => t.complex.clone(),
            },
        }
    }

    fn iter_type(&self, it: &PyIter) -> Rc<PyType> {
        let t = &self.types;
        match &*it.state.borrow() {
            IterState::Range { .. } | IterState::BigRange { .. } => t.range_iterator.clone(),
            IterState::Seq { seq, .. } => match seq {
                Value::Tuple(_) => t.tuple_iterator.clone(),
                _ => t.list_iterator.clone(),
            },
            IterState::Str { .. } => t.str_iterator.clone(),
            IterState::Dict { kind, .. } => match kind {
                iter::DictIterKind::Keys => t.dict_keyiterator.clone(),
                iter::DictIterKind::Values => t.dict_valueiterator.clone(),
                iter::DictIterKind::Items => t.dict_itemiterator.clone(),
            },
            IterState::Set { .. } => t.set_iterator.clone(),
            IterState::Reversed { .. } => t.reversed.clone(),
            IterState::Enumerate { .. } => t.enumerate.clone(),
            IterState::Zip { .. } => t.zip.clone(),
            IterState::Map { .. } => t.map.clone(),
            IterState::Filter { .. } => t.filter.clone(),
            IterState::GetItem { .. } => t.iterator.clone(),
            IterState::Callable { .. } => t.callable_iterator.clone(),
            IterState::Exhausted => t.iterator.clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> Rc<str> {
        self.type_of(v).name()
    }

    pub fn exc_type(&self, kind: ExcKind) -> Rc<PyType> {
        self.types.exceptions[kind as usize].clone()
    }

    /// isinstance against a built-in exception kind.
    pub fn is_exc_kind(&self, e: &PyErr, kind: ExcKind) -> bool {
        e.0.class()
            .is_subtype(&self.types.exceptions[kind as usize])
    }

    // ---- errors ----

    /// A new exception instance of `typ` with `args`.
    pub fn new_exception(&self, typ: Rc<PyType>, args: Vec<Value>) -> PyErr {
        PyErr(Rc::new(PyInstance {
            class: RefCell::new(typ),
            slots: RefCell::new(Vec::new()),
            dict: Rc::new(PyDict::new()),
            base: RefCell::new(Value::Unbound),
            exc: Some(ExcData::new(args)),
        }))
    }

    pub fn err(&self, kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        self.new_exception(self.exc_type(kind), vec![Value::string(msg)])
    }

    /// An exception with no arguments (`raise StopIteration`).
    pub fn err_empty(&self, kind: ExcKind) -> PyErr {
        self.new_exception(self.exc_type(kind), vec![])
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.err(ExcKind::TypeError, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.err(ExcKind::ValueError, msg)
    }

    pub fn native(&self, e: NativeErr) -> PyErr {
        if e.msg.is_empty() {
            self.err_empty(e.kind)
        } else {
            self.err(e.kind, e.msg)
        }
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(self.exc_type(ExcKind::KeyError), vec![key])
    }

    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.err(ExcKind::NameError, format!("name '{name}' is not defined"));
        e.0.dict.set_item_str("name", Value::str(name));
        e
    }

    pub fn attr_error(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Type(t) => format!("type object '{}' has no attribute '{name}'", t.name()),
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        let e = self.err(ExcKind::AttributeError, msg);
        e.0.dict.set_item_str("name", Value::str(name));
        e.0.dict.set_item_str("obj", obj.clone());
        e
    }

    // ---- recursion ----

    /// Guards native recursion (repr, comparisons of nested containers).
    pub fn enter_native(&mut self) -> PyResult<()> {
        self.native_depth += 1;
        if self.depth + self.native_depth > self.opts.recursion_limit + 50 {
            self.native_depth -= 1;
            return Err(self.err(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        Ok(())
    }

    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
    }

    // ---- builtin function objects ----

    pub fn builtin(&self, name: &str, func: BuiltinFn) -> Value {
        Value::Builtin(Rc::new(PyBuiltin {
            name: Rc::from(name),
            owner: None,
            func,
            binding: Binding::Static,
            bound: None,
            owner_type: None,
        }))
    }

    /// Adds a method implemented in Rust to a built-in type.
    pub fn add_method(&self, t: &Rc<PyType>, name: &str, func: BuiltinFn) {
        t.dict.set_item_str(
            name,
            Value::Builtin(Rc::new(PyBuiltin {
                name: Rc::from(name),
                owner: Some(t.name()),
                func,
                binding: Binding::Method,
                bound: None,
                owner_type: Some(Rc::downgrade(t)),
            })),
        );
    }

    pub fn add_classmethod(&self, t: &Rc<PyType>, name: &str, func: BuiltinFn) {
        t.dict.set_item_str(
            name,
            Value::Builtin(Rc::new(PyBuiltin {
                name: Rc::from(name),
                owner: Some(t.name()),
                func,
                binding: Binding::Class,
                bound: None,
                owner_type: None,
            })),
        );
    }

    // ---- output ----

    pub fn write_out(&mut self, s: &str) -> PyResult<()> {
        // A custom sys.stdout object takes precedence.
        if let Some(out) = self.sys.dict.get_item_str("stdout") {
            if !matches!(&out, Value::Other(o) if matches!(&**o, Other::Object { .. })) {
                let w = self.intern("write");
                self.call_method(&out, &w, &[Value::str(s)])?;
                return Ok(());
            }
        }
        let _ = self.stdout.write_all(s.as_bytes());
        Ok(())
    }

    pub fn write_err(&mut self, s: &str) {
        let _ = self.stderr.write_all(s.as_bytes());
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
    }

    /// The tier a function body compiles to under the current options.
    pub fn function_tier(&self) -> Tier {
        if self.opts.tier == TierChoice::Name {
            Tier::Name
        } else {
            Tier::Fast
        }
    }
}
