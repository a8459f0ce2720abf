//! `exec`, `eval` and `compile`: source compiled at run time always runs
//! in the `name` tier, against the namespaces it is given.

use super::args::{arity, kwargs};
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
        compiler::compile(source, filename, kind, opts).map_err(|e| self.syntax_error(&e))
    }
}

fn source_text(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => String::from_utf8(b.data.to_vec()).map_err(|_| {
            vm.err(
                ExcKind::SyntaxError,
                "source code cannot be decoded as UTF-8",
            )
        }),
        _ => Err(vm.type_error(format!(
            "{what}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// The namespaces exec/eval run in.
fn namespaces(
    vm: &mut Vm,
    name: &str,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult<(Rc<PyDict>, Value)> {
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    let g = match globals {
        Some(Value::Dict(d)) => d,
        Some(other) => {
            if let Value::Dict(d) = Vm::unwrap_base(&other) {
                d
            } else if name == "exec" {
                return Err(vm.type_error(format!(
                    "exec() globals must be a dict, not {}",
                    vm.type_name(&other)
                )));
            } else {
                return Err(vm.type_error(if locals.is_some() {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                } else {
                    "globals must be a dict".to_string()
                }));
            }
        }
        None => {
            // The caller's namespaces: its globals and (a snapshot of) its
            // locals.
            let Some(f) = vm.frames.last() else {
                return Err(vm.err(ExcKind::SystemError, "no current frame"));
            };
            let g = f.globals.clone();
            let idx = vm.frames.len() - 1;
            let l = match locals {
                Some(l) => l,
                None => vm.locals_of_frame(idx),
            };
            return Ok((g, l));
        }
    };
    if let Some(l) = &locals {
        let is_mapping = matches!(l, Value::Dict(_))
            || matches!(l, Value::Other(o) if matches!(&**o, Other::FrameLocalsProxy(_)))
            || vm.user_special(l, "__getitem__").is_some();
        if !is_mapping {
            return Err(vm.type_error(if name == "exec" {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            } else {
                "locals must be a mapping".to_string()
            }));
        }
    }
    if g.get_item_str("__builtins__").is_none() {
        g.set_item_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    let l = locals.unwrap_or_else(|| Value::Dict(g.clone()));
    Ok((g, l))
}

fn exec(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [g_kw, l_kw, closure] = kwargs(vm, "exec", kw, ["globals", "locals", "closure"])?;
    arity(vm, "exec", args, 1, 3)?;
    let globals = args.get(1).cloned().or(g_kw);
    let locals = args.get(2).cloned().or(l_kw);
    let (g, l) = namespaces(vm, "exec", globals, locals)?;
    let code = match &args[0] {
        Value::Code(c) => c.clone(),
        other => {
            let src = source_text(vm, other, "exec")?;
            vm.compile_source(&src, "<string>", CodeKind::Exec)?
        }
    };
    let cells: Vec<Rc<PyCell>> = match closure {
        Some(Value::Tuple(t)) => t
            .iter()
            .filter_map(|c| match c {
                Value::Cell(c) => Some(c.clone()),
                _ => None,
            })
            .collect(),
        _ => vec![],
    };
    vm.run_code(&code, g, Some(l), &cells)?;
    Ok(Value::None)
}

fn eval(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [g_kw, l_kw] = kwargs(vm, "eval", kw, ["globals", "locals"])?;
    arity(vm, "eval", args, 1, 3)?;
    let globals = args.get(1).cloned().or(g_kw);
    let locals = args.get(2).cloned().or(l_kw);
    let (g, l) = namespaces(vm, "eval", globals, locals)?;
    let code = match &args[0] {
        Value::Code(c) => c.clone(),
        other => {
            let src = source_text(vm, other, "eval")?;
            let src = src.trim_start_matches([' ', '\t']);
            vm.compile_source(src, "<string>", CodeKind::Eval)?
        }
    };
    vm.run_code(&code, g, Some(l), &[])
}

fn compile(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [src_kw, file_kw, mode_kw, _flags, _dont_inherit, _optimize] = kwargs(
        vm,
        "compile",
        kw,
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let source = args.first().cloned().or(src_kw);
    let filename = args.get(1).cloned().or(file_kw);
    let mode = args.get(2).cloned().or(mode_kw);
    let (Some(source), Some(filename), Some(mode)) = (source, filename, mode) else {
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
    let kind = match mode.as_str().map(|s| s.as_str()) {
        Some("exec") => CodeKind::Exec,
        Some("eval") => CodeKind::Eval,
        Some("single") => CodeKind::Interactive,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if let Value::Code(_) = source {
        return Ok(source);
    }
    let src = source_text(vm, &source, "compile")?;
    let code = vm.compile_source(&src, &filename, kind)?;
    Ok(Value::Code(code))
}
