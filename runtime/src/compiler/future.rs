//! `from __future__ import ...` at the top of a module, checked before the
//! symbol table is built, as CPython's `future.c` does.

use crate::bytecode::code::flags as co;
use crate::frontend::ast::*;
use crate::frontend::SyntaxErr;

/// The features a module turns on, and where its last future import is
/// (a later `from __future__` import is an error of the compiler).
#[derive(Clone, Copy, Debug, Default)]
pub struct Future {
    /// Code flags (`CO_FUTURE_*`).
    pub flags: u32,
    pub last: Option<Loc>,
}

/// Reads the leading future imports (after an optional docstring).
pub fn features(module: &Module, filename: &str) -> Result<Future, SyntaxErr> {
    let mut f = Future::default();
    let body = match module.body.first() {
        Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(_)),
                    ..
                }),
            ..
        }) => &module.body[1..],
        _ => &module.body[..],
    };
    for s in body {
        let StmtKind::ImportFrom {
            module: Some(m),
            names,
            ..
        } = &s.kind
        else {
            break;
        };
        if &**m != "__future__" {
            break;
        }
        for a in names {
            match &*a.name {
                "annotations" => f.flags |= co::FUTURE_ANNOTATIONS,
                "nested_scopes" | "generators" | "division" | "absolute_import"
                | "with_statement" | "print_function" | "unicode_literals" | "barry_as_FLUFL"
                | "generator_stop" => {}
                "braces" => return Err(SyntaxErr::at("not a chance", filename, s.loc)),
                other => {
                    return Err(SyntaxErr::at(
                        format!("future feature {other} is not defined"),
                        filename,
                        s.loc,
                    ))
                }
            }
        }
        f.last = Some(s.loc);
    }
    Ok(f)
}

/// Whether `loc` comes after the last leading future import (CPython's
/// `location_is_after`), making a future import there misplaced.
pub fn is_misplaced(f: &Future, loc: Loc) -> bool {
    match f.last {
        None => true,
        Some(last) => loc.line > last.line || (loc.line == last.line && loc.col > last.col),
    }
}
