//! `exec`, `eval` and `compile`: source compiled at run time always runs
//! in the `name` tier, against the namespaces it is given.

use super::args::kwargs;
use crate::bytecode::{CodeKind, CodeObject};
use crate::compiler::{self, CodegenOptions};
use crate::exc_kind::ExcKind;
use crate::interp::{TierChoice, Vm};
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    for (name, f) in [
        ("exec", exec as crate::objects::BuiltinFn),
        ("eval", eval),
        ("compile", compile),
    ] {
        let v = vm.builtin(name, f);
        vm.builtins.set_item_str(name, v);
    }
}

impl Vm {
    pub fn codegen_options(&self) -> CodegenOptions {
        CodegenOptions {
            force_name_tier: self.opts.tier == TierChoice::Name,
            future_flags: 0,
            optimize: 0,
        }
    }

    /// Compiles source text, turning compile errors into SyntaxError.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        kind: CodeKind,
    ) -> PyResult<Rc<CodeObject>> {
        let opts = self.codegen_options();
        self.compile_source_with(source, filename, kind, opts)
    }

    fn compile_source_with(
        &mut self,
        source: &str,
        filename: &str,
        kind: CodeKind,
        opts: CodegenOptions,
    ) -> PyResult<Rc<CodeObject>> {
        compiler::compile(source, filename, kind, opts).map_err(|e| self.syntax_error(&e))
    }

    /// Source given to exec/eval as text inherits the future features of
    /// the code calling them (CPython's `PyEval_MergeCompilerFlags`).
    fn inherited_options(&self) -> CodegenOptions {
        let caller = self.frames.last().map_or(0, |f| f.code.flags);
        CodegenOptions {
            future_flags: caller & FUTURE_MASK,
            ..self.codegen_options()
        }
    }
}

/// The `CO_FUTURE_*` code flags compile() accepts (CPython's `PyCF_MASK`).
const FUTURE_MASK: u32 = 0x1fe_0000;
/// Obsolete flags still accepted (`CO_NESTED`).
const OBSOLETE_MASK: u32 = 0x10;
/// `PyCF_ONLY_AST`: compile() would return a syntax tree.
const ONLY_AST: u32 = 0x400;
/// `PyCF_TYPE_COMMENTS`, `PyCF_ALLOW_TOP_LEVEL_AWAIT`, `PyCF_OPTIMIZED_AST`.
const OTHER_COMPILE_FLAGS: u32 = 0x1000 | 0x2000 | 0x8000;

fn source_text(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    if let Value::Str(s) = v {
        return Ok(s.as_str().to_string());
    }
    match super::bytes::bytes_like(v) {
        Some(data) => String::from_utf8(data).map_err(|_| {
            vm.err(
                ExcKind::SyntaxError,
                "source code cannot be decoded as UTF-8",
            )
        }),
        None => Err(vm.type_error(format!(
            "{what}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// CPython's `PyMapping_Check`: the type can be subscripted (which
/// sequences can too).
fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Dict(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_) => true,
        Value::Other(o) => {
            matches!(&**o, Other::FrameLocalsProxy(_))
                || vm.user_special(v, "__getitem__").is_some()
        }
        Value::Instance(_) => vm.user_special(v, "__getitem__").is_some(),
        _ => false,
    }
}

/// The namespaces exec/eval run in: the globals dict and the locals
/// mapping. A globals dict subclass is also the locals when no locals are
/// given, so that name operations of the top-level code go through its
/// methods, as in CPython.
fn namespaces(
    vm: &mut Vm,
    name: &str,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult<(Rc<PyDict>, Value)> {
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    if name == "eval" {
        if let Some(l) = &locals {
            if !is_mapping(vm, l) {
                return Err(vm.type_error("locals must be a mapping"));
            }
        }
    }
    let dict_of = |v: &Value| match v {
        Value::Dict(d) => Some(d.clone()),
        other => match Vm::unwrap_base(other) {
            Value::Dict(d) => Some(d),
            _ => None,
        },
    };
    let (g, l) = match globals {
        Some(gv) => {
            vm.note_mapped_globals(&gv);
            let Some(g) = dict_of(&gv) else {
                let msg = if name == "exec" {
                    format!("exec() globals must be a dict, not {}", vm.type_name(&gv))
                } else if is_mapping(vm, &gv) {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                } else {
                    "globals must be a dict".to_string()
                };
                return Err(vm.type_error(msg));
            };
            (g, locals.unwrap_or(gv))
        }
        None => {
            // The caller's namespaces: its globals and (a snapshot of) its
            // locals.
            let Some(f) = vm.frames.last() else {
                return Err(vm.type_error(format!(
                    "{name} must be given globals and locals when called without a frame"
                )));
            };
            let g = f.globals.clone();
            let idx = vm.frames.len() - 1;
            let l = match locals {
                Some(l) => l,
                None => vm.locals_of_frame(idx),
            };
            (g, l)
        }
    };
    if name == "exec" && !is_mapping(vm, &l) {
        return Err(vm.type_error(format!(
            "locals must be a mapping or None, not {}",
            vm.type_name(&l)
        )));
    }
    if g.get_item_str("__builtins__").is_none() {
        // CPython inserts the builtins dict of the calling code.
        let b = match vm.frames.last() {
            Some(f) => f.builtins.clone(),
            None => vm.builtins.clone(),
        };
        g.set_item_str("__builtins__", Value::Dict(b));
    }
    Ok((g, l))
}

/// The arguments of exec/eval: source, globals, locals, closure.
struct ExecArgs(Value, Option<Value>, Option<Value>, Option<Value>);

/// Positional and keyword arguments of exec/eval, with CPython's messages.
fn exec_args(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs,
    kwnames: &[&str],
) -> PyResult<ExecArgs> {
    if args.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes at least 1 positional argument (0 given)"
        )));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 positional arguments ({} given)",
            args.len()
        )));
    }
    let mut g = args.get(1).cloned();
    let mut l = args.get(2).cloned();
    let mut closure = None;
    for (k, v) in kw {
        let slot = match k.as_str() {
            "globals" if kwnames.contains(&"globals") => &mut g,
            "locals" if kwnames.contains(&"locals") => &mut l,
            "closure" if kwnames.contains(&"closure") => &mut closure,
            other => {
                return Err(vm.type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )))
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{}') and position",
                k.as_str()
            )));
        }
        *slot = Some(v.clone());
    }
    Ok(ExecArgs(args[0].clone(), g, l, closure))
}

fn exec(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let ExecArgs(source, globals, locals, closure) =
        exec_args(vm, "exec", args, kw, &["globals", "locals", "closure"])?;
    let (g, l) = namespaces(vm, "exec", globals, locals)?;
    let closure = closure.filter(|c| !c.is_none());
    let code = match &source {
        Value::Code(c) => c.clone(),
        other => {
            if closure.is_some() {
                return Err(vm.type_error("closure can only be used when source is a code object"));
            }
            let src = source_text(vm, other, "exec")?;
            let opts = vm.inherited_options();
            vm.compile_source_with(&src, "<string>", CodeKind::Exec, opts)?
        }
    };
    let nfree = code.nfree as usize;
    let cells: Vec<Rc<PyCell>> = if nfree == 0 {
        if closure.is_some() {
            return Err(vm.type_error("cannot use a closure with this code object"));
        }
        Vec::new()
    } else {
        let cells: Option<Vec<Rc<PyCell>>> = match &closure {
            Some(Value::Tuple(t)) if t.len() == nfree => t
                .iter()
                .map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => None,
        };
        match cells {
            Some(c) => c,
            None => {
                return Err(vm.type_error(format!(
                    "code object requires a closure of exactly length {nfree}"
                )))
            }
        }
    };
    vm.run_code(&code, g, Some(l), &cells)?;
    Ok(Value::None)
}

fn eval(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let ExecArgs(source, globals, locals, _) =
        exec_args(vm, "eval", args, kw, &["globals", "locals"])?;
    let (g, l) = namespaces(vm, "eval", globals, locals)?;
    let code = match &source {
        Value::Code(c) => {
            if c.nfree > 0 {
                return Err(
                    vm.type_error("code object passed to eval() may not contain free variables")
                );
            }
            c.clone()
        }
        other => {
            let src = source_text(vm, other, "eval")?;
            let src = src.trim_start_matches([' ', '\t']);
            let opts = vm.inherited_options();
            vm.compile_source_with(src, "<string>", CodeKind::Eval, opts)?
        }
    };
    vm.run_code(&code, g, Some(l), &[])
}

fn compile(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    if args.len() > names.len() {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            args.len()
        )));
    }
    let by_name = kwargs(vm, "compile", kw, names)?;
    let mut given: [Option<Value>; 6] = Default::default();
    for (i, slot) in given.iter_mut().enumerate() {
        match (args.get(i), &by_name[i]) {
            (Some(_), Some(_)) => {
                return Err(vm.type_error(format!(
                    "argument for compile() given by name ('{}') and position ({})",
                    names[i],
                    i + 1
                )))
            }
            (a, k) => *slot = a.cloned().or_else(|| k.clone()),
        }
    }
    let [source, filename, mode, flags, dont_inherit, optimize] = given;
    let Some(source) = source else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let Some(filename) = filename else {
        return Err(vm.type_error("compile() missing required argument 'filename' (pos 2)"));
    };
    let Some(mode) = mode else {
        return Err(vm.type_error("compile() missing required argument 'mode' (pos 3)"));
    };
    let filename = match &filename {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).to_string(),
        other => {
            return Err(vm.type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    let int_arg = |vm: &mut Vm, v: &Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) => vm.index_of(v, "compile"),
        }
    };
    let flags = int_arg(vm, &flags, 0)?;
    if flags < 0
        || flags as u64 & !u64::from(FUTURE_MASK | OBSOLETE_MASK | ONLY_AST | OTHER_COMPILE_FLAGS)
            != 0
    {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    let flags = flags as u32;
    let optimize = int_arg(vm, &optimize, -1)?;
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let dont_inherit = match &dont_inherit {
        None => false,
        Some(v) => vm.truthy(v)?,
    };
    let mode = match &mode {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    let kind = match mode.as_str() {
        "exec" => CodeKind::Exec,
        "eval" => CodeKind::Eval,
        "single" => CodeKind::Interactive,
        "func_type" if flags & ONLY_AST == 0 => {
            return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"))
        }
        "func_type" => {
            return Err(vm.err(
                ExcKind::NotImplementedError,
                "syntax trees are not supported by slotpy",
            ))
        }
        _ if flags & ONLY_AST != 0 => {
            return Err(
                vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            )
        }
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if flags & ONLY_AST != 0 {
        return Err(vm.err(
            ExcKind::NotImplementedError,
            "syntax trees are not supported by slotpy",
        ));
    }
    if let Value::Code(_) = source {
        return Ok(source);
    }
    let src = source_text(vm, &source, "compile")?;
    let base = if dont_inherit {
        vm.codegen_options()
    } else {
        vm.inherited_options()
    };
    let opts = CodegenOptions {
        future_flags: base.future_flags | (flags & FUTURE_MASK),
        optimize: optimize.max(0) as u32,
        ..base
    };
    let code = vm.compile_source_with(&src, &filename, kind, opts)?;
    Ok(Value::Code(code))
}
