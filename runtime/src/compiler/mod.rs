//! Front to back: source text to code objects.

pub mod codegen;
mod flow;
mod future;
mod patterns;
pub mod scopes_dump;
pub mod symtable;
mod unparse;

pub use codegen::CodegenOptions;

use crate::bytecode::{CodeKind, CodeObject};
use crate::frontend::{self, ParseMode, SyntaxErr};
use std::rc::Rc;

/// Compiles source text. `kind` is `Module` for a file being run as a
/// program or imported, `Exec`/`Eval`/`Interactive` for `compile()`.
pub fn compile(
    source: &str,
    filename: &str,
    kind: CodeKind,
    opts: CodegenOptions,
) -> Result<Rc<CodeObject>, SyntaxErr> {
    let mode = match kind {
        CodeKind::Eval => ParseMode::Eval,
        CodeKind::Interactive => ParseMode::Single,
        _ => ParseMode::Exec,
    };
    let module = frontend::parse(source, mode, filename)?;
    let future = if mode == ParseMode::Eval {
        future::Future::default()
    } else {
        future::features(&module, filename)?
    };
    let future_annotations =
        (opts.future_flags | future.flags) & crate::bytecode::code::flags::FUTURE_ANNOTATIONS != 0;
    let table = symtable::SymbolTable::build(&module, filename, future_annotations)?;
    codegen::compile_module(&module, &table, filename, kind, opts, future)
}

/// The `slotpy scopes` text for a source file.
pub fn scopes(source: &str, filename: &str) -> Result<String, SyntaxErr> {
    let module = frontend::parse(source, ParseMode::Exec, filename)?;
    let future = future::features(&module, filename)?;
    let future_annotations = future.flags & crate::bytecode::code::flags::FUTURE_ANNOTATIONS != 0;
    let table = symtable::SymbolTable::build(&module, filename, future_annotations)?;
    Ok(scopes_dump::dump(&table))
}
