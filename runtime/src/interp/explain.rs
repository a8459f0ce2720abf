//! `slotpy explain`: how every name of a program was resolved, and what it
//! cost.
//!
//! While explaining, the interpreter runs its counting instance
//! (`run_frame_loop::<true>`): each executed instruction bumps a counter in
//! a side table of its code object, and each name load also records where
//! the name was found. Nothing of this exists in the normal instance, so
//! counting costs nothing when not explaining. Afterwards, [`Explain::report`]
//! reads the instructions of every code object that ran: which operand is
//! which variable, which instruction is a dictionary lookup, tells how each
//! name was resolved; the counters tell how often.

use super::vm::Vm;
use crate::bytecode::dis::{kind_name, tier_reason};
use crate::bytecode::instr::{Instr, Reg};
use crate::bytecode::{CodeKind, CodeObject, RegKind, Tier};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

/// Where a name load found its value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(usize)]
enum Found {
    Locals,
    Globals,
    Builtins,
    /// A locals mapping that is not a dict: probing it would run its
    /// methods again, so the lookup is only counted.
    Mapping,
    Cell,
    Missing,
}

const FOUND_NAMES: [&str; 6] = [
    "locals", "globals", "builtins", "mapping", "cell", "missing",
];

/// The counters of one code object.
pub struct CodeCounts {
    code: Rc<CodeObject>,
    /// Executions of each instruction.
    exec: Box<[Cell<u64>]>,
    /// For name loads: where the value was found, by [`Found`].
    found: Box<[[Cell<u64>; 6]]>,
    /// The namespaces `name` code ran with, described (distinct).
    namespaces: RefCell<Vec<String>>,
}

impl CodeCounts {
    /// Counts one execution of the instruction at `pc`.
    #[inline(always)]
    pub fn hit(&self, pc: usize) {
        if let Some(c) = self.exec.get(pc) {
            c.set(c.get() + 1);
        }
    }
}

/// The state of an explaining run.
#[derive(Default)]
pub struct Explain {
    /// Counters of every code object that ran, in order of first run.
    codes: Vec<Rc<CodeCounts>>,
    by_code: HashMap<*const CodeObject, usize>,
}

impl Vm {
    /// The counters of frame `fi`'s code (created at its first run), and a
    /// note of the namespaces it runs with.
    #[inline(never)]
    pub(crate) fn explain_enter(&mut self, fi: usize) -> Option<Rc<CodeCounts>> {
        let code = self.frames[fi].code.clone();
        let desc = self.namespace_desc(fi);
        let ex = self.explain.as_mut()?;
        let key = Rc::as_ptr(&code);
        let idx = match ex.by_code.get(&key) {
            Some(&i) => i,
            None => {
                let n = code.instrs.len();
                ex.codes.push(Rc::new(CodeCounts {
                    code: code.clone(),
                    exec: (0..n).map(|_| Cell::new(0)).collect(),
                    found: (0..n).map(|_| Default::default()).collect(),
                    namespaces: RefCell::new(Vec::new()),
                }));
                ex.by_code.insert(key, ex.codes.len() - 1);
                ex.codes.len() - 1
            }
        };
        let counts = ex.codes[idx].clone();
        if let Some(d) = desc {
            let mut ns = counts.namespaces.borrow_mut();
            if !ns.contains(&d) {
                ns.push(d);
            }
        }
        Some(counts)
    }

    /// How the namespace of `name` code is made, in words.
    fn namespace_desc(&self, fi: usize) -> Option<String> {
        let f = &self.frames[fi];
        let loc = f.locals.as_ref()?;
        Some(match loc {
            Value::Dict(d) if Rc::ptr_eq(d, &f.globals) => "locals are the globals dict".into(),
            Value::Dict(_) if f.code.forced_name => "locals in a per-call dict".into(),
            Value::Dict(_) if f.code.kind == CodeKind::Class => {
                "locals are the class namespace (dict)".into()
            }
            Value::Dict(_) => "locals in a dict separate from globals".into(),
            other => {
                let t = self.type_name(other);
                format!("locals are a {t} mapping: every lookup calls its methods")
            }
        })
    }

    /// Records where the name load at `pc` of frame `fi` will find its
    /// value (probing dicts only, which runs no Python code).
    #[inline(never)]
    pub(crate) fn explain_load(&self, counts: &CodeCounts, fi: usize, pc: usize) {
        let f = &self.frames[fi];
        let code = &counts.code;
        let name_of = |i: crate::bytecode::instr::NameIdx| &code.names[i.0 as usize];
        let in_dicts = |name: &crate::objects::PyStr, with_locals: bool| -> Found {
            if with_locals {
                match &f.locals {
                    Some(Value::Dict(d)) if d.find_str_index(name).is_some() => {
                        return Found::Locals
                    }
                    Some(Value::Dict(_)) | None => {}
                    Some(_) => return Found::Mapping,
                }
            }
            if f.globals.find_str_index(name).is_some() {
                Found::Globals
            } else if f.builtins.find_str_index(name).is_some() {
                Found::Builtins
            } else {
                Found::Missing
            }
        };
        let found = match code.instrs.get(pc) {
            Some(Instr::LoadName { name, .. }) => in_dicts(name_of(*name), true),
            Some(Instr::LoadGlobal { name, .. }) => in_dicts(name_of(*name), false),
            Some(Instr::LoadLocal { name, .. }) => match in_dicts(name_of(*name), true) {
                Found::Locals => Found::Locals,
                _ => Found::Missing,
            },
            Some(Instr::LoadClassDeref { name, .. }) => match in_dicts(name_of(*name), true) {
                Found::Locals => Found::Locals,
                Found::Mapping => Found::Mapping,
                _ => Found::Cell,
            },
            _ => return,
        };
        if let Some(slots) = counts.found.get(pc) {
            let c = &slots[found as usize];
            c.set(c.get() + 1);
        }
    }

    /// Whether this runtime is counting for `explain`.
    pub fn explaining(&self) -> bool {
        self.explain.is_some()
    }

    /// The `explain` report of everything run so far. File names are
    /// shown relative to the working directory.
    pub fn explain_report(&self) -> Option<String> {
        let cwd = self
            .opts
            .cwd
            .clone()
            .or_else(|| std::env::current_dir().ok());
        let prefix = cwd.map(|d| format!("{}/", d.to_string_lossy()));
        self.explain
            .as_ref()
            .map(|e| e.report(self.opts.tier, prefix.as_deref().unwrap_or("")))
    }
}

/// How a name was reached by one kind of instruction.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Via {
    Register,
    Cell,
    Free,
    ClassThenCell,
    LocalsDict,
    Name,
    Global,
}

impl Via {
    fn text(self) -> &'static str {
        match self {
            Via::Register => "register",
            Via::Cell => "cell",
            Via::Free => "free (enclosing cell)",
            Via::ClassThenCell => "class dict, then cell",
            Via::LocalsDict => "per-call dict",
            Via::Name => "name lookup",
            Via::Global => "global lookup",
        }
    }

    /// A dictionary (or mapping) operation by name.
    fn is_lookup(self) -> bool {
        matches!(
            self,
            Via::LocalsDict | Via::Name | Via::Global | Via::ClassThenCell
        )
    }
}

#[derive(Default, Clone)]
struct Row {
    reads: u64,
    writes: u64,
    deletes: u64,
    found: [u64; 6],
}

/// One block of the report: code objects of one definition merged.
struct Block {
    code: Rc<CodeObject>,
    copies: usize,
    rows: Vec<((Rc<str>, Via), Row)>,
    namespaces: Vec<String>,
    lookups: u64,
    register_accesses: u64,
}

impl Block {
    fn row(&mut self, name: &str, via: Via) -> &mut Row {
        let i = match self
            .rows
            .iter()
            .position(|((n, v), _)| &**n == name && *v == via)
        {
            Some(i) => i,
            None => {
                self.rows.push(((Rc::from(name), via), Row::default()));
                self.rows.len() - 1
            }
        };
        &mut self.rows[i].1
    }

    fn add(&mut self, counts: &CodeCounts) {
        let code = &counts.code;
        for ns in counts.namespaces.borrow().iter() {
            if !self.namespaces.contains(ns) {
                self.namespaces.push(ns.clone());
            }
        }
        for (pc, instr) in code.instrs.iter().enumerate() {
            let n = counts.exec[pc].get();
            if n == 0 {
                continue;
            }
            let name = |i: crate::bytecode::instr::NameIdx| code.names[i.0 as usize].as_str();
            let var = |r: Reg| &code.vars[r.idx()];
            let mut dict_op = |nm: &str, via: Via, what: u8| {
                let row = self.row(nm, via);
                match what {
                    0 => {
                        row.reads += n;
                        for (k, c) in counts.found[pc].iter().enumerate() {
                            row.found[k] += c.get();
                        }
                    }
                    1 => row.writes += n,
                    _ => row.deletes += n,
                }
                if via.is_lookup() {
                    self.lookups += n;
                }
            };
            match *instr {
                Instr::LoadName { name: i, .. } => dict_op(name(i), Via::Name, 0),
                Instr::StoreName { name: i, .. } => dict_op(name(i), Via::Name, 1),
                Instr::DeleteName { name: i } => dict_op(name(i), Via::Name, 2),
                Instr::LoadLocal { name: i, .. } => dict_op(name(i), Via::LocalsDict, 0),
                Instr::StoreLocal { name: i, .. } => dict_op(name(i), Via::LocalsDict, 1),
                Instr::DeleteLocal { name: i } => dict_op(name(i), Via::LocalsDict, 2),
                Instr::LoadGlobal { name: i, .. } => dict_op(name(i), Via::Global, 0),
                Instr::StoreGlobal { name: i, .. } => dict_op(name(i), Via::Global, 1),
                Instr::DeleteGlobal { name: i } => dict_op(name(i), Via::Global, 2),
                Instr::LoadClassDeref { name: i, .. } => dict_op(name(i), Via::ClassThenCell, 0),
                Instr::LoadDeref { cell, .. }
                | Instr::StoreDeref { cell, .. }
                | Instr::DeleteDeref { cell } => {
                    let v = var(cell);
                    let via = if v.kind == RegKind::Free {
                        Via::Free
                    } else {
                        Via::Cell
                    };
                    let what = match instr {
                        Instr::LoadDeref { .. } => 0,
                        Instr::StoreDeref { .. } => 1,
                        _ => 2,
                    };
                    let nm = v.name.clone();
                    dict_op(nm.as_str(), via, what);
                }
                // Zero-argument `super()` reads the `__class__` cell of
                // the method, as CPython's LOAD_DEREF before it does.
                Instr::Call { func, argc: 0, .. } if calls_super(code, pc, func) => {
                    dict_op("__class__", Via::Free, 0)
                }
                _ => {}
            }
            // Register operands that are variables (not cells, which the
            // instructions above cover, nor temporaries or constants).
            let is_var = |r: Reg| {
                r.idx() < code.vars.len() && matches!(var(r).kind, RegKind::Local | RegKind::Hidden)
            };
            // Creating a cell is no access; `CheckBound` guards the read
            // that follows it, which is the one counted.
            if matches!(instr, Instr::MakeCell { .. } | Instr::CheckBound { .. }) {
                continue;
            }
            let mut writes: Vec<Reg> = Vec::new();
            instr.for_each_write(|r| writes.push(r));
            let mut operands: Vec<Reg> = Vec::new();
            let mut copy = *instr;
            copy.for_each_reg(|r| operands.push(*r));
            for r in writes.iter().copied() {
                if let Some(p) = operands.iter().position(|o| *o == r) {
                    operands.remove(p);
                }
            }
            // `ForIter` stores only when it falls through to the loop body
            // (whose first instruction nothing else jumps to); at the end
            // of the iterator it jumps away without storing.
            let stored = match instr {
                Instr::ForIter { .. } => counts.exec.get(pc + 1).map_or(0, |c| c.get()).min(n),
                _ => n,
            };
            for r in writes.into_iter().filter(|r| is_var(*r)) {
                let nm = var(r).name.clone();
                self.row(nm.as_str(), Via::Register).writes += stored;
                self.register_accesses += stored;
            }
            for r in operands.into_iter().filter(|r| is_var(*r)) {
                let nm = var(r).name.clone();
                let row = self.row(nm.as_str(), Via::Register);
                // `Clear` empties a variable (an inlined comprehension
                // hiding the outer one), as a deletion does.
                if matches!(instr, Instr::DeleteFast { .. } | Instr::Clear { .. }) {
                    row.deletes += n;
                } else {
                    row.reads += n;
                }
                self.register_accesses += n;
            }
        }
    }
}

/// Whether the call at `pc` calls `super` with no arguments, in code
/// that has the `__class__` cell it then reads: the function register was
/// last written by a load of the name `super`.
fn calls_super(code: &CodeObject, pc: usize, func: Reg) -> bool {
    if !code
        .freevars()
        .iter()
        .any(|v| v.name.as_str() == "__class__")
    {
        return false;
    }
    for instr in code.instrs[..pc].iter().rev() {
        let mut wrote = false;
        instr.for_each_write(|r| wrote |= r == func);
        if wrote {
            return match *instr {
                Instr::LoadGlobal { name, .. } | Instr::LoadName { name, .. } => {
                    code.names[name.0 as usize].as_str() == "super"
                }
                _ => false,
            };
        }
    }
    false
}

/// `1234`, `12.3K`, `4.1M`: exact while short, then three digits.
pub fn compact(n: u64) -> String {
    if n < 10_000 {
        return n.to_string();
    }
    let (v, unit) = if n < 1_000_000 {
        (n as f64 / 1e3, "K")
    } else if n < 1_000_000_000 {
        (n as f64 / 1e6, "M")
    } else {
        (n as f64 / 1e9, "G")
    };
    format!("{v:.1}{unit}")
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{} {}", compact(n), if n == 1 { one } else { many })
}

impl Explain {
    fn blocks(&self) -> Vec<Block> {
        let mut blocks: Vec<Block> = Vec::new();
        for counts in &self.codes {
            let c = &counts.code;
            // Code objects of one definition (a function defined again
            // and again, the same source given to exec repeatedly), not
            // different sources that happen to share a name and line.
            let same = |b: &Block| {
                b.code.qualname.as_str() == c.qualname.as_str()
                    && b.code.filename == c.filename
                    && b.code.firstlineno == c.firstlineno
                    && b.code.kind == c.kind
                    && b.code.instrs == c.instrs
                    && b.code.names == c.names
            };
            let i = match blocks.iter().position(same) {
                Some(i) => {
                    blocks[i].copies += 1;
                    i
                }
                None => {
                    blocks.push(Block {
                        code: c.clone(),
                        copies: 1,
                        rows: Vec::new(),
                        namespaces: Vec::new(),
                        lookups: 0,
                        register_accesses: 0,
                    });
                    blocks.len() - 1
                }
            };
            blocks[i].add(counts);
        }
        blocks
    }

    /// The report: one block per code object that ran, then a summary.
    pub fn report(&self, tier: super::TierChoice, strip: &str) -> String {
        let mut out = String::new();
        let blocks = self.blocks();
        let _ = writeln!(
            out,
            "slotpy explain: {} code object{} ran; function bodies in the {} tier{}",
            blocks.len(),
            if blocks.len() == 1 { "" } else { "s" },
            match tier {
                super::TierChoice::Name => "name",
                _ => "fast",
            },
            if tier == super::TierChoice::Jit {
                " (jit off while counting)"
            } else {
                ""
            }
        );
        for b in &blocks {
            let c = &b.code;
            out.push('\n');
            let copies = if b.copies > 1 {
                format!(", {} code objects", b.copies)
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "{} ({} {}:{}{copies}) tier={}: {}",
                c.qualname.as_str(),
                kind_name(c.kind),
                if strip.is_empty() {
                    &c.filename
                } else {
                    c.filename.strip_prefix(strip).unwrap_or(&c.filename)
                },
                c.firstlineno,
                c.tier.as_str(),
                tier_reason(c),
            );
            for ns in &b.namespaces {
                let _ = writeln!(out, "  {ns}");
            }
            let rows: Vec<_> = b
                .rows
                .iter()
                .filter(|(_, r)| r.reads + r.writes + r.deletes > 0)
                .collect();
            if rows.is_empty() {
                let _ = writeln!(out, "  (no names used)");
                continue;
            }
            let wn = rows
                .iter()
                .map(|((n, _), _)| n.chars().count())
                .max()
                .unwrap_or(0);
            let wv = rows
                .iter()
                .map(|((_, v), _)| v.text().len())
                .max()
                .unwrap_or(0);
            for ((name, via), r) in rows {
                let mut parts = Vec::new();
                if r.reads > 0 {
                    let mut s = plural(r.reads, "load", "loads");
                    let places: Vec<String> = r
                        .found
                        .iter()
                        .enumerate()
                        .filter(|(_, &k)| k > 0)
                        .map(|(i, &k)| {
                            if k == r.reads {
                                FOUND_NAMES[i].to_string()
                            } else {
                                format!("{} {}", compact(k), FOUND_NAMES[i])
                            }
                        })
                        .collect();
                    if !places.is_empty() {
                        let _ = write!(s, " ({})", places.join(", "));
                    }
                    parts.push(s);
                }
                if r.writes > 0 {
                    parts.push(plural(r.writes, "store", "stores"));
                }
                if r.deletes > 0 {
                    parts.push(plural(r.deletes, "delete", "deletes"));
                }
                let _ = writeln!(
                    out,
                    "  {:wn$}  {:wv$}  {}",
                    name,
                    via.text(),
                    parts.join(", ")
                );
            }
        }
        let total: u64 = blocks.iter().map(|b| b.lookups).sum();
        let with = blocks.iter().filter(|b| b.lookups > 0).count();
        let fast: u64 = blocks
            .iter()
            .filter(|b| b.code.tier == Tier::Fast)
            .map(|b| b.lookups)
            .sum();
        let regs: u64 = blocks.iter().map(|b| b.register_accesses).sum();
        let _ = writeln!(
            out,
            "\n{} in {} code object{}; {} in fast code; {}",
            plural(total, "name lookup", "name lookups"),
            with,
            if with == 1 { "" } else { "s" },
            compact(fast),
            plural(regs, "register access", "register accesses"),
        );
        out
    }
}
