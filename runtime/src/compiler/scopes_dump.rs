//! `slotpy scopes`: the symbol table as text, in exactly the format of
//! CPython's `symtable` module as printed by `tests/tools/symtable_dump.py`.

use super::symtable::*;
use std::fmt::Write;

pub fn dump(table: &SymbolTable) -> String {
    let mut out = String::new();
    dump_scope(table, SymbolTable::TOP, 0, &mut out);
    out
}

fn dump_scope(table: &SymbolTable, id: ScopeId, depth: usize, out: &mut String) {
    let s = table.scope(id);
    let pad = "  ".repeat(depth);
    let kind = match s.kind {
        BlockType::Module => "module",
        BlockType::Function => "function",
        BlockType::Class => "class",
        BlockType::TypeParams => "type parameters",
        BlockType::TypeAlias => "type alias",
        BlockType::TypeVariable => "type variable",
        BlockType::Annotation => "annotation",
    };
    let _ = writeln!(
        out,
        "{pad}{kind} {} line={} optimized={} nested={}",
        s.name,
        s.line,
        u8::from(s.kind == BlockType::Function),
        u8::from(s.nested)
    );
    let module_scope = is_module_scope(s);
    let mut syms: Vec<&Symbol> = s.symbols.iter().collect();
    syms.sort_by(|a, b| a.name.cmp(&b.name));
    for sym in syms {
        let bound_at_module = module_scope && sym.flags & DEF_BOUND != 0;
        let class = if matches!(
            sym.scope,
            SymScope::GlobalImplicit | SymScope::GlobalExplicit
        ) || bound_at_module
        {
            if sym.scope == SymScope::GlobalExplicit {
                "global_explicit"
            } else {
                "global_implicit"
            }
        } else if sym.scope == SymScope::Free {
            "free"
        } else if matches!(sym.scope, SymScope::Local | SymScope::Cell) {
            if s.children.iter().any(|&c| captures(table, c, &sym.name)) {
                "cell"
            } else {
                "local"
            }
        } else {
            "unknown"
        };
        let _ = write!(out, "{pad}  {}: {class}", sym.name);
        let namespace = s
            .children
            .iter()
            .any(|&c| *table.scope(c).name == *sym.name);
        for (flag, on) in [
            ("parameter", sym.flags & DEF_PARAM != 0),
            ("assigned", sym.flags & DEF_LOCAL != 0),
            ("referenced", sym.flags & USE != 0),
            ("imported", sym.flags & DEF_IMPORT != 0),
            ("annotated", sym.flags & DEF_ANNOT != 0),
            ("namespace", namespace),
            ("nonlocal", sym.flags & DEF_NONLOCAL != 0),
        ] {
            if on {
                let _ = write!(out, " {flag}");
            }
        }
        out.push('\n');
    }
    for &c in &s.children {
        dump_scope(table, c, depth + 1, out);
    }
}

/// The oracle's notion of "captured": free in `id` or a block nested in it,
/// stopping at functions that rebind the name.
fn captures(table: &SymbolTable, id: ScopeId, name: &str) -> bool {
    let s = table.scope(id);
    if let Some(sym) = s.lookup(name) {
        if sym.scope == SymScope::Free {
            return true;
        }
        let is_local = matches!(sym.scope, SymScope::Local | SymScope::Cell)
            || (is_module_scope(s) && sym.flags & DEF_BOUND != 0);
        if is_local && s.kind == BlockType::Function {
            return false;
        }
    }
    s.children.iter().any(|&c| captures(table, c, name))
}

/// What CPython's `symtable` module takes for the module scope: a table
/// named `top`, which the module's is, but so is a function or class
/// named `top` (its bound names then read as global there too).
fn is_module_scope(s: &Scope) -> bool {
    &*s.name == "top"
}
