//! Syntax tree to register bytecode.
//!
//! Each scope becomes a [`CodeObject`]. How a name is compiled follows the
//! symbol table: in `fast` code a local is its register (no instruction),
//! a cell or free variable goes through its cell register, a global through
//! `LoadGlobal`; in `name` code (module, class body, exec/eval source, and
//! function bodies under `--tier=name`) names go through the namespace
//! mappings by name at run time.
//!
//! While generating, registers are *virtual*: variables, temporaries and
//! constants are numbered in separate spaces (see [`VReg`]) because their
//! counts are only known at the end; `finish` renumbers them into one frame
//! layout: `[variables | temporaries | constants]`.

use super::flow;
use super::future::{self, Future};
use super::symtable::{self, mangle, BlockType, ScopeId, SymScope, SymbolTable};
use crate::builtins::type_params;
use crate::bytecode::code::{flags as co, CodeKind, CodeObject, ExcEntry, RegInfo, RegKind, Tier};
use crate::bytecode::instr::*;
use crate::frontend::ast::*;
use crate::frontend::SyntaxErr;
use crate::objects::PyStr;
use crate::value::Value;
use num_bigint::BigInt;
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

const VAR_BASE: u16 = 0;
const TEMP_BASE: u16 = 0x4000;
const CONST_BASE: u16 = 0x8000;

/// Compilation settings that change the generated code.
#[derive(Clone, Copy, Debug, Default)]
pub struct CodegenOptions {
    /// `--tier=name`: function bodies keep their locals in a per-call dict.
    pub force_name_tier: bool,
    /// Future features in force from outside the source (`compile()`'s
    /// flags, or inherited from the code calling exec/eval/compile).
    pub future_flags: u32,
    /// `compile()`'s `optimize`: from 1 on, `assert` statements are left
    /// out and `__debug__` is False.
    pub optimize: u32,
}

type CResult<T> = Result<T, SyntaxErr>;

/// What [`Compiler::try_body`] sets up for the `except` clauses.
struct TryParts {
    /// The exception caught from the body.
    exc: Reg,
    /// An exception raised while handling it.
    exc2: Reg,
    cleanup_l: LabelId,
    end: LabelId,
}

/// What an `fblock` (a construct that needs cleanup when `return`, `break`
/// or `continue` leaves it) is, as in CPython's compiler.
#[derive(Clone)]
enum FBlock<'a> {
    Loop {
        cont: LabelId,
        brk: LabelId,
    },
    /// A `for` loop's iterator is simply dropped.
    TryExcept,
    /// Inside `try` with a `finally`: leaving runs the final body.
    FinallyTry(&'a [Stmt]),
    /// Inside the final body entered by an exception.
    FinallyEnd,
    /// Inside an `except` body (`name` is deleted on exit).
    HandlerCleanup(Option<Ident>),
    With {
        exit: Reg,
    },
    /// An inlined comprehension that saved outer variables.
    Comprehension,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct LabelId(u32);

struct FBlockEntry<'a> {
    block: FBlock<'a>,
    /// Handler stack depth when the block was entered.
    handlers: usize,
}

/// An inlined comprehension being compiled: names it binds map to
/// registers of the enclosing code.
struct CompCtx {
    scope: ScopeId,
    regs: HashMap<Ident, Reg>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum VarKind {
    Local,
    /// A variable of a comprehension inlined into code whose own locals
    /// are not registers (module, class body, `--tier=name` function):
    /// CPython's "fast hidden" locals.
    Hidden,
    Cell,
    Free,
}

struct Unit<'a> {
    scope: ScopeId,
    kind: CodeKind,
    tier: Tier,
    forced_name: bool,
    name: Ident,
    qualname: Ident,
    firstlineno: u32,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    /// Innermost exception handler of each instruction.
    instr_handler: Vec<Option<u32>>,
    handlers: Vec<(LabelId, Reg)>,
    handler_stack: Vec<u32>,
    labels: Vec<Option<u32>>,
    consts: Vec<Value>,
    const_keys: HashMap<ConstKey, u32>,
    names: Vec<Rc<PyStr>>,
    name_index: HashMap<Ident, u32>,
    /// Variables in discovery order (`vars[i]` is virtual register `i`).
    vars: Vec<(Ident, VarKind, bool)>,
    /// When each variable was first used by generated code, in CPython's
    /// evaluation order (`u32::MAX`: not yet). Registers are created
    /// earlier (a store target before its value), but `co_varnames` and
    /// `locals()` list locals in first-use order, as CPython's compiler
    /// adds a name to `co_varnames` at its first LOAD/STORE_FAST.
    var_use: Vec<u32>,
    use_seq: u32,
    /// Cells of comprehensions inlined into a function: like a parameter
    /// that is a cell, CPython lists them in `co_varnames` (in first-use
    /// order) as well as in `co_cellvars`.
    comp_cells: Vec<u16>,
    var_index: HashMap<(Ident, VarKind), u16>,
    ntemps: u16,
    max_temps: u16,
    fblocks: Vec<FBlockEntry<'a>>,
    comps: Vec<CompCtx>,
    line: u32,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    docstring: Value,
    /// Attribute names assigned through `self.` in methods (class bodies).
    static_attributes: Vec<Ident>,
    /// First parameter of a method, to collect `self.x = ...`.
    self_name: Option<Ident>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<ConstKey>),
    Unique(u32),
}

pub struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: Rc<str>,
    opts: CodegenOptions,
    units: Vec<Unit<'a>>,
    unique: u32,
    interactive: bool,
    /// One string object per distinct name in the module, shared by all
    /// its code objects: attribute and global lookups then match keys by
    /// identity (an instance's `x` set in `__init__` is the `x` another
    /// method reads).
    strings: std::collections::HashMap<Ident, Rc<PyStr>>,
    future: Future,
}

/// Compiles a parsed module to its top-level code object.
pub fn compile_module(
    module: &Module,
    table: &SymbolTable,
    filename: &str,
    kind: CodeKind,
    opts: CodegenOptions,
    future: Future,
) -> CResult<Rc<CodeObject>> {
    let mut c = Compiler {
        table,
        filename: Rc::from(filename),
        opts: CodegenOptions {
            future_flags: opts.future_flags | future.flags,
            ..opts
        },
        future,
        units: Vec::new(),
        unique: 0,
        interactive: kind == CodeKind::Interactive,
        strings: Default::default(),
    };
    let name: Ident = Rc::from("<module>");
    c.push_unit(SymbolTable::TOP, kind, name.clone(), name, 1);
    if kind == CodeKind::Eval {
        let StmtKind::Expr(e) = &module.body[0].kind else {
            unreachable!("eval source is one expression")
        };
        c.unit().line = e.loc.line;
        let r = c.expr(e)?;
        c.emit(Instr::Return { src: r });
    } else {
        if kind != CodeKind::Interactive && has_annotations(&module.body) {
            c.emit(Instr::SetupAnnotations);
        }
        // A string typed at the prompt is displayed, not a docstring.
        let body = if kind == CodeKind::Interactive {
            &module.body[..]
        } else {
            c.docstring_split(&module.body, true)?
        };
        c.stmts(body)?;
        let none = c.const_reg(Value::None, ConstKey::None);
        c.emit(Instr::Return { src: none });
    }
    Ok(c.finish_unit())
}

/// `co_firstlineno` of a definition: CPython starts a decorated function
/// or class at its first decorator.
fn first_line(decorators: &[Expr], def_line: u32) -> u32 {
    decorators.first().map_or(def_line, |d| d.loc.line)
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
            has_annotations(body) || has_annotations(orelse)
        }
        _ => any_branch(s, has_annotations),
    })
}

/// Whether `body` has a `break` for its own loop (not one of a nested
/// loop, function or class).
fn breaks_out(body: &[Stmt]) -> bool {
    body.iter()
        .any(|s| matches!(s.kind, StmtKind::Break) || any_branch(s, breaks_out))
}

/// Whether `f` holds for a block that `s` runs as a branch of itself: the
/// blocks of `if`, `with`, `try` and `match` (not loops, functions or
/// classes, whose blocks callers treat each their own way).
fn any_branch(s: &Stmt, f: fn(&[Stmt]) -> bool) -> bool {
    match &s.kind {
        StmtKind::If { body, orelse, .. } => f(body) || f(orelse),
        StmtKind::With { body, .. } => f(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => f(body) || handlers.iter().any(|h| f(&h.body)) || f(orelse) || f(finalbody),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| f(&c.body)),
        _ => false,
    }
}

/// Whether evaluating `e` may run code that rebinds a local variable: a
/// walrus, or any Python code (a call, an operator or item access that
/// reaches a dunder method, a property...) through PEP 667's frame proxy.
/// A local read before such an operand is copied first, preserving
/// CPython's evaluation order (it loads the local onto its stack first).
fn may_rebind(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Constant(_) | ExprKind::Lambda(_) => false,
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().any(may_rebind),
        _ => true,
    }
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit")
    }

    fn u(&self) -> &Unit<'a> {
        self.units.last().expect("a unit")
    }

    fn scope(&self) -> &'a symtable::Scope {
        self.table.scope(self.u().scope)
    }

    fn err(&self, msg: impl Into<String>, loc: Loc) -> SyntaxErr {
        SyntaxErr::at(msg, &self.filename, loc)
    }

    fn push_unit(
        &mut self,
        scope: ScopeId,
        kind: CodeKind,
        name: Ident,
        qualname: Ident,
        line: u32,
    ) {
        let st = self.table.scope(scope);
        let function_like = st.is_function_like();
        let forced_name = function_like && self.opts.force_name_tier;
        let tier = if function_like && !forced_name {
            Tier::Fast
        } else {
            Tier::Name
        };
        let mut unit = Unit {
            scope,
            kind,
            tier,
            forced_name,
            name,
            qualname,
            firstlineno: line,
            instrs: Vec::new(),
            lines: Vec::new(),
            instr_handler: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_keys: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            vars: Vec::new(),
            var_use: Vec::new(),
            use_seq: 0,
            comp_cells: Vec::new(),
            var_index: HashMap::new(),
            ntemps: 0,
            max_temps: 0,
            fblocks: Vec::new(),
            comps: Vec::new(),
            line,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: self.opts.future_flags & co::FUTURE_ANNOTATIONS,
            docstring: Value::None,
            static_attributes: Vec::new(),
            self_name: None,
        };
        if function_like {
            // `--tier=name` changes only how the body runs, never what
            // Python code can observe: the flags stay CPython's.
            unit.flags |= co::NEWLOCALS | co::OPTIMIZED;
            if st.nested {
                unit.flags |= co::NESTED;
            }
            if st.is_generator {
                unit.flags |= co::GENERATOR;
            }
            if st.is_coroutine && !st.is_generator {
                unit.flags |= co::COROUTINE;
            }
            if st.has_varargs {
                unit.flags |= co::VARARGS;
            }
            if st.has_varkeywords {
                unit.flags |= co::VARKEYWORDS;
            }
        }
        self.units.push(unit);
        // Parameters are the first variables, in frame order.
        for p in &st.varnames {
            let kind = if st.scope_of(p) == Some(SymScope::Cell) {
                VarKind::Cell
            } else {
                VarKind::Local
            };
            self.var_reg(p, kind, true);
        }
        // Cells and free variables exist from the start.
        let mut cells: Vec<&Ident> = st
            .symbols
            .iter()
            .filter(|s| s.scope == SymScope::Cell)
            .map(|s| &s.name)
            .collect();
        cells.sort();
        if st.kind == BlockType::Class && st.needs_class_closure {
            self.var_reg(&Rc::from("__class__"), VarKind::Cell, false);
        }
        if st.kind == BlockType::Class && st.needs_classdict {
            self.var_reg(&Rc::from("__classdict__"), VarKind::Cell, false);
        }
        for c in cells {
            self.var_reg(c, VarKind::Cell, false);
        }
        let mut frees: Vec<&Ident> = st
            .symbols
            .iter()
            .filter(|s| s.scope == SymScope::Free)
            .map(|s| &s.name)
            .collect();
        frees.sort();
        for f in frees {
            self.var_reg(f, VarKind::Free, false);
        }
    }

    /// The virtual register of a variable, created on first use.
    fn var_reg(&mut self, name: &Ident, kind: VarKind, param: bool) -> Reg {
        let u = self.unit();
        let key = (name.clone(), kind);
        if let Some(&i) = u.var_index.get(&key) {
            return Reg(VAR_BASE + i);
        }
        let i = u.vars.len() as u16;
        u.vars.push((name.clone(), kind, param));
        u.var_use.push(u32::MAX);
        u.var_index.insert(key, i);
        Reg(VAR_BASE + i)
    }

    /// Records the first use of variable register `r` (see `var_use`).
    fn note_use(&mut self, r: Reg) {
        if !Self::is_var(r) {
            return;
        }
        let u = self.unit();
        let slot = &mut u.var_use[(r.0 - VAR_BASE) as usize];
        if *slot == u32::MAX {
            *slot = u.use_seq;
            u.use_seq += 1;
        }
    }

    /// [`Compiler::resolve`] for an access about to be generated: notes
    /// the variable's first use.
    fn resolve_use(&mut self, name: &Ident) -> Access {
        let a = self.resolve(name);
        if let Access::Fast(r) | Access::LocalDict(_, r) = &a {
            self.note_use(*r);
        }
        a
    }

    fn temp(&mut self) -> Reg {
        let u = self.unit();
        let r = Reg(TEMP_BASE + u.ntemps);
        u.ntemps += 1;
        u.max_temps = u.max_temps.max(u.ntemps);
        r
    }

    /// `n` consecutive temporaries.
    fn temps(&mut self, n: usize) -> Reg {
        let u = self.unit();
        let r = Reg(TEMP_BASE + u.ntemps);
        u.ntemps += n as u16;
        u.max_temps = u.max_temps.max(u.ntemps);
        r
    }

    fn temp_mark(&self) -> u16 {
        self.u().ntemps
    }

    fn release(&mut self, mark: u16) {
        self.unit().ntemps = mark;
    }

    fn is_temp(r: Reg) -> bool {
        (TEMP_BASE..CONST_BASE).contains(&r.0)
    }

    fn is_var(r: Reg) -> bool {
        r.0 < TEMP_BASE
    }

    fn label(&mut self) -> LabelId {
        let u = self.unit();
        u.labels.push(None);
        LabelId(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: LabelId) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.instrs.len() as u32);
    }

    fn emit(&mut self, i: Instr) {
        let u = self.unit();
        u.instrs.push(i);
        u.lines.push(u.line);
        let h = u.handler_stack.last().copied();
        u.instr_handler.push(h);
    }

    fn emit_jump(&mut self, make: impl FnOnce(Label) -> Instr, target: LabelId) {
        self.emit(make(Label(target.0)));
    }

    fn name_idx(&mut self, name: &Ident) -> NameIdx {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return NameIdx(i);
        }
        let s = self
            .strings
            .entry(name.clone())
            .or_insert_with(|| Rc::new(PyStr::new(name)))
            .clone();
        let u = self.unit();
        let i = u.names.len() as u32;
        u.names.push(s);
        u.name_index.insert(name.clone(), i);
        NameIdx(i)
    }

    fn const_idx(&mut self, v: Value, key: ConstKey) -> ConstIdx {
        let u = self.unit();
        if let Some(&i) = u.const_keys.get(&key) {
            return ConstIdx(i);
        }
        let i = u.consts.len() as u32;
        u.consts.push(v);
        u.const_keys.insert(key, i);
        ConstIdx(i)
    }

    fn const_reg(&mut self, v: Value, key: ConstKey) -> Reg {
        let i = self.const_idx(v, key);
        Reg(CONST_BASE + i.0 as u16)
    }

    fn none_reg(&mut self) -> Reg {
        self.const_reg(Value::None, ConstKey::None)
    }

    fn str_const(&mut self, s: &str) -> Reg {
        let rc: Rc<str> = Rc::from(s);
        self.const_reg(Value::str(s), ConstKey::Str(rc))
    }

    fn constant(&mut self, c: &Constant) -> (Value, ConstKey) {
        match c {
            Constant::None => (Value::None, ConstKey::None),
            Constant::Bool(b) => (Value::bool(*b), ConstKey::Bool(*b)),
            Constant::Str(s) => (Value::str(s), ConstKey::Str(s.clone())),
            Constant::Bytes(b) => (
                Value::Bytes(Rc::new(crate::objects::PyBytes::new(b.to_vec()))),
                ConstKey::Bytes(b.clone()),
            ),
            Constant::Int(i) => (Value::from_bigint(i.clone()), ConstKey::Int(i.clone())),
            Constant::Float(f) => (Value::float(*f), ConstKey::Float(f.to_bits())),
            Constant::Complex { re, im } => (
                crate::builtins::complex::new(*re, *im),
                ConstKey::Complex(re.to_bits(), im.to_bits()),
            ),
            Constant::Ellipsis => (Value::Ellipsis, ConstKey::Ellipsis),
            Constant::Tuple(items) => {
                let mut vals = Vec::new();
                let mut keys = Vec::new();
                for it in items {
                    let (v, k) = self.constant(it);
                    vals.push(v);
                    keys.push(k);
                }
                (Value::tuple(vals), ConstKey::Tuple(keys))
            }
        }
    }

    fn unique_key(&mut self) -> ConstKey {
        self.unique += 1;
        ConstKey::Unique(self.unique)
    }

    fn mangle(&self, name: &Ident) -> Ident {
        mangle(self.scope().private.as_ref(), name)
    }

    // ------------------------------------------------------------------
    // Names
    // ------------------------------------------------------------------

    /// How a name is reached from the current point of the current unit.
    fn resolve(&mut self, name: &Ident) -> Access {
        let mangled = self.mangle(name);
        let st = self.scope();
        let in_class = st.kind == BlockType::Class;
        // Inlined comprehensions: names they bind are registers; in a class
        // body, names they read skip the class namespace.
        let ncomps = self.u().comps.len();
        for ci in (0..ncomps).rev() {
            let comp = &self.u().comps[ci];
            if let Some(&r) = comp.regs.get(&mangled) {
                let cs = self.table.scope(comp.scope);
                return match cs.scope_of(&mangled) {
                    Some(SymScope::Cell) => Access::Deref(r),
                    _ => Access::Fast(r),
                };
            }
            let cs = self.table.scope(comp.scope);
            if let Some(sym) = cs.lookup(&mangled) {
                if sym.scope == SymScope::GlobalExplicit && sym.flags & symtable::DEF_LOCAL != 0 {
                    return Access::Global(mangled);
                }
                if in_class {
                    match sym.scope {
                        SymScope::GlobalImplicit | SymScope::GlobalExplicit => {
                            return Access::Global(mangled)
                        }
                        SymScope::Free => {
                            let r = self.var_reg(&mangled, VarKind::Free, false);
                            return Access::Deref(r);
                        }
                        _ => {}
                    }
                }
            }
        }
        let scope = st.scope_of(&mangled).unwrap_or(SymScope::GlobalImplicit);
        let function_like = st.is_function_like();
        match scope {
            SymScope::Free => {
                let r = self.var_reg(&mangled, VarKind::Free, false);
                if in_class {
                    Access::ClassDeref(mangled, r)
                } else {
                    Access::Deref(r)
                }
            }
            SymScope::Cell => {
                if in_class {
                    // The symbol table dump calls some class names cells;
                    // CPython keeps them in the class namespace.
                    Access::Name(mangled)
                } else {
                    Access::Deref(self.var_reg(&mangled, VarKind::Cell, false))
                }
            }
            SymScope::Local => {
                if function_like {
                    if self.u().forced_name {
                        // Registered for co_varnames and locals() order;
                        // the value lives in the per-call dict.
                        let r = self.var_reg(&mangled, VarKind::Local, false);
                        Access::LocalDict(mangled, r)
                    } else {
                        Access::Fast(self.var_reg(&mangled, VarKind::Local, false))
                    }
                } else {
                    Access::Name(mangled)
                }
            }
            SymScope::GlobalExplicit => Access::Global(mangled),
            SymScope::GlobalImplicit => {
                if function_like {
                    Access::Global(mangled)
                } else {
                    Access::Name(mangled)
                }
            }
        }
    }

    /// Reads a variable; returns the register holding its value.
    fn load_name(&mut self, name: &Ident, dst: Option<Reg>) -> Reg {
        if &**name == "__debug__" {
            // A constant, as CPython's AST optimizer makes it.
            let b = self.opts.optimize == 0;
            let r = self.const_reg(Value::bool(b), ConstKey::Bool(b));
            return match dst {
                Some(d) => {
                    self.emit(Instr::Move { dst: d, src: r });
                    d
                }
                None => r,
            };
        }
        if let Some(r) = self.load_via_class_dict(name, dst) {
            return r;
        }
        match self.resolve_use(name) {
            Access::Fast(r) => {
                self.emit(Instr::CheckBound { reg: r });
                match dst {
                    Some(d) if d != r => {
                        self.emit(Instr::Move { dst: d, src: r });
                        d
                    }
                    _ => r,
                }
            }
            access => {
                let d = dst.unwrap_or_else(|| self.temp());
                let i = match access {
                    Access::Deref(cell) => Instr::LoadDeref { dst: d, cell },
                    Access::ClassDeref(n, cell) => Instr::LoadClassDeref {
                        dst: d,
                        name: self.name_idx(&n),
                        cell,
                    },
                    Access::Name(n) => Instr::LoadName {
                        dst: d,
                        name: self.name_idx(&n),
                    },
                    Access::LocalDict(n, _) => Instr::LoadLocal {
                        dst: d,
                        name: self.name_idx(&n),
                    },
                    Access::Global(n) => Instr::LoadGlobal {
                        dst: d,
                        name: self.name_idx(&n),
                    },
                    Access::Fast(_) => unreachable!(),
                };
                self.emit(i);
                d
            }
        }
    }

    /// In an annotation scope that sees a class, a global name is looked up
    /// in the class namespace first (CPython's `LOAD_FROM_DICT_OR_GLOBALS`).
    fn load_via_class_dict(&mut self, name: &Ident, dst: Option<Reg>) -> Option<Reg> {
        let st = self.scope();
        if !st.can_see_class_scope || !self.u().comps.is_empty() {
            return None;
        }
        let mangled = self.mangle(name);
        if st.scope_of(&mangled)? != SymScope::GlobalImplicit {
            return None;
        }
        let cell = self.var_reg(&Rc::from("__classdict__"), VarKind::Free, false);
        let dict = self.temp();
        self.emit(Instr::LoadDeref { dst: dict, cell });
        let key = self.str_const(&mangled);
        let d = dst.unwrap_or_else(|| self.temp());
        self.call_helper(
            d,
            "load_from_dict_or_globals",
            type_params::load_from_dict_or_globals,
            &[dict, key],
        );
        Some(d)
    }

    /// Where a store to `name` can evaluate its value directly, if anywhere.
    /// The caller notes the use (`note_use`) once the value is computed.
    fn store_target_reg(&mut self, name: &Ident) -> Option<Reg> {
        match self.resolve(name) {
            Access::Fast(r) => Some(r),
            _ => None,
        }
    }

    fn store_name(&mut self, name: &Ident, src: Reg) {
        match self.resolve_use(name) {
            Access::Fast(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
            }
            Access::Deref(cell) | Access::ClassDeref(_, cell) => {
                self.emit(Instr::StoreDeref { cell, src })
            }
            Access::Name(n) => {
                let name = self.name_idx(&n);
                self.emit(Instr::StoreName { name, src })
            }
            Access::LocalDict(n, _) => {
                let name = self.name_idx(&n);
                self.emit(Instr::StoreLocal { name, src })
            }
            Access::Global(n) => {
                let name = self.name_idx(&n);
                self.emit(Instr::StoreGlobal { name, src })
            }
        }
    }

    fn delete_name(&mut self, name: &Ident) {
        match self.resolve_use(name) {
            Access::Fast(r) => self.emit(Instr::DeleteFast { reg: r }),
            Access::Deref(cell) | Access::ClassDeref(_, cell) => {
                self.emit(Instr::DeleteDeref { cell })
            }
            Access::Name(n) => {
                let name = self.name_idx(&n);
                self.emit(Instr::DeleteName { name })
            }
            Access::LocalDict(n, _) => {
                let name = self.name_idx(&n);
                self.emit(Instr::DeleteLocal { name })
            }
            Access::Global(n) => {
                let name = self.name_idx(&n);
                self.emit(Instr::DeleteGlobal { name })
            }
        }
    }

    // ------------------------------------------------------------------
    // Statements
    // ------------------------------------------------------------------

    /// Splits off a docstring, storing it as `__doc__` (module and class).
    fn docstring_split<'b>(&mut self, body: &'b [Stmt], store: bool) -> CResult<&'b [Stmt]> {
        if let Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(s)),
                    ..
                }),
            loc,
        }) = body.first()
        {
            let s = &clean_doc(s);
            self.unit().docstring = Value::str(s);
            if store {
                self.unit().line = loc.line;
                let r = self.str_const(s);
                self.store_name(&Rc::from("__doc__"), r);
            }
            return Ok(&body[1..]);
        }
        Ok(body)
    }

    fn stmts(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.unit().line = s.loc.line;
        let mark = self.temp_mark();
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.loc)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.loc)?,
            StmtKind::Return(value) => {
                let st = self.scope();
                if !st.is_function_like() || self.u().kind == CodeKind::GenExpr {
                    return Err(self.err("'return' outside function", s.loc));
                }
                if value.is_some() && st.is_coroutine && st.is_generator {
                    return Err(self.err("'return' with value in async generator", s.loc));
                }
                let r = match value {
                    Some(v) => {
                        let r = self.expr(v)?;
                        if self.u().fblocks.is_empty() || Self::is_temp(r) {
                            r
                        } else {
                            let t = self.temp();
                            self.emit(Instr::Move { dst: t, src: r });
                            t
                        }
                    }
                    None => self.none_reg(),
                };
                self.unwind_fblocks(None, true)?;
                self.unit().line = s.loc.line;
                self.emit(Instr::Return { src: r });
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                if targets.len() == 1 {
                    self.assign(&targets[0], value)?;
                } else {
                    let r = self.expr(value)?;
                    let r = self.stable(r);
                    for t in targets {
                        self.store_target(t, r)?;
                    }
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return Err(self.err("async for is not supported by slotpy", s.loc));
                }
                self.for_loop(target, iter, body, orelse)?
            }
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let else_l = self.label();
                let end = self.label();
                self.cond_jump(test, false, else_l)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(|t| Instr::Jump { target: t }, end);
                }
                self.bind(else_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    return Err(self.err("async with is not supported by slotpy", s.loc));
                }
                self.with(items, body)?
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let e = match exc {
                    Some(e) => {
                        let r = self.expr(e)?;
                        self.stable(r)
                    }
                    None => Reg::NONE,
                };
                let c = match cause {
                    Some(c) => self.expr(c)?,
                    None => Reg::NONE,
                };
                self.unit().line = s.loc.line;
                let kind = if exc.is_some() {
                    RaiseKind::Raise
                } else {
                    RaiseKind::Reraise
                };
                self.emit(Instr::Raise {
                    kind,
                    exc: e,
                    cause: c,
                });
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    if *is_star {
                        self.try_except_star(body, handlers, orelse)?;
                    } else {
                        self.try_except(body, handlers, orelse)?;
                    }
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)?;
                }
            }
            StmtKind::Assert { .. } if self.opts.optimize > 0 => {}
            StmtKind::Assert { test, msg } => {
                let ok = self.label();
                self.cond_jump(test, true, ok)?;
                let m = match msg {
                    Some(m) => self.expr(m)?,
                    None => Reg::NONE,
                };
                self.unit().line = s.loc.line;
                self.emit(Instr::RaiseAssert { msg: m });
                self.bind(ok);
            }
            StmtKind::Import(names) => {
                for a in names {
                    let dst = self.temp();
                    let name = self.name_idx(&a.name);
                    self.emit(Instr::ImportName {
                        dst,
                        name,
                        fromlist: Reg::NONE,
                        level: 0,
                    });
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule.
                            let mut cur = dst;
                            for part in a.name.split('.').skip(1) {
                                let n = self.name_idx(&Rc::from(part));
                                let t = self.temp();
                                self.emit(Instr::ImportFrom {
                                    dst: t,
                                    module: cur,
                                    name: n,
                                });
                                cur = t;
                            }
                            self.store_name(asname, cur);
                        }
                        None => {
                            let top: Ident = Rc::from(a.name.split('.').next().unwrap_or(""));
                            self.store_name(&top, dst);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level == 0
                    && module.as_deref() == Some("__future__")
                    && future::is_misplaced(&self.future, s.loc)
                {
                    return Err(self.err(
                        "from __future__ imports must occur at the beginning of the file",
                        s.loc,
                    ));
                }
                let modname: Ident = module.clone().unwrap_or_else(|| Rc::from(""));
                let fl: Vec<Value> = names.iter().map(|a| Value::str(&a.name)).collect();
                let key = ConstKey::Tuple(
                    names
                        .iter()
                        .map(|a| ConstKey::Str(a.name.clone()))
                        .collect(),
                );
                let fromlist = self.const_reg(Value::tuple(fl), key);
                let dst = self.temp();
                let name = self.name_idx(&modname);
                self.emit(Instr::ImportName {
                    dst,
                    name,
                    fromlist,
                    level: *level as u16,
                });
                for a in names {
                    if &*a.name == "*" {
                        self.emit(Instr::ImportStar { module: dst });
                        continue;
                    }
                    let t = self.temp();
                    let n = self.name_idx(&a.name);
                    self.emit(Instr::ImportFrom {
                        dst: t,
                        module: dst,
                        name: n,
                    });
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.store_name(&bound, t);
                }
            }
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
                scope,
            } => self.type_alias(name, type_params, value, *scope, s.loc)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    let r = self.expr(e)?;
                    self.emit(Instr::PrintExpr { src: r });
                } else if !matches!(e.kind, ExprKind::Constant(_)) {
                    self.expr(e)?;
                }
            }
            StmtKind::Break => {
                let Some(brk) = self.innermost_loop(s.loc, "'break' outside loop")?.1 else {
                    unreachable!()
                };
                self.unwind_fblocks(Some(true), false)?;
                self.unit().line = s.loc.line;
                self.emit_jump(|t| Instr::Jump { target: t }, brk);
            }
            StmtKind::Continue => {
                let (cont, _) = self.innermost_loop(s.loc, "'continue' not properly in loop")?;
                self.unwind_fblocks(Some(false), false)?;
                self.unit().line = s.loc.line;
                self.emit_jump(|t| Instr::Jump { target: t }, cont);
            }
        }
        self.release(mark);
        Ok(())
    }

    fn innermost_loop(&self, loc: Loc, msg: &str) -> CResult<(LabelId, Option<LabelId>)> {
        for fb in self.u().fblocks.iter().rev() {
            if let FBlock::Loop { cont, brk } = fb.block {
                return Ok((cont, Some(brk)));
            }
        }
        Err(self.err(msg, loc))
    }

    /// Emits the cleanup of every fblock that a `return` (`to_loop` None)
    /// or `break`/`continue` (up to the innermost loop) leaves.
    fn unwind_fblocks(&mut self, to_loop: Option<bool>, is_return: bool) -> CResult<()> {
        let saved_blocks = std::mem::take(&mut self.unit().fblocks);
        let saved_handlers = self.u().handler_stack.clone();
        let mut i = saved_blocks.len();
        let result = (|| {
            while i > 0 {
                i -= 1;
                let entry = &saved_blocks[i];
                if let FBlock::Loop { .. } = entry.block {
                    if to_loop.is_some() {
                        break;
                    }
                    continue;
                }
                // Code emitted for this block's cleanup runs outside it.
                self.unit().handler_stack.truncate(entry.handlers);
                self.unit().fblocks = saved_blocks[..i]
                    .iter()
                    .map(|e| FBlockEntry {
                        block: e.block.clone(),
                        handlers: e.handlers,
                    })
                    .collect();
                match &entry.block {
                    FBlock::Loop { .. } | FBlock::TryExcept | FBlock::Comprehension => {}
                    FBlock::FinallyTry(body) => {
                        self.stmts(body)?;
                    }
                    FBlock::FinallyEnd => self.emit(Instr::PopExcInfo),
                    FBlock::HandlerCleanup(name) => {
                        self.emit(Instr::PopExcInfo);
                        if let Some(n) = name {
                            let none = self.none_reg();
                            self.store_name(n, none);
                            self.delete_name(n);
                        }
                    }
                    FBlock::With { exit } => {
                        let t = self.temp();
                        self.emit(Instr::WithExit {
                            dst: t,
                            exit: *exit,
                            exc: Reg::NONE,
                        });
                    }
                }
            }
            let _ = is_return;
            Ok(())
        })();
        self.unit().fblocks = saved_blocks;
        self.unit().handler_stack = saved_handlers;
        result
    }

    fn push_fblock(&mut self, block: FBlock<'a>) {
        let handlers = self.u().handler_stack.len();
        self.unit().fblocks.push(FBlockEntry { block, handlers });
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    fn push_handler(&mut self, label: LabelId, exc: Reg) {
        let u = self.unit();
        u.handlers.push((label, exc));
        let id = u.handlers.len() as u32 - 1;
        u.handler_stack.push(id);
    }

    fn pop_handler(&mut self) {
        self.unit().handler_stack.pop();
    }

    /// Makes sure `r` survives later evaluation: a variable register is
    /// copied to a temporary.
    fn stable(&mut self, r: Reg) -> Reg {
        if Self::is_var(r) {
            let t = self.temp();
            self.emit(Instr::Move { dst: t, src: r });
            t
        } else {
            r
        }
    }

    fn assign(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<()> {
        if let ExprKind::Name { id, .. } = &target.kind {
            if let Some(dst) = self.store_target_reg(id) {
                self.expr_into(value, dst)?;
                self.note_use(dst);
                return Ok(());
            }
        }
        // Unpacking a literal tuple into names: no tuple needed, but the
        // right side must be fully evaluated first.
        let r = self.expr(value)?;
        self.store_target(target, r)
    }

    fn store_target(&mut self, target: &'a Expr, src: Reg) -> CResult<()> {
        self.unit().line = target.loc.line;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.store_name(id, src);
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr(value)?;
                let name = self.mangle(attr);
                self.note_static_attribute(value, &name);
                let name = self.name_idx(&name);
                self.unit().line = target.loc.line;
                self.emit(Instr::SetAttr { obj, name, src });
            }
            ExprKind::Subscript { value, index, .. } => {
                let obj = self.expr(value)?;
                let obj = if may_rebind(index) {
                    self.stable(obj)
                } else {
                    obj
                };
                let key = self.expr(index)?;
                self.unit().line = target.loc.line;
                self.emit(Instr::SetItem { obj, key, src });
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                if elts
                    .iter()
                    .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                    .count()
                    > 1
                {
                    return Err(self.err("multiple starred expressions in assignment", target.loc));
                }
                let n = elts.len();
                let dst = self.temps(n);
                match star {
                    None => self.emit(Instr::UnpackSequence {
                        src,
                        dst,
                        count: n as u16,
                    }),
                    Some(k) => self.emit(Instr::UnpackEx {
                        src,
                        dst,
                        before: k as u8,
                        after: (n - k - 1) as u8,
                    }),
                }
                for (i, e) in elts.iter().enumerate() {
                    let inner = match &e.kind {
                        ExprKind::Starred { value, .. } => value,
                        _ => e,
                    };
                    self.store_target(inner, dst.offset(i))?;
                }
            }
            ExprKind::Starred { .. } => {
                return Err(self.err(
                    "starred assignment target must be in a list or tuple",
                    target.loc,
                ))
            }
            _ => return Err(self.err(cannot_assign(target, "assign to"), target.loc)),
        }
        Ok(())
    }

    /// Records `self.x = ...` in methods for the class's
    /// `__static_attributes__` (CPython 3.13).
    fn note_static_attribute(&mut self, obj: &Expr, attr: &Ident) {
        let Some(self_name) = self.u().self_name.clone() else {
            return;
        };
        if let ExprKind::Name { id, .. } = &obj.kind {
            if *id == self_name {
                let n = self.units.len();
                if n >= 2 && self.units[n - 2].kind == CodeKind::Class {
                    let list = &mut self.units[n - 2].static_attributes;
                    if !list.contains(attr) {
                        list.push(attr.clone());
                    }
                }
            }
        }
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.unit().line = t.loc.line;
        match &t.kind {
            ExprKind::Name { id, .. } => self.delete_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr(value)?;
                let name = self.mangle(attr);
                let name = self.name_idx(&name);
                self.emit(Instr::DelAttr { obj, name });
            }
            ExprKind::Subscript { value, index, .. } => {
                let obj = self.expr(value)?;
                let key = self.expr(index)?;
                self.unit().line = t.loc.line;
                self.emit(Instr::DelItem { obj, key });
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            _ => return Err(self.err(cannot_assign(t, "delete"), t.loc)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                let cur = self.load_name(id, None);
                let cur = if Self::is_var(cur) && may_rebind(value) {
                    self.stable(cur)
                } else {
                    cur
                };
                let rhs = self.expr(value)?;
                self.unit().line = target.loc.line;
                let dst = match self.store_target_reg(id) {
                    Some(r) => {
                        self.note_use(r);
                        r
                    }
                    None => {
                        if Self::is_temp(cur) {
                            cur
                        } else {
                            self.temp()
                        }
                    }
                };
                self.emit(Instr::InPlace {
                    op,
                    dst,
                    lhs: cur,
                    rhs,
                });
                self.store_name(id, dst);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                let o = self.expr(obj)?;
                let o = self.stable(o);
                let name = self.mangle(attr);
                let name = self.name_idx(&name);
                let cur = self.temp();
                self.emit(Instr::GetAttr {
                    dst: cur,
                    obj: o,
                    name,
                });
                let rhs = self.expr(value)?;
                self.unit().line = target.loc.line;
                self.emit(Instr::InPlace {
                    op,
                    dst: cur,
                    lhs: cur,
                    rhs,
                });
                self.emit(Instr::SetAttr {
                    obj: o,
                    name,
                    src: cur,
                });
            }
            ExprKind::Subscript {
                value: obj, index, ..
            } => {
                let o = self.expr(obj)?;
                let o = self.stable(o);
                let k = self.expr(index)?;
                let k = self.stable(k);
                let cur = self.temp();
                self.emit(Instr::GetItem {
                    dst: cur,
                    obj: o,
                    key: k,
                });
                let rhs = self.expr(value)?;
                self.unit().line = target.loc.line;
                self.emit(Instr::InPlace {
                    op,
                    dst: cur,
                    lhs: cur,
                    rhs,
                });
                self.emit(Instr::SetItem {
                    obj: o,
                    key: k,
                    src: cur,
                });
            }
            _ => {
                return Err(self.err(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        target.kind_name()
                    ),
                    target.loc,
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult<()> {
        if let Some(v) = value {
            self.assign(target, v)?;
        }
        let module_or_class = !self.scope().is_function_like();
        if let ExprKind::Name { id, .. } = &target.kind {
            if simple && module_or_class {
                // __annotations__[name] = annotation
                let ann = self.annotation(annotation)?;
                let ann = self.stable(ann);
                let d = self.load_name(&Rc::from("__annotations__"), None);
                let key = self.mangle(id);
                let k = self.str_const(&key);
                self.emit(Instr::SetItem {
                    obj: d,
                    key: k,
                    src: ann,
                });
            }
        } else if module_or_class {
            // Complex targets: the target's parts and the annotation are
            // still evaluated.
            match &target.kind {
                ExprKind::Attribute { value: v, .. } if value.is_none() => {
                    self.expr(v)?;
                }
                ExprKind::Subscript {
                    value: v, index, ..
                } if value.is_none() => {
                    self.expr(v)?;
                    self.expr(index)?;
                }
                _ => {}
            }
            if !self.future_annotations() {
                self.expr(annotation)?;
            }
        }
        Ok(())
    }

    fn future_annotations(&self) -> bool {
        self.opts.future_flags & co::FUTURE_ANNOTATIONS != 0
    }

    /// An annotation's value: the expression, or under
    /// `from __future__ import annotations` its source text.
    fn annotation(&mut self, a: &'a Expr) -> CResult<Reg> {
        if self.future_annotations() {
            Ok(self.str_const(&super::unparse::unparse(a)))
        } else {
            self.expr(a)
        }
    }

    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let src = self.iter_operand(iter)?;
        let it = self.temp();
        self.emit(Instr::GetIter { dst: it, src });
        let top = self.label();
        let else_l = self.label();
        let end = self.label();
        self.bind(top);
        let direct = match &target.kind {
            ExprKind::Name { id, .. } => self.store_target_reg(id),
            _ => None,
        };
        if let Some(r) = direct {
            self.note_use(r);
        }
        let item = direct.unwrap_or_else(|| self.temp());
        self.unit().line = iter.loc.line;
        self.emit_jump(
            |t| Instr::ForIter {
                iter: it,
                dst: item,
                exit: t,
            },
            else_l,
        );
        if direct.is_none() {
            self.store_target(target, item)?;
        }
        self.push_fblock(FBlock::Loop {
            cont: top,
            brk: end,
        });
        self.stmts(body)?;
        self.pop_fblock();
        self.emit_jump(|t| Instr::Jump { target: t }, top);
        self.bind(else_l);
        self.stmts(orelse)?;
        self.bind(end);
        if breaks_out(body) {
            // A loop left by `break` releases its iterator now: a generator
            // suspended in a `try` is finalized here, as in CPython.
            self.emit(Instr::Clear { reg: it });
            if Self::is_temp(src) && src != it {
                self.emit(Instr::Clear { reg: src });
            }
        }
        Ok(())
    }

    fn while_loop(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let top = self.label();
        let else_l = self.label();
        let end = self.label();
        self.bind(top);
        let always = matches!(test.kind, ExprKind::Constant(Constant::Bool(true)))
            || matches!(&test.kind, ExprKind::Constant(Constant::Int(i)) if *i != BigInt::from(0));
        if !always {
            self.cond_jump(test, false, else_l)?;
        }
        self.push_fblock(FBlock::Loop {
            cont: top,
            brk: end,
        });
        self.stmts(body)?;
        self.pop_fblock();
        self.unit().line = test.loc.line;
        self.emit_jump(|t| Instr::Jump { target: t }, top);
        self.bind(else_l);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// What `try`/`except` and `try`/`except*` share before their clauses:
    /// the body under a handler, the `else` clause, then the caught
    /// exception pushed as the one being handled, with a cleanup handler
    /// (see [`Self::handler_cleanup`]) around the clauses to come.
    fn try_body(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<TryParts> {
        let handler_l = self.label();
        let cleanup_l = self.label();
        let end = self.label();
        let exc = self.temp();
        self.push_handler(handler_l, exc);
        self.push_fblock(FBlock::TryExcept);
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(orelse)?;
        self.emit_jump(|t| Instr::Jump { target: t }, end);

        self.bind(handler_l);
        if let Some(h) = handlers.first() {
            self.unit().line = h.loc.line;
        }
        self.emit(Instr::PushExcInfo { exc });
        let exc2 = self.temp();
        self.push_handler(cleanup_l, exc2);
        Ok(TryParts {
            exc,
            exc2,
            cleanup_l,
            end,
        })
    }

    /// The handler at `cleanup_l` for an exception `exc2` raised while
    /// another was being handled: that one stops being handled and `exc2`
    /// moves on. `end` follows it.
    fn handler_cleanup(&mut self, cleanup_l: LabelId, exc2: Reg, end: LabelId) {
        self.bind(cleanup_l);
        self.emit(Instr::PopExcInfo);
        self.emit(Instr::Reraise { exc: exc2 });
        self.bind(end);
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let TryParts {
            exc,
            exc2,
            cleanup_l,
            end,
        } = self.try_body(body, handlers, orelse)?;
        for (i, h) in handlers.iter().enumerate() {
            self.unit().line = h.loc.line;
            let next = self.label();
            match &h.typ {
                Some(t) => {
                    let tr = self.expr(t)?;
                    let m = self.temp();
                    self.unit().line = h.loc.line;
                    self.emit(Instr::CheckExcMatch {
                        dst: m,
                        exc,
                        typ: tr,
                    });
                    self.emit_jump(|l| Instr::JumpIfFalse { cond: m, target: l }, next);
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(self.err("default 'except:' must be last", h.loc));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.store_name(name, exc);
                    // On an exception inside the body, `name` is still
                    // deleted before the exception moves on.
                    let name_cleanup = self.label();
                    let exc3 = self.temp();
                    self.push_handler(name_cleanup, exc3);
                    self.push_fblock(FBlock::HandlerCleanup(Some(name.clone())));
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.emit(Instr::PopExcInfo);
                    let none = self.none_reg();
                    self.store_name(name, none);
                    self.delete_name(name);
                    self.emit_jump(|t| Instr::Jump { target: t }, end);
                    self.bind(name_cleanup);
                    let none = self.none_reg();
                    self.store_name(name, none);
                    self.delete_name(name);
                    self.emit(Instr::Reraise { exc: exc3 });
                }
                None => {
                    self.push_fblock(FBlock::HandlerCleanup(None));
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Instr::PopExcInfo);
                    self.emit_jump(|t| Instr::Jump { target: t }, end);
                }
            }
            self.bind(next);
        }
        self.emit(Instr::Reraise { exc });
        self.pop_handler();
        self.handler_cleanup(cleanup_l, exc2, end);
        Ok(())
    }

    /// `try` with `except*` clauses. The caught exception (wrapped in an
    /// ExceptionGroup when naked) is split by each clause's type in turn
    /// through the runtime helpers of `builtins::exc_group`; what no clause
    /// matched and what the handlers raised is re-raised at the end.
    fn try_except_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        use crate::builtins::exc_group;
        let TryParts {
            exc,
            exc2,
            cleanup_l,
            end,
        } = self.try_body(body, handlers, orelse)?;
        let state = self.temp();
        self.call_helper(state, "__exc_star_begin__", exc_group::star_begin, &[exc]);
        for h in handlers {
            self.unit().line = h.loc.line;
            let next = self.label();
            let Some(t) = &h.typ else {
                return Err(self.err("expected one or more exception types", h.loc));
            };
            let tr = self.expr(t)?;
            let matched = self.temp();
            self.unit().line = h.loc.line;
            self.call_helper(
                matched,
                "__exc_star_match__",
                exc_group::star_match,
                &[state, tr],
            );
            self.emit_jump(
                |l| Instr::JumpIfFalse {
                    cond: matched,
                    target: l,
                },
                next,
            );
            if let Some(name) = &h.name {
                self.store_name(name, matched);
            }
            // An exception from the handler body is collected, not raised.
            let raised_l = self.label();
            let after = self.label();
            let hexc = self.temp();
            self.push_handler(raised_l, hexc);
            self.push_fblock(FBlock::HandlerCleanup(h.name.clone()));
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.pop_handler();
            self.emit_jump(|t| Instr::Jump { target: t }, after);
            self.bind(raised_l);
            let ignored = self.temp();
            self.call_helper(
                ignored,
                "__exc_star_raised__",
                exc_group::star_raised,
                &[state, hexc],
            );
            self.bind(after);
            if let Some(name) = &h.name {
                let none = self.none_reg();
                self.store_name(name, none);
                self.delete_name(name);
            }
            self.bind(next);
        }
        // What remains is re-raised without a new traceback entry.
        let reraise = self.temp();
        self.call_helper(reraise, "__exc_star_end__", exc_group::star_end, &[state]);
        let done = self.label();
        self.emit_jump(
            |l| Instr::JumpIfFalse {
                cond: reraise,
                target: l,
            },
            done,
        );
        self.emit(Instr::Reraise { exc: reraise });
        self.bind(done);
        self.emit(Instr::PopExcInfo);
        self.pop_handler();
        self.emit_jump(|t| Instr::Jump { target: t }, end);
        self.handler_cleanup(cleanup_l, exc2, end);
        Ok(())
    }

    /// `dst = helper(*args)` for a runtime helper function held as a
    /// constant of the code object.
    fn call_helper(
        &mut self,
        dst: Reg,
        name: &str,
        func: crate::objects::function::BuiltinFn,
        args: &[Reg],
    ) {
        let f = self.helper_reg(name, func);
        let base = self.temps(args.len());
        for (i, a) in args.iter().enumerate() {
            self.emit(Instr::Move {
                dst: Reg(base.0 + i as u16),
                src: *a,
            });
        }
        self.emit(Instr::Call {
            dst,
            func: f,
            args: base,
            argc: args.len() as u16,
        });
    }

    /// A constant register holding a runtime helper function.
    fn helper_reg(&mut self, name: &str, func: crate::objects::function::BuiltinFn) -> Reg {
        let helper = Value::Builtin(Rc::new(crate::objects::PyBuiltin {
            name: Rc::from(name),
            owner: None,
            func,
            binding: crate::objects::function::Binding::Static,
            bound: None,
            owner_type: None,
        }));
        let key = self.unique_key();
        self.const_reg(helper, key)
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult<()> {
        let handler_l = self.label();
        let cleanup_l = self.label();
        let end = self.label();
        let exc = self.temp();
        self.push_handler(handler_l, exc);
        self.push_fblock(FBlock::FinallyTry(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else if is_star {
            self.try_except_star(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.stmts(finalbody)?;
        self.emit_jump(|t| Instr::Jump { target: t }, end);

        self.bind(handler_l);
        self.emit(Instr::PushExcInfo { exc });
        let exc2 = self.temp();
        self.push_handler(cleanup_l, exc2);
        self.push_fblock(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.pop_handler();
        self.emit(Instr::PopExcInfo);
        self.emit(Instr::Reraise { exc });
        self.handler_cleanup(cleanup_l, exc2, end);
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let mgr = self.expr(&item.context)?;
        let exit = self.temp();
        let value = self.temp();
        self.unit().line = item.context.loc.line;
        self.emit(Instr::WithEnter { exit, value, mgr });
        let handler_l = self.label();
        let cleanup_l = self.label();
        let end = self.label();
        let exc = self.temp();
        self.push_handler(handler_l, exc);
        self.push_fblock(FBlock::With { exit });
        if let Some(t) = &item.target {
            self.store_target(t, value)?;
        }
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body)?;
        }
        self.pop_fblock();
        self.pop_handler();
        let ignored = self.temp();
        self.unit().line = item.context.loc.line;
        self.emit(Instr::WithExit {
            dst: ignored,
            exit,
            exc: Reg::NONE,
        });
        self.emit_jump(|t| Instr::Jump { target: t }, end);

        self.bind(handler_l);
        self.emit(Instr::PushExcInfo { exc });
        let exc2 = self.temp();
        self.push_handler(cleanup_l, exc2);
        let res = self.temp();
        self.emit(Instr::WithExit {
            dst: res,
            exit,
            exc,
        });
        let reraise = self.label();
        self.emit_jump(
            |t| Instr::JumpIfFalse {
                cond: res,
                target: t,
            },
            reraise,
        );
        self.pop_handler();
        self.emit(Instr::PopExcInfo);
        self.emit_jump(|t| Instr::Jump { target: t }, end);
        self.bind(reraise);
        self.push_handler(cleanup_l, exc2);
        self.emit(Instr::Reraise { exc });
        self.pop_handler();
        self.handler_cleanup(cleanup_l, exc2, end);
        Ok(())
    }

    // ------------------------------------------------------------------
    // Definitions
    // ------------------------------------------------------------------

    fn qualname_for(&self, name: &Ident) -> Ident {
        self.qualname_in(self.units.len() - 1, name)
    }

    /// CPython: a function's qualname is the enclosing qualname plus
    /// `.<locals>` for function parents; module-level names stand alone;
    /// a generic's type parameters scope is transparent.
    fn qualname_in(&self, unit: usize, name: &Ident) -> Ident {
        let u = &self.units[unit];
        match self.table.scope(u.scope).kind {
            BlockType::Module => name.clone(),
            BlockType::Class => Rc::from(format!("{}.{}", u.qualname, name)),
            BlockType::TypeParams if unit > 0 => self.qualname_in(unit - 1, name),
            _ => Rc::from(format!("{}.<locals>.{}", u.qualname, name)),
        }
    }

    fn make_function(
        &mut self,
        code: Rc<CodeObject>,
        defaults: Option<Reg>,
        kwdefaults: Option<Reg>,
        annotations: Option<Reg>,
        dst: Reg,
    ) {
        let mut flags = 0u8;
        let mut parts = Vec::new();
        if let Some(d) = defaults {
            flags |= 1;
            parts.push(d);
        }
        if let Some(k) = kwdefaults {
            flags |= 2;
            parts.push(k);
        }
        if let Some(a) = annotations {
            flags |= 4;
            parts.push(a);
        }
        if code.nfree > 0 {
            flags |= 8;
            let frees: Vec<Ident> = code
                .freevars()
                .iter()
                .map(|v| Rc::from(v.name.as_str()))
                .collect();
            let start = self.temps(frees.len());
            for (i, f) in frees.iter().enumerate() {
                let r = self.closure_reg(f);
                self.emit(Instr::Move {
                    dst: start.offset(i),
                    src: r,
                });
            }
            let t = self.temp();
            self.emit(Instr::BuildTuple {
                dst: t,
                start,
                count: frees.len() as u16,
            });
            parts.push(t);
        }
        let extra = if parts.is_empty() {
            Reg::NONE
        } else {
            let start = self.temps(parts.len());
            for (i, p) in parts.iter().enumerate() {
                self.emit(Instr::Move {
                    dst: start.offset(i),
                    src: *p,
                });
            }
            start
        };
        let key = self.unique_key();
        let ci = self.const_idx(Value::Code(code), key);
        self.emit(Instr::MakeFunction {
            dst,
            code: ci,
            extra,
            flags,
        });
    }

    /// The register holding the cell for `name` when building a closure.
    fn closure_reg(&mut self, name: &Ident) -> Reg {
        // Hidden comprehension cells first.
        for comp in self.u().comps.iter().rev() {
            if let Some(&r) = comp.regs.get(name) {
                return r;
            }
        }
        let st = self.scope();
        if st.kind == BlockType::Class && (&**name == "__class__" || &**name == "__classdict__") {
            return self.var_reg(name, VarKind::Cell, false);
        }
        match st.scope_of(name) {
            Some(SymScope::Cell) => self.var_reg(name, VarKind::Cell, false),
            _ => self.var_reg(name, VarKind::Free, false),
        }
    }

    fn defaults(&mut self, params: &'a Parameters) -> CResult<(Option<Reg>, Option<Reg>)> {
        let pos: Vec<&Expr> = params
            .posonly
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_ref())
            .collect();
        let defaults = if pos.is_empty() {
            None
        } else {
            let start = self.temps(pos.len());
            for (i, d) in pos.iter().enumerate() {
                self.expr_into(d, start.offset(i))?;
            }
            let t = self.temp();
            self.emit(Instr::BuildTuple {
                dst: t,
                start,
                count: pos.len() as u16,
            });
            Some(t)
        };
        let kw: Vec<(&Ident, &Expr)> = params
            .kwonly
            .iter()
            .filter_map(|p| p.default.as_ref().map(|d| (&p.name, d)))
            .collect();
        let kwdefaults = if kw.is_empty() {
            None
        } else {
            let start = self.temps(kw.len() * 2);
            for (i, (n, d)) in kw.iter().enumerate() {
                let m = self.mangle(n);
                let k = self.str_const(&m);
                self.emit(Instr::Move {
                    dst: start.offset(2 * i),
                    src: k,
                });
                self.expr_into(d, start.offset(2 * i + 1))?;
            }
            let t = self.temp();
            self.emit(Instr::BuildMap {
                dst: t,
                start,
                count: kw.len() as u16,
            });
            Some(t)
        };
        Ok((defaults, kwdefaults))
    }

    fn annotations_dict(
        &mut self,
        params: &'a Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult<Option<Reg>> {
        let mut items: Vec<(Ident, &Expr)> = Vec::new();
        for p in params.posonly.iter().chain(&params.args) {
            if let Some(a) = &p.annotation {
                items.push((p.name.clone(), a));
            }
        }
        if let Some(p) = &params.vararg {
            if let Some(a) = &p.annotation {
                items.push((p.name.clone(), a));
            }
        }
        for p in &params.kwonly {
            if let Some(a) = &p.annotation {
                items.push((p.name.clone(), a));
            }
        }
        if let Some(p) = &params.kwarg {
            if let Some(a) = &p.annotation {
                items.push((p.name.clone(), a));
            }
        }
        if let Some(r) = returns {
            items.push((Rc::from("return"), r));
        }
        if items.is_empty() {
            return Ok(None);
        }
        let start = self.temps(items.len() * 2);
        for (i, (n, a)) in items.iter().enumerate() {
            let m = self.mangle(n);
            let k = self.str_const(&m);
            self.emit(Instr::Move {
                dst: start.offset(2 * i),
                src: k,
            });
            if self.future_annotations() {
                let src = self.annotation(a)?;
                self.emit(Instr::Move {
                    dst: start.offset(2 * i + 1),
                    src,
                });
            } else if let ExprKind::Starred { value, .. } = &a.kind {
                // `*args: *Ts` (PEP 646): the annotation is the one item
                // of the unpacked value.
                let v = self.expr(value)?;
                self.emit(Instr::UnpackSequence {
                    src: v,
                    dst: start.offset(2 * i + 1),
                    count: 1,
                });
            } else {
                self.expr_into(a, start.offset(2 * i + 1))?;
            }
        }
        let t = self.temp();
        self.emit(Instr::BuildMap {
            dst: t,
            start,
            count: items.len() as u16,
        });
        Ok(Some(t))
    }

    fn function_def(&mut self, f: &'a FunctionDef, loc: Loc) -> CResult<()> {
        let def_line = loc.line;
        // Decorators first, then defaults, annotations, the function.
        let mut decos = Vec::new();
        for d in &f.decorators {
            let r = self.expr(d)?;
            decos.push(self.stable(r));
        }
        self.unit().line = def_line;
        let (defaults, kwdefaults) = self.defaults(&f.params)?;
        let scope = self.table.scope_for(f.scope);
        let qualname = self.qualname_for_def(&f.name);
        let generic = self.enter_generic(scope, &f.name, &f.type_params, def_line)?;
        let (defaults_in, kwdefaults_in) = match generic {
            // Inside the generic's scope the defaults are its parameters.
            Some(_) => (
                defaults.map(|_| self.load_name(&Rc::from(".defaults"), None)),
                kwdefaults.map(|_| self.load_name(&Rc::from(".kwdefaults"), None)),
            ),
            None => (defaults, kwdefaults),
        };
        let annotations = self.annotations_dict(&f.params, f.returns.as_ref())?;
        let code = self.function_body(
            scope,
            CodeKind::Function,
            f.name.clone(),
            qualname,
            (def_line, first_line(&f.decorators, def_line)),
            &f.params,
            FnBody::Stmts(&f.body),
        )?;
        self.unit().line = def_line;
        let mut r = self.temp();
        self.make_function(code, defaults_in, kwdefaults_in, annotations, r);
        if let Some(params) = generic {
            let t = self.temp();
            self.call_helper(
                t,
                "set_function_type_params",
                type_params::set_function_type_params,
                &[r, params],
            );
            // Registers of the enclosing unit; `None` is made there too.
            let mut args = vec![defaults];
            if f.params.kwonly.iter().any(|p| p.default.is_some()) {
                args.push(kwdefaults);
            }
            r = self.leave_generic(t, &args);
        }
        for d in decos.iter().rev() {
            let t = self.temp();
            let args = self.temps(1);
            self.emit(Instr::Move { dst: args, src: r });
            self.emit(Instr::Call {
                dst: t,
                func: *d,
                args,
                argc: 1,
            });
            r = t;
        }
        self.store_name(&f.name, r);
        Ok(())
    }

    /// For a generic (PEP 695), opens the unit of its type parameters
    /// scope (the parent of `inner`, the definition's own scope), binds
    /// the parameters there and returns the register of their tuple.
    fn enter_generic(
        &mut self,
        inner: ScopeId,
        name: &Ident,
        params: &'a [TypeParam],
        line: u32,
    ) -> CResult<Option<Reg>> {
        if params.is_empty() {
            return Ok(None);
        }
        let Some(scope) = self.table.scope(inner).parent else {
            return Ok(None);
        };
        let gname: Ident = Rc::from(format!("<generic parameters of {name}>"));
        self.push_unit(scope, CodeKind::Function, gname.clone(), gname, line);
        let nparams = self.scope().varnames.len() as u32;
        self.unit().argcount = nparams;
        let start = self.temps(params.len());
        for (i, p) in params.iter().enumerate() {
            self.unit().line = p.loc.line;
            let name = self.str_const(&p.name);
            let kind = match p.kind {
                TypeParamKind::TypeVar => 0,
                TypeParamKind::TypeVarTuple => 1,
                TypeParamKind::ParamSpec => 2,
            };
            let kind = self.const_reg(Value::Int(kind), ConstKey::Int(BigInt::from(kind)));
            let constraints = matches!(
                p.bound.as_ref().map(|b| &b.kind),
                Some(ExprKind::Tuple { .. })
            );
            let constraints = self.const_reg(Value::bool(constraints), ConstKey::Bool(constraints));
            let bound = match &p.bound {
                Some(b) => {
                    let scope = self.table.scope_for(p.scope);
                    let code = self.lazy_expr(scope, &p.name, b)?;
                    let f = self.temp();
                    self.make_function(code, None, None, None, f);
                    f
                }
                None => self.none_reg(),
            };
            let t = start.offset(i);
            self.call_helper(
                t,
                "make_type_param",
                type_params::make_type_param,
                &[name, kind, bound, constraints],
            );
            self.store_name(&p.name, t);
        }
        self.unit().line = line;
        let tuple = self.temp();
        self.emit(Instr::BuildTuple {
            dst: tuple,
            start,
            count: params.len() as u16,
        });
        Ok(Some(tuple))
    }

    /// Closes a generic's type parameters unit returning `result`, and
    /// calls it (with `args`) in the enclosing unit.
    /// Closes the unit [`Compiler::enter_generic`] opened and calls it
    /// from the enclosing unit with `args` (registers there; `None` passes
    /// `None`).
    fn leave_generic(&mut self, result: Reg, args: &[Option<Reg>]) -> Reg {
        self.emit(Instr::Return { src: result });
        let code = self.finish_unit();
        let f = self.temp();
        self.make_function(code, None, None, None, f);
        let start = self.temps(args.len());
        for (i, a) in args.iter().enumerate() {
            let src = a.unwrap_or_else(|| self.none_reg());
            self.emit(Instr::Move {
                dst: start.offset(i),
                src,
            });
        }
        let r = self.temp();
        self.emit(Instr::Call {
            dst: r,
            func: f,
            args: start,
            argc: args.len() as u16,
        });
        r
    }

    /// The code of a lazily evaluated expression with a scope of its own:
    /// a TypeVar's bound or constraints, a type alias's value.
    fn lazy_expr(&mut self, scope: ScopeId, name: &Ident, e: &'a Expr) -> CResult<Rc<CodeObject>> {
        let qualname = self.qualname_for(name);
        self.push_unit(
            scope,
            CodeKind::Function,
            name.clone(),
            qualname,
            e.loc.line,
        );
        let r = self.expr(e)?;
        self.emit(Instr::Return { src: r });
        Ok(self.finish_unit())
    }

    /// `type name[params] = value`.
    fn type_alias(
        &mut self,
        name: &Ident,
        params: &'a [TypeParam],
        value: &'a Expr,
        scope: ScopeNode,
        loc: Loc,
    ) -> CResult<()> {
        let scope = self.table.scope_for(scope);
        let generic = self.enter_generic(scope, name, params, loc.line)?;
        let params_r = generic.unwrap_or_else(|| self.none_reg());
        let code = self.lazy_expr(scope, name, value)?;
        self.unit().line = loc.line;
        let f = self.temp();
        self.make_function(code, None, None, None, f);
        let n = self.str_const(name);
        let mut r = self.temp();
        self.call_helper(
            r,
            "make_type_alias",
            type_params::make_type_alias,
            &[n, params_r, f],
        );
        if generic.is_some() {
            r = self.leave_generic(r, &[]);
        }
        self.store_name(name, r);
        Ok(())
    }

    fn qualname_for_def(&self, name: &Ident) -> Ident {
        // A function declared `global` in its parent function is top-level.
        let st = self.scope();
        if st.kind == BlockType::Function
            && st.scope_of(&self.mangle(name)) == Some(SymScope::GlobalExplicit)
        {
            return name.clone();
        }
        self.qualname_for(name)
    }

    #[allow(clippy::too_many_arguments)]
    fn function_body(
        &mut self,
        scope: ScopeId,
        kind: CodeKind,
        name: Ident,
        qualname: Ident,
        (line, firstlineno): (u32, u32),
        params: &'a Parameters,
        body: FnBody<'a>,
    ) -> CResult<Rc<CodeObject>> {
        let parent_is_class = self.scope().kind == BlockType::Class;
        self.push_unit(scope, kind, name, qualname, line);
        self.unit().firstlineno = firstlineno;
        {
            let u = self.unit();
            u.argcount = (params.posonly.len() + params.args.len()) as u32;
            u.posonly = params.posonly.len() as u32;
            u.kwonly = params.kwonly.len() as u32;
        }
        if parent_is_class {
            let first = params.posonly.iter().chain(&params.args).next();
            self.unit().self_name = first.map(|p| p.name.clone());
        }
        match body {
            FnBody::Stmts(stmts) => {
                let rest = self.docstring_split(stmts, false)?;
                self.stmts(rest)?;
                let none = self.none_reg();
                self.emit(Instr::Return { src: none });
            }
            FnBody::Expr(e) => {
                let r = self.expr(e)?;
                if self.scope().is_generator {
                    let none = self.none_reg();
                    self.emit(Instr::Return { src: none });
                } else {
                    self.emit(Instr::Return { src: r });
                }
            }
        }
        Ok(self.finish_unit())
    }

    fn class_def(&mut self, c: &'a ClassDef, loc: Loc) -> CResult<()> {
        let mut decos = Vec::new();
        for d in &c.decorators {
            let r = self.expr(d)?;
            decos.push(self.stable(r));
        }
        self.unit().line = loc.line;
        let scope = self.table.scope_for(c.scope);
        let qualname = self.qualname_for_def(&c.name);
        let generic = self.enter_generic(scope, &c.name, &c.type_params, loc.line)?;
        if let Some(params) = generic {
            self.store_name(&Rc::from(".type_params"), params);
            let base = self.temp();
            self.call_helper(base, "generic_base", type_params::generic_base, &[params]);
            self.store_name(&Rc::from(".generic_base"), base);
        }
        self.push_unit(
            scope,
            CodeKind::Class,
            c.name.clone(),
            qualname.clone(),
            loc.line,
        );
        let firstlineno = first_line(&c.decorators, loc.line);
        self.unit().firstlineno = firstlineno;
        if self.scope().needs_classdict {
            let ns = self.temp();
            self.emit(Instr::LoadLocals { dst: ns });
            let cell = self.var_reg(&Rc::from("__classdict__"), VarKind::Cell, false);
            self.emit(Instr::StoreDeref { cell, src: ns });
        }
        // __module__ = __name__; __qualname__; __firstlineno__
        let name_r = self.temp();
        let n = self.name_idx(&Rc::from("__name__"));
        self.emit(Instr::LoadName {
            dst: name_r,
            name: n,
        });
        let n = self.name_idx(&Rc::from("__module__"));
        self.emit(Instr::StoreName {
            name: n,
            src: name_r,
        });
        let q = self.str_const(&qualname);
        let n = self.name_idx(&Rc::from("__qualname__"));
        self.emit(Instr::StoreName { name: n, src: q });
        let fl = self.const_reg(
            Value::Int(firstlineno as i64),
            ConstKey::Int(BigInt::from(firstlineno)),
        );
        let n = self.name_idx(&Rc::from("__firstlineno__"));
        self.emit(Instr::StoreName { name: n, src: fl });
        if generic.is_some() {
            let tp = self.load_name(&Rc::from(".type_params"), None);
            let n = self.name_idx(&Rc::from("__type_params__"));
            self.emit(Instr::StoreName { name: n, src: tp });
        }
        if has_annotations(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        let body = self.docstring_split(&c.body, true)?;
        self.stmts(body)?;
        self.unit().line = loc.line;
        let mut attrs = self.u().static_attributes.clone();
        attrs.sort();
        let vals: Vec<Value> = attrs.iter().map(|a| Value::str(a)).collect();
        let key = ConstKey::Tuple(attrs.iter().map(|a| ConstKey::Str(a.clone())).collect());
        let sa = self.const_reg(Value::tuple(vals), key);
        let n = self.name_idx(&Rc::from("__static_attributes__"));
        self.emit(Instr::StoreName { name: n, src: sa });
        let st = self.scope();
        if st.needs_class_closure {
            let cell = self.var_reg(&Rc::from("__class__"), VarKind::Cell, false);
            let n = self.name_idx(&Rc::from("__classcell__"));
            self.emit(Instr::StoreName { name: n, src: cell });
            self.emit(Instr::Return { src: cell });
        } else {
            let none = self.none_reg();
            self.emit(Instr::Return { src: none });
        }
        let code = self.finish_unit();

        // __build_class__(func, name, *bases, **keywords)
        self.unit().line = loc.line;
        let func = self.temp();
        self.make_function(code, None, None, None, func);
        let bc = self.temp();
        self.emit(Instr::LoadBuildClass { dst: bc });
        let name_c = self.str_const(&c.name);
        let mut args: Vec<&'a Expr> = Vec::new();
        for b in &c.bases {
            args.push(b);
        }
        let mut r = self.temp();
        if generic.is_some() {
            let base = self.load_name(&Rc::from(".generic_base"), None);
            let helper = self.helper_reg("build_generic_class", type_params::build_generic_class);
            let pre = [bc, func, name_c, base].map(CallArg::Reg);
            self.call_with(helper, r, &pre, &args, &c.keywords)?;
            r = self.leave_generic(r, &[]);
        } else {
            let pre = [CallArg::Reg(func), CallArg::Reg(name_c)];
            self.call_with(bc, r, &pre, &args, &c.keywords)?;
        }
        for d in decos.iter().rev() {
            let t = self.temp();
            let a = self.temps(1);
            self.emit(Instr::Move { dst: a, src: r });
            self.emit(Instr::Call {
                dst: t,
                func: *d,
                args: a,
                argc: 1,
            });
            r = t;
        }
        self.store_name(&c.name, r);
        Ok(())
    }

    // ------------------------------------------------------------------
    // Expressions
    // ------------------------------------------------------------------

    /// Evaluates `e`; the result may be a variable or constant register,
    /// which the caller must not overwrite.
    fn expr(&mut self, e: &'a Expr) -> CResult<Reg> {
        match &e.kind {
            ExprKind::Name { id, .. } => {
                self.unit().line = e.loc.line;
                Ok(self.load_name(id, None))
            }
            ExprKind::Constant(c) => {
                let (v, k) = self.constant(c);
                Ok(self.const_reg(v, k))
            }
            _ => {
                let t = self.temp();
                self.expr_into(e, t)?;
                Ok(t)
            }
        }
    }

    /// Evaluates `e` into `dst`.
    fn expr_into(&mut self, e: &'a Expr, dst: Reg) -> CResult<()> {
        let saved_line = self.u().line;
        self.unit().line = e.loc.line;
        let line = e.loc.line;
        match &e.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id, Some(dst));
            }
            ExprKind::Constant(c) => {
                let (v, k) = self.constant(c);
                let r = self.const_reg(v, k);
                self.emit(Instr::Move { dst, src: r });
            }
            ExprKind::BoolOp { .. } if !Self::is_temp(dst) => {
                // A variable target is written once, at the end: the later
                // operands may read it (`e = e.a or e.b`).
                let t = self.temp();
                self.expr_into(e, t)?;
                self.emit(Instr::Move { dst, src: t });
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.label();
                for (i, v) in values.iter().enumerate() {
                    self.expr_into(v, dst)?;
                    if i + 1 < values.len() {
                        self.unit().line = line;
                        match op {
                            BoolOp::And => self.emit_jump(
                                |t| Instr::JumpIfFalse {
                                    cond: dst,
                                    target: t,
                                },
                                end,
                            ),
                            BoolOp::Or => self.emit_jump(
                                |t| Instr::JumpIfTrue {
                                    cond: dst,
                                    target: t,
                                },
                                end,
                            ),
                        }
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                let ExprKind::Name { id, .. } = &target.kind else {
                    return Err(self.err(
                        "cannot use assignment expressions with this target",
                        target.loc,
                    ));
                };
                self.expr_into(value, dst)?;
                self.store_name(id, dst);
            }
            ExprKind::BinOp { left, op, right } => {
                let l = self.expr(left)?;
                let l = if Self::is_var(l) && may_rebind(right) {
                    self.stable(l)
                } else {
                    l
                };
                let r = self.expr(right)?;
                self.unit().line = line;
                self.emit(Instr::Binary {
                    op: *op,
                    dst,
                    lhs: l,
                    rhs: r,
                });
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative literals, as CPython's parser output does.
                if let (UnaryOp::USub, ExprKind::Constant(c)) = (op, &operand.kind) {
                    let folded = match c {
                        Constant::Int(i) => {
                            Some((Value::from_bigint(-i.clone()), ConstKey::Int(-i.clone())))
                        }
                        Constant::Float(f) => {
                            Some((Value::float(-f), ConstKey::Float((-f).to_bits())))
                        }
                        _ => None,
                    };
                    if let Some((v, k)) = folded {
                        let r = self.const_reg(v, k);
                        self.emit(Instr::Move { dst, src: r });
                        self.unit().line = saved_line;
                        return Ok(());
                    }
                }
                let src = self.expr(operand)?;
                self.unit().line = line;
                match op {
                    UnaryOp::Not => self.emit(Instr::Not { dst, src }),
                    UnaryOp::USub => self.emit(Instr::Unary {
                        op: UnaryOpKind::Neg,
                        dst,
                        src,
                    }),
                    UnaryOp::UAdd => self.emit(Instr::Unary {
                        op: UnaryOpKind::Pos,
                        dst,
                        src,
                    }),
                    UnaryOp::Invert => self.emit(Instr::Unary {
                        op: UnaryOpKind::Invert,
                        dst,
                        src,
                    }),
                }
            }
            ExprKind::Lambda(l) => {
                let (defaults, kwdefaults) = self.defaults(&l.params)?;
                let scope = self.table.scope_for(l.scope);
                let qualname = self.qualname_for(&Rc::from("<lambda>"));
                let code = self.function_body(
                    scope,
                    CodeKind::Lambda,
                    Rc::from("<lambda>"),
                    qualname,
                    (line, line),
                    &l.params,
                    FnBody::Expr(&l.body),
                )?;
                self.unit().line = line;
                self.make_function(code, defaults, kwdefaults, None, dst);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.label();
                let end = self.label();
                self.cond_jump(test, false, else_l)?;
                self.expr_into(body, dst)?;
                self.emit_jump(|t| Instr::Jump { target: t }, end);
                self.bind(else_l);
                self.expr_into(orelse, dst)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().all(|k| k.is_some()) {
                    let n = keys.len();
                    let start = self.temps(n * 2);
                    for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                        self.expr_into(k.as_ref().expect("key"), start.offset(2 * i))?;
                        self.expr_into(v, start.offset(2 * i + 1))?;
                    }
                    self.unit().line = line;
                    self.emit(Instr::BuildMap {
                        dst,
                        start,
                        count: n as u16,
                    });
                } else {
                    let empty = self.temps(0);
                    self.emit(Instr::BuildMap {
                        dst,
                        start: empty,
                        count: 0,
                    });
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                let kr = self.expr(k)?;
                                let kr = self.stable(kr);
                                let vr = self.expr(v)?;
                                self.emit(Instr::DictInsert {
                                    dict: dst,
                                    key: kr,
                                    value: vr,
                                });
                            }
                            None => {
                                let src = self.expr(v)?;
                                self.unit().line = line;
                                self.emit(Instr::DictUpdate { dict: dst, src });
                            }
                        }
                    }
                }
            }
            ExprKind::Set(elts) => self.sequence(elts, dst, SeqKind::Set, line)?,
            ExprKind::List { elts, .. } => self.sequence(elts, dst, SeqKind::List, line)?,
            ExprKind::Tuple { elts, .. } => self.sequence(elts, dst, SeqKind::Tuple, line)?,
            ExprKind::Comprehension(c)
                if self.table.scope(self.table.scope_for(c.scope)).is_coroutine =>
            {
                // The symbol table rejected asynchronous comprehensions
                // outside asynchronous functions.
                let src = self.expr(&c.generators[0].iter)?;
                self.unit().line = line;
                self.async_unsupported(dst, src);
            }
            ExprKind::Comprehension(c) => {
                if c.kind == CompKind::Generator {
                    self.genexpr(c, dst, e.loc)?;
                } else {
                    self.inline_comprehension(c, dst, e.loc)?;
                }
            }
            ExprKind::Await(v) => {
                let st = self.scope();
                if !st.is_function_like() {
                    return Err(self.err("'await' outside function", e.loc));
                }
                if !st.is_async_def && st.comprehension.is_none() {
                    return Err(self.err("'await' outside async function", e.loc));
                }
                let src = self.expr(v)?;
                self.unit().line = line;
                self.async_unsupported(dst, src);
            }
            ExprKind::Yield(v) => {
                self.check_yield("yield", e.loc)?;
                let src = match v {
                    Some(v) => self.expr(v)?,
                    None => self.none_reg(),
                };
                self.unit().line = line;
                self.emit(Instr::Yield { dst, src });
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield("yield from", e.loc)?;
                if self.scope().is_async_def {
                    return Err(self.err("'yield from' inside async function", e.loc));
                }
                let src = self.expr(v)?;
                let it = self.temp();
                self.emit(Instr::GetIter { dst: it, src });
                // `dst` holds the value sent in: it starts empty (a reused
                // register would send a stale value to the new iterator).
                self.emit(Instr::Clear { reg: dst });
                self.emit(Instr::YieldFrom { dst, iter: it });
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                if ops.len() == 1 {
                    let l = self.expr(left)?;
                    let l = if Self::is_var(l) && may_rebind(&comparators[0]) {
                        self.stable(l)
                    } else {
                        l
                    };
                    let r = self.expr(&comparators[0])?;
                    self.unit().line = line;
                    self.emit(Instr::Compare {
                        op: ops[0],
                        dst,
                        lhs: l,
                        rhs: r,
                    });
                } else {
                    // a < b < c: each middle operand evaluated once.
                    let end = self.label();
                    let mut l = self.expr(left)?;
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        if Self::is_var(l) && may_rebind(c) {
                            l = self.stable(l);
                        }
                        let r = self.expr(c)?;
                        let r = if i + 1 < ops.len() { self.stable(r) } else { r };
                        self.unit().line = line;
                        self.emit(Instr::Compare {
                            op: *op,
                            dst,
                            lhs: l,
                            rhs: r,
                        });
                        if i + 1 < ops.len() {
                            self.emit_jump(
                                |t| Instr::JumpIfFalse {
                                    cond: dst,
                                    target: t,
                                },
                                end,
                            );
                        }
                        l = r;
                    }
                    self.bind(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, dst, line)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                spec,
            } => {
                let src = self.expr(value)?;
                let src = if spec.is_some() {
                    self.stable(src)
                } else {
                    src
                };
                let spec_r = match spec {
                    Some(s) => self.expr(s)?,
                    None => Reg::NONE,
                };
                self.unit().line = line;
                self.emit(Instr::FormatValue {
                    dst,
                    src,
                    conv: conversion.map_or(0, |c| c as u8),
                    spec: spec_r,
                });
            }
            ExprKind::JoinedStr(values) => {
                let n = values.len();
                let start = self.temps(n);
                for (i, v) in values.iter().enumerate() {
                    match &v.kind {
                        ExprKind::Constant(Constant::Str(_)) | ExprKind::FormattedValue { .. } => {
                            self.expr_into(v, start.offset(i))?
                        }
                        _ => {
                            let r = self.expr(v)?;
                            self.emit(Instr::FormatValue {
                                dst: start.offset(i),
                                src: r,
                                conv: 0,
                                spec: Reg::NONE,
                            });
                        }
                    }
                }
                self.unit().line = line;
                self.emit(Instr::BuildString {
                    dst,
                    start,
                    count: n as u16,
                });
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr(value)?;
                let name = self.mangle(attr);
                let name = self.name_idx(&name);
                self.unit().line = line;
                self.emit(Instr::GetAttr { dst, obj, name });
            }
            ExprKind::Subscript { value, index, .. } => {
                let obj = self.expr(value)?;
                let obj = if Self::is_var(obj) && may_rebind(index) {
                    self.stable(obj)
                } else {
                    obj
                };
                let key = self.expr(index)?;
                self.unit().line = line;
                self.emit(Instr::GetItem { dst, obj, key });
            }
            ExprKind::Starred { .. } => {
                return Err(self.err("can't use starred expression here", e.loc));
            }
            ExprKind::Slice { lower, upper, step } => {
                let start = self.temps(3);
                for (i, part) in [lower, upper, step].into_iter().enumerate() {
                    match part {
                        Some(p) => self.expr_into(p, start.offset(i))?,
                        None => {
                            let none = self.none_reg();
                            self.emit(Instr::Move {
                                dst: start.offset(i),
                                src: none,
                            });
                        }
                    }
                }
                self.emit(Instr::BuildSlice { dst, start });
            }
        }
        self.unit().line = saved_line;
        Ok(())
    }

    /// Yields inside comprehensions were rejected by the symbol table.
    fn check_yield(&self, what: &str, loc: Loc) -> CResult<()> {
        if !self.scope().is_function_like() {
            return Err(self.err(format!("'{what}' outside function"), loc));
        }
        Ok(())
    }

    /// Coroutines do not run in slotpy, but code using them compiles, as
    /// in CPython: evaluating an `await` or an asynchronous comprehension
    /// calls a builtin that raises `NotImplementedError` with `src`.
    fn async_unsupported(&mut self, dst: Reg, src: Reg) {
        let key = self.unique_key();
        let f = self.const_reg(crate::builtins::functions::async_unsupported(), key);
        let args = self.temps(1);
        self.emit(Instr::Move { dst: args, src });
        self.emit(Instr::Call {
            dst,
            func: f,
            args,
            argc: 1,
        });
    }

    /// A frozenset constant for a set display of constants, laid out as
    /// CPython's: built from the elements, then rebuilt from that table's
    /// order when the compiler merges constants. Its iteration order is
    /// observable (printing the set, `for x in {...}`).
    fn const_frozenset(&mut self, elts: &[Expr]) -> CResult<Option<Reg>> {
        let mut vals = Vec::with_capacity(elts.len());
        for e in elts {
            let ExprKind::Constant(c) = &e.kind else {
                return Ok(None);
            };
            vals.push(self.constant(c).0);
        }
        let Some(first) = crate::objects::PySet::from_fast_keys(vals) else {
            return Ok(None);
        };
        let Some(merged) = crate::objects::PySet::from_fast_keys(first.keys()) else {
            return Ok(None);
        };
        let key = self.unique_key();
        Ok(Some(self.const_reg(Value::FrozenSet(Rc::new(merged)), key)))
    }

    /// The iterable of a `for`: a set display of constants becomes a
    /// frozenset constant, as CPython's AST optimizer does.
    fn iter_operand(&mut self, iter: &'a Expr) -> CResult<Reg> {
        if let ExprKind::Set(elts) = &iter.kind {
            if let Some(r) = self.const_frozenset(elts)? {
                return Ok(r);
            }
        }
        self.expr(iter)
    }

    fn sequence(&mut self, elts: &'a [Expr], dst: Reg, kind: SeqKind, line: u32) -> CResult<()> {
        if kind == SeqKind::Set && elts.len() > 2 {
            if let Some(fs) = self.const_frozenset(elts)? {
                let empty = self.temps(0);
                self.emit(Instr::BuildSet {
                    dst,
                    start: empty,
                    count: 0,
                });
                self.emit(Instr::SetUpdate { set: dst, src: fs });
                return Ok(());
            }
        }
        let has_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !has_star {
            let n = elts.len();
            let start = self.temps(n);
            for (i, e) in elts.iter().enumerate() {
                self.expr_into(e, start.offset(i))?;
            }
            self.unit().line = line;
            let count = n as u16;
            self.emit(match kind {
                SeqKind::List => Instr::BuildList { dst, start, count },
                SeqKind::Tuple => Instr::BuildTuple { dst, start, count },
                SeqKind::Set => Instr::BuildSet { dst, start, count },
            });
            return Ok(());
        }
        let acc = if kind == SeqKind::Tuple {
            self.temp()
        } else {
            dst
        };
        let empty = self.temps(0);
        self.emit(match kind {
            SeqKind::Set => Instr::BuildSet {
                dst: acc,
                start: empty,
                count: 0,
            },
            _ => Instr::BuildList {
                dst: acc,
                start: empty,
                count: 0,
            },
        });
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    let r = self.expr(value)?;
                    self.unit().line = line;
                    self.emit(match kind {
                        SeqKind::Set => Instr::SetUpdate { set: acc, src: r },
                        _ => Instr::ListExtend {
                            list: acc,
                            src: r,
                            func: Reg::NONE,
                        },
                    });
                }
                _ => {
                    let r = self.expr(e)?;
                    self.emit(match kind {
                        SeqKind::Set => Instr::SetAdd { set: acc, item: r },
                        _ => Instr::ListAppend { list: acc, item: r },
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple { dst, src: acc });
        }
        Ok(())
    }

    fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        dst: Reg,
        line: u32,
    ) -> CResult<()> {
        let simple = !args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && keywords.iter().all(|k| k.arg.is_some());
        // obj.method(args): no bound method object.
        if let ExprKind::Attribute { value, attr, .. } = &func.kind {
            if simple && keywords.is_empty() {
                let obj = self.expr(value)?;
                let obj = if Self::is_var(obj) && args.iter().any(may_rebind) {
                    self.stable(obj)
                } else {
                    obj
                };
                let start = self.temps(args.len());
                for (i, a) in args.iter().enumerate() {
                    self.expr_into(a, start.offset(i))?;
                }
                let name = self.mangle(attr);
                let name = self.name_idx(&name);
                self.unit().line = line;
                self.emit(Instr::CallMethod {
                    dst,
                    obj,
                    name,
                    args: start,
                    argc: args.len() as u16,
                });
                return Ok(());
            }
        }
        let f = self.expr(func)?;
        let f = if Self::is_var(f)
            && (args.iter().any(may_rebind) || keywords.iter().any(|k| may_rebind(&k.value)))
        {
            self.stable(f)
        } else {
            f
        };
        let refs: Vec<&'a Expr> = args.iter().collect();
        self.unit().line = line;
        self.call_with(f, dst, &[], &refs, keywords)
    }

    /// Calls `f` with `pre` (already evaluated) followed by `args` and
    /// `keywords`.
    fn call_with(
        &mut self,
        f: Reg,
        dst: Reg,
        pre: &[CallArg],
        args: &[&'a Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        let line = self.u().line;
        let simple = !args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            let n = pre.len() + args.len() + keywords.len();
            let start = self.temps(n);
            for (i, p) in pre.iter().enumerate() {
                let CallArg::Reg(r) = p;
                self.emit(Instr::Move {
                    dst: start.offset(i),
                    src: *r,
                });
            }
            for (i, a) in args.iter().enumerate() {
                self.expr_into(a, start.offset(pre.len() + i))?;
            }
            for (i, k) in keywords.iter().enumerate() {
                self.expr_into(&k.value, start.offset(pre.len() + args.len() + i))?;
            }
            self.unit().line = line;
            if keywords.is_empty() {
                self.emit(Instr::Call {
                    dst,
                    func: f,
                    args: start,
                    argc: n as u16,
                });
            } else {
                let names: Vec<Ident> = keywords
                    .iter()
                    .map(|k| k.arg.clone().expect("named"))
                    .collect();
                let vals = names.iter().map(|n| Value::str(n)).collect();
                let key = ConstKey::Tuple(names.iter().map(|n| ConstKey::Str(n.clone())).collect());
                let kwnames = self.const_idx(Value::tuple(vals), key);
                self.emit(Instr::CallKw {
                    dst,
                    func: f,
                    args: start,
                    argc: n as u16,
                    kwnames,
                });
            }
            return Ok(());
        }
        // General form: build a tuple of positional args and a dict.
        let list = self.temp();
        let empty = self.temps(0);
        self.emit(Instr::BuildList {
            dst: list,
            start: empty,
            count: 0,
        });
        for p in pre {
            let CallArg::Reg(r) = p;
            self.emit(Instr::ListAppend { list, item: *r });
        }
        for a in args {
            match &a.kind {
                ExprKind::Starred { value, .. } => {
                    let r = self.expr(value)?;
                    self.unit().line = line;
                    self.emit(Instr::ListExtend {
                        list,
                        src: r,
                        func: f,
                    });
                }
                _ => {
                    let r = self.expr(a)?;
                    self.emit(Instr::ListAppend { list, item: r });
                }
            }
        }
        let tuple = self.temp();
        self.emit(Instr::ListToTuple {
            dst: tuple,
            src: list,
        });
        let kwargs = if keywords.is_empty() {
            Reg::NONE
        } else {
            let d = self.temp();
            let empty = self.temps(0);
            self.emit(Instr::BuildMap {
                dst: d,
                start: empty,
                count: 0,
            });
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        // A single-key merge reports duplicates like `**`.
                        let kv = self.temps(2);
                        let kc = self.str_const(name);
                        self.emit(Instr::Move { dst: kv, src: kc });
                        self.expr_into(&k.value, kv.offset(1))?;
                        let one = self.temp();
                        self.emit(Instr::BuildMap {
                            dst: one,
                            start: kv,
                            count: 1,
                        });
                        self.emit(Instr::DictMerge {
                            dict: d,
                            src: one,
                            func: f,
                        });
                    }
                    None => {
                        let r = self.expr(&k.value)?;
                        self.unit().line = line;
                        self.emit(Instr::DictMerge {
                            dict: d,
                            src: r,
                            func: f,
                        });
                    }
                }
            }
            d
        };
        self.unit().line = line;
        self.emit(Instr::CallEx {
            dst,
            func: f,
            args: tuple,
            kwargs,
        });
        Ok(())
    }

    /// Jumps to `target` when `e`'s truth equals `when`.
    fn cond_jump(&mut self, e: &'a Expr, when: bool, target: LabelId) -> CResult<()> {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.cond_jump(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                if is_and != when {
                    // and/false or or/true: any operand decides.
                    for v in values {
                        self.cond_jump(v, when, target)?;
                    }
                } else {
                    let skip = self.label();
                    let n = values.len();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.cond_jump(v, !when, skip)?;
                        } else {
                            self.cond_jump(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1 && !when => {
                let l = self.expr(left)?;
                let l = if Self::is_var(l) && may_rebind(&comparators[0]) {
                    self.stable(l)
                } else {
                    l
                };
                let r = self.expr(&comparators[0])?;
                self.unit().line = e.loc.line;
                self.emit_jump(
                    |t| Instr::CompareJumpIfFalse {
                        op: ops[0],
                        lhs: l,
                        rhs: r,
                        target: t,
                    },
                    target,
                );
                return Ok(());
            }
            ExprKind::Constant(c) => {
                let truth = match c {
                    Constant::None => Some(false),
                    Constant::Bool(b) => Some(*b),
                    Constant::Int(i) => Some(*i != BigInt::from(0)),
                    Constant::Str(s) => Some(!s.is_empty()),
                    _ => None,
                };
                if let Some(t) = truth {
                    if t == when {
                        self.emit_jump(|l| Instr::Jump { target: l }, target);
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
        let mark = self.temp_mark();
        let r = self.expr(e)?;
        self.unit().line = e.loc.line;
        if when {
            self.emit_jump(|t| Instr::JumpIfTrue { cond: r, target: t }, target);
        } else {
            self.emit_jump(|t| Instr::JumpIfFalse { cond: r, target: t }, target);
        }
        self.release(mark);
        Ok(())
    }

    /// A list/set/dict comprehension inlined into the current code (PEP
    /// 709): its variables are registers saved and restored around it.
    fn inline_comprehension(&mut self, c: &'a Comprehension, dst: Reg, loc: Loc) -> CResult<()> {
        let scope_id = self.table.scope_for(c.scope);
        let cs = self.table.scope(scope_id);
        // The first iterable is evaluated outside the comprehension.
        let first = &c.generators[0];
        let src = self.iter_operand(&first.iter)?;
        let it = self.temp();
        self.unit().line = loc.line;
        self.emit(Instr::GetIter { dst: it, src });
        let result = self.temp();
        let empty = self.temps(0);
        self.emit(match c.kind {
            CompKind::List => Instr::BuildList {
                dst: result,
                start: empty,
                count: 0,
            },
            CompKind::Set => Instr::BuildSet {
                dst: result,
                start: empty,
                count: 0,
            },
            _ => Instr::BuildMap {
                dst: result,
                start: empty,
                count: 0,
            },
        });
        // Registers for the names the comprehension binds.
        let function_like = self.scope().is_function_like() && !self.u().forced_name;
        let mut regs = HashMap::new();
        let mut saves = Vec::new();
        for sym in &cs.symbols {
            if sym.flags & symtable::DEF_PARAM != 0 {
                continue;
            }
            let bound =
                sym.flags & symtable::DEF_LOCAL != 0 && sym.flags & symtable::DEF_NONLOCAL == 0;
            if !bound || !matches!(sym.scope, SymScope::Local | SymScope::Cell) {
                continue;
            }
            let is_cell = sym.scope == SymScope::Cell;
            let reg = if function_like {
                // Shares the enclosing function's slot, saved and restored.
                let kind = if is_cell || self.scope().scope_of(&sym.name) == Some(SymScope::Cell) {
                    VarKind::Cell
                } else {
                    VarKind::Local
                };
                let r = self.var_reg(&sym.name, kind, false);
                if is_cell && !self.u().comp_cells.contains(&r.0) {
                    self.unit().comp_cells.push(r.0);
                }
                r
            } else {
                // Module and class code keep comprehension variables in
                // registers hidden from the namespace (CPython's fasthidden).
                self.var_reg(&sym.name, VarKind::Hidden, false)
            };
            // CPython's LOAD_FAST_AND_CLEAR: the variable's first use.
            self.note_use(reg);
            let save = self.temp();
            self.emit(Instr::Move {
                dst: save,
                src: reg,
            });
            saves.push((reg, save));
            if is_cell {
                self.emit(Instr::MakeCell { reg });
            } else {
                self.emit(Instr::Clear { reg });
            }
            regs.insert(sym.name.clone(), reg);
        }
        // On an exception, restore the saved variables and re-raise.
        let restore_l = self.label();
        let exc = self.temp();
        let protected = !saves.is_empty();
        if protected {
            self.push_handler(restore_l, exc);
        }
        self.unit().comps.push(CompCtx {
            scope: scope_id,
            regs,
        });
        self.push_fblock(FBlock::Comprehension);
        self.comp_loop(c, 0, it, result)?;
        self.pop_fblock();
        self.unit().comps.pop();
        if protected {
            self.pop_handler();
        }
        let end = self.label();
        for (reg, save) in &saves {
            self.emit(Instr::Move {
                dst: *reg,
                src: *save,
            });
        }
        self.emit(Instr::Move { dst, src: result });
        if protected {
            self.emit_jump(|t| Instr::Jump { target: t }, end);
            self.bind(restore_l);
            for (reg, save) in &saves {
                self.emit(Instr::Move {
                    dst: *reg,
                    src: *save,
                });
            }
            self.emit(Instr::Reraise { exc });
        }
        self.bind(end);
        Ok(())
    }

    /// One `for` clause of a comprehension (and the rest, recursively).
    fn comp_loop(&mut self, c: &'a Comprehension, gi: usize, it: Reg, result: Reg) -> CResult<()> {
        let g = &c.generators[gi];
        let it = if gi == 0 {
            it
        } else {
            let src = self.iter_operand(&g.iter)?;
            let t = self.temp();
            self.emit(Instr::GetIter { dst: t, src });
            t
        };
        let top = self.label();
        let end = self.label();
        self.bind(top);
        let direct = match &g.target.kind {
            ExprKind::Name { id, .. } => self.store_target_reg(id),
            _ => None,
        };
        if let Some(r) = direct {
            self.note_use(r);
        }
        let item = direct.unwrap_or_else(|| self.temp());
        self.unit().line = g.iter.loc.line;
        self.emit_jump(
            |t| Instr::ForIter {
                iter: it,
                dst: item,
                exit: t,
            },
            end,
        );
        if direct.is_none() {
            self.store_target(&g.target, item)?;
        }
        for cond in &g.ifs {
            self.cond_jump(cond, false, top)?;
        }
        if gi + 1 < c.generators.len() {
            self.comp_loop(c, gi + 1, it, result)?;
        } else {
            let mark = self.temp_mark();
            match c.kind {
                CompKind::List => {
                    let r = self.expr(&c.elt)?;
                    self.emit(Instr::ListAppend {
                        list: result,
                        item: r,
                    });
                }
                CompKind::Set => {
                    let r = self.expr(&c.elt)?;
                    self.emit(Instr::SetAdd {
                        set: result,
                        item: r,
                    });
                }
                CompKind::Dict => {
                    let k = self.expr(&c.elt)?;
                    let k = self.stable(k);
                    let v = self.expr(c.value.as_ref().expect("dict comp value"))?;
                    self.emit(Instr::DictInsert {
                        dict: result,
                        key: k,
                        value: v,
                    });
                }
                CompKind::Generator => {
                    let r = self.expr(&c.elt)?;
                    let t = self.temp();
                    self.emit(Instr::Yield { dst: t, src: r });
                }
            }
            self.release(mark);
        }
        self.emit_jump(|t| Instr::Jump { target: t }, top);
        self.bind(end);
        Ok(())
    }

    /// A generator expression: its own code object, called with the
    /// iterator of the first iterable.
    fn genexpr(&mut self, c: &'a Comprehension, dst: Reg, loc: Loc) -> CResult<()> {
        let scope_id = self.table.scope_for(c.scope);
        let src = self.iter_operand(&c.generators[0].iter)?;
        let it = self.temp();
        self.unit().line = loc.line;
        self.emit(Instr::GetIter { dst: it, src });
        let qualname = self.qualname_for(&Rc::from("<genexpr>"));
        self.push_unit(
            scope_id,
            CodeKind::GenExpr,
            Rc::from("<genexpr>"),
            qualname,
            loc.line,
        );
        self.unit().argcount = 1;
        let arg = self.var_reg(&Rc::from(".0"), VarKind::Local, true);
        let none = self.none_reg();
        let _ = none;
        self.comp_loop(c, 0, arg, Reg::NONE)?;
        let none = self.none_reg();
        self.emit(Instr::Return { src: none });
        let code = self.finish_unit();
        self.unit().line = loc.line;
        let f = self.temp();
        self.make_function(code, None, None, None, f);
        let args = self.temps(1);
        self.emit(Instr::Move { dst: args, src: it });
        self.emit(Instr::Call {
            dst,
            func: f,
            args,
            argc: 1,
        });
        Ok(())
    }

    fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult<()> {
        super::patterns::compile_match(self, subject, cases)
    }

    // ------------------------------------------------------------------
    // Finishing
    // ------------------------------------------------------------------

    fn finish_unit(&mut self) -> Rc<CodeObject> {
        let u = self.units.pop().expect("a unit");
        finish(u, &self.filename)
    }
}

// Helpers used by the pattern compiler.
impl<'a> Compiler<'a> {
    pub(super) fn p_temp(&mut self) -> Reg {
        self.temp()
    }
    pub(super) fn p_temps(&mut self, n: usize) -> Reg {
        self.temps(n)
    }
    pub(super) fn p_label(&mut self) -> u32 {
        self.label().0
    }
    pub(super) fn p_bind(&mut self, l: u32) {
        self.bind(LabelId(l))
    }
    pub(super) fn p_emit(&mut self, i: Instr) {
        self.emit(i)
    }
    pub(super) fn p_expr(&mut self, e: &'a Expr) -> CResult<Reg> {
        self.expr(e)
    }
    pub(super) fn p_expr_into(&mut self, e: &'a Expr, dst: Reg) -> CResult<()> {
        self.expr_into(e, dst)
    }
    pub(super) fn p_stable(&mut self, r: Reg) -> Reg {
        self.stable(r)
    }
    pub(super) fn p_store_name(&mut self, name: &Ident, src: Reg) {
        self.store_name(name, src)
    }
    pub(super) fn p_stmts(&mut self, s: &'a [Stmt]) -> CResult<()> {
        self.stmts(s)
    }
    pub(super) fn p_cond_jump(&mut self, e: &'a Expr, when: bool, l: u32) -> CResult<()> {
        self.cond_jump(e, when, LabelId(l))
    }
    pub(super) fn p_const(&mut self, v: Value) -> Reg {
        let key = self.unique_key();
        self.const_reg(v, key)
    }
    pub(super) fn p_const_idx(&mut self, v: Value) -> ConstIdx {
        let key = self.unique_key();
        self.const_idx(v, key)
    }
    pub(super) fn p_none(&mut self) -> Reg {
        self.none_reg()
    }
    pub(super) fn p_line(&mut self, line: u32) {
        self.unit().line = line;
    }
    pub(super) fn p_err(&self, msg: &str, loc: Loc) -> SyntaxErr {
        self.err(msg, loc)
    }
    pub(super) fn p_mark(&self) -> u16 {
        self.temp_mark()
    }
    pub(super) fn p_release(&mut self, m: u16) {
        self.release(m)
    }
}

enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

#[derive(Clone, Copy)]
enum CallArg {
    Reg(Reg),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

enum Access {
    Fast(Reg),
    Deref(Reg),
    ClassDeref(Ident, Reg),
    Name(Ident),
    LocalDict(Ident, Reg),
    Global(Ident),
}

fn cannot_assign(e: &Expr, verb: &str) -> String {
    let what = e.kind_name();
    if matches!(
        e.kind,
        ExprKind::Constant(Constant::None | Constant::Bool(_))
    ) {
        return format!("cannot {verb} {what}");
    }
    if verb == "assign to" && matches!(e.kind, ExprKind::Call { .. } | ExprKind::Constant(_)) {
        return format!("cannot {verb} {what} here. Maybe you meant '==' instead of '='?");
    }
    format!("cannot {verb} {what}")
}

/// Resolves labels, removes provably redundant `CheckBound`s, renumbers
/// registers into the final frame layout and builds the exception table.
fn finish(u: Unit, filename: &Rc<str>) -> Rc<CodeObject> {
    let Unit {
        kind,
        tier,
        forced_name,
        name,
        qualname,
        firstlineno,
        mut instrs,
        mut lines,
        mut instr_handler,
        handlers,
        labels,
        consts,
        names,
        vars,
        var_use,
        comp_cells,
        max_temps,
        argcount,
        posonly,
        kwonly,
        mut flags,
        docstring,
        ..
    } = u;
    let label_pc = |l: u32| labels[l as usize].expect("bound label");
    for i in instrs.iter_mut() {
        if let Some(t) = i.target_mut() {
            *t = Label(label_pc(t.0));
        }
    }
    let handler_pcs: Vec<(Label, Reg)> = handlers
        .iter()
        .map(|(l, r)| (Label(label_pc(l.0)), *r))
        .collect();

    // Final order of variables: co_varnames (locals in discovery order,
    // parameters first), then cells, then free variables (sorted).
    let mut order: Vec<usize> = Vec::new();
    let params: Vec<usize> = (0..vars.len()).filter(|&i| vars[i].2).collect();
    order.extend(&params);
    let listed = |i: usize| match vars[i].1 {
        VarKind::Local | VarKind::Hidden => true,
        VarKind::Cell => comp_cells.contains(&(i as u16)),
        VarKind::Free => false,
    };
    let mut locals: Vec<usize> = (0..vars.len())
        .filter(|&i| !vars[i].2 && listed(i))
        .collect();
    // Stable: variables never used keep their discovery order, last.
    locals.sort_by_key(|&i| var_use[i]);
    order.extend(locals);
    let nlocals = order.len();
    let mut cells: Vec<usize> = (0..vars.len())
        .filter(|&i| !vars[i].2 && !listed(i) && vars[i].1 == VarKind::Cell)
        .collect();
    cells.sort_by(|&a, &b| vars[a].0.cmp(&vars[b].0));
    order.extend(&cells);
    let mut frees: Vec<usize> = (0..vars.len())
        .filter(|&i| vars[i].1 == VarKind::Free)
        .collect();
    frees.sort_by(|&a, &b| vars[a].0.cmp(&vars[b].0));
    order.extend(&frees);
    let mut final_index = vec![0u16; vars.len()];
    for (pos, &v) in order.iter().enumerate() {
        final_index[v] = pos as u16;
    }
    let nvars = vars.len() as u16;
    let const_base = nvars + max_temps;
    let nconsts = consts.len() as u16;
    let remap = |r: &mut Reg| {
        if r.is_none() {
            return;
        }
        // A register of another unit would make the interpreter read past
        // the frame: a compiler bug, stopped here. (An empty argument
        // window may start just past the last temporary.)
        let in_unit = if r.0 >= CONST_BASE {
            r.0 - CONST_BASE < nconsts
        } else if r.0 >= TEMP_BASE {
            r.0 - TEMP_BASE <= max_temps
        } else {
            (r.0 as usize) < final_index.len()
        };
        assert!(in_unit, "register {} is not one of {name}'s", r.0);
        r.0 = if r.0 >= CONST_BASE {
            const_base + (r.0 - CONST_BASE)
        } else if r.0 >= TEMP_BASE {
            nvars + (r.0 - TEMP_BASE)
        } else {
            final_index[r.0 as usize]
        };
    };
    for i in instrs.iter_mut() {
        i.for_each_reg(remap);
    }
    let mut handler_regs: Vec<(Label, Reg)> = handler_pcs;
    for (_, r) in handler_regs.iter_mut() {
        remap(r);
    }

    let infos: Vec<RegInfo> = order
        .iter()
        .map(|&v| RegInfo {
            name: Rc::new(PyStr::new(&vars[v].0)),
            kind: match vars[v].1 {
                VarKind::Local => RegKind::Local,
                VarKind::Hidden => RegKind::Hidden,
                VarKind::Cell => RegKind::Cell,
                VarKind::Free => RegKind::Free,
            },
        })
        .collect();
    let cell_params: Vec<Reg> = order
        .iter()
        .enumerate()
        .filter(|(pos, &v)| *pos < nlocals && vars[v].1 == VarKind::Cell)
        .map(|(pos, _)| Reg(pos as u16))
        .collect();
    // Parameters live in the first registers in parameter order.
    let nparams = params.len();

    flow::remove_redundant_checks(
        &mut instrs,
        &mut lines,
        &mut instr_handler,
        &mut handler_regs,
        nparams,
        const_base as usize..const_base as usize + consts.len(),
    );

    // Exception table: runs of instructions sharing a handler.
    let mut exc_table = Vec::new();
    let mut i = 0;
    while i < instrs.len() {
        match instr_handler[i] {
            None => i += 1,
            Some(h) => {
                let start = i;
                while i < instrs.len() && instr_handler[i] == Some(h) {
                    i += 1;
                }
                let (handler, exc) = handler_regs[h as usize];
                exc_table.push(ExcEntry {
                    start: Label(start as u32),
                    end: Label(i as u32),
                    handler,
                    exc,
                });
            }
        }
    }
    if vars
        .iter()
        .all(|v| matches!(v.1, VarKind::Local | VarKind::Hidden))
    {
        flags |= co::NOFREE;
    }
    let loop_counters = (0..instrs.len()).map(|_| Cell::new(0)).collect();
    let type_feedback = (0..instrs.len()).map(|_| Cell::new(0)).collect();
    let name_caches = (0..instrs.len()).map(|_| Default::default()).collect();
    let attr_caches = (0..instrs.len()).map(|_| Default::default()).collect();
    let nconsts = nconsts as u32;
    Rc::new(CodeObject {
        name: Rc::new(PyStr::new(&name)),
        qualname: Rc::new(PyStr::new(&qualname)),
        filename: filename.clone(),
        firstlineno,
        kind,
        tier,
        forced_name,
        instrs: instrs.into_boxed_slice(),
        lines: lines.into_boxed_slice(),
        consts: consts.into_boxed_slice(),
        names: names.into_boxed_slice(),
        nlocals: nlocals as u32,
        ncells: cells.len() as u32,
        nfree: frees.len() as u32,
        vars: infos.into_boxed_slice(),
        const_base: Reg(const_base),
        nregs: const_base as u32 + nconsts,
        argcount,
        posonlyargcount: posonly,
        kwonlyargcount: kwonly,
        flags,
        cell_params: cell_params.into_boxed_slice(),
        exc_table: exc_table.into_boxed_slice(),
        loop_counters,
        type_feedback,
        name_caches,
        attr_caches,
        jit_loops: Default::default(),
        jit_function: Default::default(),
        docstring,
    })
}

/// The docstring as CPython 3.13's compiler stores it
/// (`_PyCompile_CleanDoc`): tabs expanded, the first line's leading spaces
/// removed and the common indentation of the following lines stripped.
fn clean_doc(doc: &str) -> String {
    let doc = if doc.contains('\t') {
        crate::builtins::string::expand_tabs(doc, 8)
    } else {
        doc.to_string()
    };
    let mut lines = doc.split('\n');
    let first = lines.next().unwrap_or("");
    let rest: Vec<&str> = lines.collect();
    let margin = rest
        .iter()
        .filter(|l| !l.trim_start_matches(' ').is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out = first.trim_start_matches(' ').to_string();
    for l in rest {
        out.push('\n');
        let spaces = l.len() - l.trim_start_matches(' ').len();
        out.push_str(&l[spaces.min(margin)..]);
    }
    out
}
