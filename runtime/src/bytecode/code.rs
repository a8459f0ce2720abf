//! Code objects: compiled instructions plus everything needed to run them.

use super::instr::{Instr, Label, Reg};
use crate::objects::{PyFunction, PyStr, PyType};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// How a code object's variables are reached.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tier {
    /// Dictionary namespaces resolved by name at run time (LOAD_NAME world):
    /// module code, class bodies, exec/eval code, and function bodies
    /// under `--tier=name`.
    Name,
    /// Slot-indexed registers (LOAD_FAST world): function bodies.
    Fast,
}

impl Tier {
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Name => "name",
            Tier::Fast => "fast",
        }
    }
}

/// What produced a code object; decides its namespaces and, for `name`
/// code, why it is in that tier.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Lambda,
    GenExpr,
    /// Source given to `exec()`/`eval()`/`compile()`.
    Exec,
    Eval,
    Interactive,
}

/// What a register holds, for `dis`, `locals()` and frame proxies.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RegKind {
    Local,
    /// A local captured by an inner function: the register holds a cell.
    Cell,
    /// A variable of an enclosing function: the register holds its cell.
    Free,
    /// A comprehension variable hidden from the enclosing namespace (PEP 709).
    Hidden,
}

#[derive(Clone, Debug)]
pub struct RegInfo {
    pub name: Rc<PyStr>,
    pub kind: RegKind,
}

/// A protected instruction range and where its exceptions go.
#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    pub start: Label,
    pub end: Label,
    pub handler: Label,
    /// The register that receives the exception.
    pub exc: Reg,
}

/// An inline cache for one name instruction (LoadName, StoreName,
/// LoadGlobal, StoreGlobal), kept beside the code in a side table indexed
/// by instruction.
///
/// A lookup consults up to three dicts in order (locals, globals,
/// builtins). The cache records the key-version each consulted dict had
/// and the entry position where the name was found in the last one; while
/// the frame's dicts still have those versions (no key added or removed),
/// the name is still absent from the earlier dicts and still at that
/// position in the last, so the lookup is one comparison per dict.
#[derive(Default)]
pub struct NameCache {
    pub versions: Cell<[u64; 3]>,
    /// How many of `versions` are in use (0: empty cache).
    pub depth: Cell<u8>,
    pub index: Cell<u32>,
}

/// Inline cache of an attribute instruction (`GetAttr`, `CallMethod`) for
/// instances of one Python class: what the class side of the lookup came
/// to, valid while the class is the same object and no class anywhere has
/// changed (the runtime's type epoch).
#[derive(Default)]
pub struct AttrCache {
    entry: RefCell<Option<(Rc<PyType>, u64, AttrHit)>>,
    /// Where in the instance dict the attribute was last found. Instances
    /// of one class usually get their attributes in the same order, so
    /// trying this entry first skips hashing (a guess, always checked).
    pub slot: Cell<u32>,
}

#[derive(Clone)]
pub enum AttrHit {
    /// Nothing on the class overrides the instance dict (no
    /// `__getattribute__`, no data descriptor of that name): a key there
    /// is the answer; a missing key needs the full lookup.
    InstanceDict,
    /// The class provides this function; unless the instance dict has the
    /// name, a call of the attribute calls it with the instance first.
    Method(Rc<PyFunction>),
    /// Nothing on the class intercepts storing this name (no
    /// `__setattr__`, no data descriptor), its instances have a dict and
    /// are not exceptions: a store goes straight to the instance dict.
    StoreInstanceDict,
}

impl AttrCache {
    /// What was cached for an instance of `class` at `epoch`.
    pub fn get(&self, class: &Rc<PyType>, epoch: u64) -> Option<AttrHit> {
        match &*self.entry.borrow() {
            Some((c, e, hit)) if *e == epoch && Rc::ptr_eq(c, class) => Some(hit.clone()),
            _ => None,
        }
    }

    /// Whether the cache holds `want` (a variant without data) for an
    /// instance of `class` at `epoch`: `get` without the clone.
    #[inline]
    pub fn holds(&self, class: &Rc<PyType>, epoch: u64, want: &AttrHit) -> bool {
        match &*self.entry.borrow() {
            Some((c, e, hit)) => {
                *e == epoch
                    && Rc::ptr_eq(c, class)
                    && std::mem::discriminant(hit) == std::mem::discriminant(want)
            }
            None => false,
        }
    }

    pub fn is_for(&self, class: &Rc<PyType>, epoch: u64) -> bool {
        matches!(&*self.entry.borrow(), Some((c, e, _)) if *e == epoch && Rc::ptr_eq(c, class))
    }

    /// Holding the class keeps its address from being reused by another.
    pub fn set(&self, class: Rc<PyType>, epoch: u64, hit: AttrHit) {
        *self.entry.borrow_mut() = Some((class, epoch, hit));
    }
}

pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    /// `from __future__ import annotations`: annotations are kept as
    /// their source text.
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
}

pub struct CodeObject {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub kind: CodeKind,
    pub tier: Tier,
    /// `--tier=name` forced this function body into dict namespaces.
    pub forced_name: bool,
    pub instrs: Box<[Instr]>,
    /// Source line of each instruction.
    pub lines: Box<[u32]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Rc<PyStr>]>,
    /// Named registers: locals first (parameters leading, in
    /// `co_varnames` order), then cells, then free variables.
    pub vars: Box<[RegInfo]>,
    /// Number of `co_varnames` entries (the leading `vars`).
    pub nlocals: u32,
    pub ncells: u32,
    pub nfree: u32,
    /// Where the constants are copied when the frame starts.
    pub const_base: Reg,
    pub nregs: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Cells in the `co_varnames` part of the frame (parameters that are
    /// cells, and cells of inlined comprehensions): their value (argument
    /// or unbound) moves into a new cell when the frame starts.
    pub cell_params: Box<[Reg]>,
    pub exc_table: Box<[ExcEntry]>,
    /// Loop headers (targets of backward jumps), hotness counters, for the
    /// JIT's on-stack entry.
    pub loop_counters: Box<[Cell<u32>]>,
    /// Type feedback, by instruction: for instructions whose result type
    /// the compiler cannot know (item and attribute loads, calls,
    /// unpacking, iteration), a bit per value tag the interpreter saw them
    /// produce. The jit tier speculates on it.
    pub type_feedback: Box<[Cell<u32>]>,
    /// Inline caches of name instructions, by instruction index: exactly
    /// one per instruction (the interpreter indexes them unchecked).
    pub name_caches: Box<[NameCache]>,
    /// Inline caches of attribute instructions, by instruction index:
    /// exactly one per instruction, like `name_caches`.
    pub attr_caches: Box<[AttrCache]>,
    /// Loops of this code the jit tier has seen hot.
    pub jit_loops: std::cell::RefCell<Vec<crate::jit_iface::LoopSlot>>,
    /// This code called as a whole function by the jit tier.
    pub jit_function: std::cell::RefCell<crate::jit_iface::FunctionSlot>,
    pub docstring: Value,
}

impl CodeObject {
    /// A copy with other names and first line (`code.replace`), with
    /// fresh run-time caches.
    pub fn renamed(
        &self,
        name: Rc<PyStr>,
        qualname: Rc<PyStr>,
        filename: Rc<str>,
        firstlineno: u32,
    ) -> CodeObject {
        CodeObject {
            name,
            qualname,
            filename,
            firstlineno,
            kind: self.kind,
            tier: self.tier,
            forced_name: self.forced_name,
            instrs: self.instrs.clone(),
            lines: self.lines.clone(),
            consts: self.consts.clone(),
            names: self.names.clone(),
            vars: self.vars.clone(),
            nlocals: self.nlocals,
            ncells: self.ncells,
            nfree: self.nfree,
            const_base: self.const_base,
            nregs: self.nregs,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            cell_params: self.cell_params.clone(),
            exc_table: self.exc_table.clone(),
            loop_counters: self.loop_counters.iter().map(|_| Cell::new(0)).collect(),
            type_feedback: self.type_feedback.iter().map(|_| Cell::new(0)).collect(),
            name_caches: self
                .name_caches
                .iter()
                .map(|_| NameCache::default())
                .collect(),
            attr_caches: self
                .attr_caches
                .iter()
                .map(|_| Default::default())
                .collect(),
            jit_loops: Default::default(),
            jit_function: Default::default(),
            docstring: self.docstring.clone(),
        }
    }

    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.firstlineno)
    }

    pub fn varnames(&self) -> &[RegInfo] {
        &self.vars[..self.nlocals as usize]
    }

    /// `co_varnames`: under `--tier=name` a function's comprehension
    /// variables get registers apart from its same-named locals (which
    /// live in the per-call dict); Python sees each name once.
    pub fn varnames_dedup(&self) -> Vec<Rc<PyStr>> {
        let mut out: Vec<Rc<PyStr>> = Vec::with_capacity(self.nlocals as usize);
        for v in self.varnames() {
            if !out.iter().any(|n| n.as_str() == v.name.as_str()) {
                out.push(v.name.clone());
            }
        }
        out
    }

    pub fn cellvars(&self) -> &[RegInfo] {
        &self.vars[self.nlocals as usize..(self.nlocals + self.ncells) as usize]
    }

    pub fn freevars(&self) -> &[RegInfo] {
        &self.vars[(self.nlocals + self.ncells) as usize..]
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// The innermost handler covering `pc`.
    pub fn handler_for(&self, pc: usize) -> Option<&ExcEntry> {
        let pc = pc as u32;
        self.exc_table
            .iter()
            .find(|e| e.start.0 <= pc && pc < e.end.0)
    }

    /// Register of the named variable, if it is one.
    pub fn var_reg(&self, name: &str) -> Option<(usize, RegKind)> {
        self.vars
            .iter()
            .position(|v| v.name.as_str() == name && v.kind != RegKind::Hidden)
            .map(|i| (i, self.vars[i].kind))
    }
}
