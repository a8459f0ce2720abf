//! Scope analysis: classifies every name exactly as CPython 3.13's symtable.
//!
//! Two passes, as in CPython. The *build* pass walks the tree and records,
//! per block, how each name is used (`DEF_*` flags). The *analyze* pass
//! resolves every name to local, cell, free, or global (explicit/implicit),
//! propagates free variables outward through intermediate blocks, turns
//! locals captured by inner blocks into cells, and inlines list/set/dict
//! comprehensions into their enclosing block (PEP 709).
//!
//! The result drives code generation (which instruction family a name uses:
//! registers, cells, the globals dict, or the run-time namespace) and
//! `slotpy scopes`.

use crate::frontend::ast::*;
use crate::frontend::SyntaxErr;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

// Name flags, with CPython's values and meanings.
pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 32;
pub const DEF_IMPORT: u32 = 64;
pub const DEF_ANNOT: u32 = 128;
pub const DEF_COMP_ITER: u32 = 256;
pub const DEF_COMP_CELL: u32 = 1024;
/// A PEP 695 type parameter.
pub const DEF_TYPE_PARAM: u32 = 2048;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives at run time, from the point of view of one block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Function,
    Class,
    /// The annotation scope holding a generic's type parameters (PEP 695).
    TypeParams,
    /// The lazily evaluated value of a `type X = ...` statement.
    TypeAlias,
    /// The lazily evaluated bound or constraints of a TypeVar.
    TypeVariable,
    /// An annotation under `from __future__ import annotations`: visited
    /// for errors, then dropped.
    Annotation,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: Ident,
    pub flags: u32,
    pub scope: SymScope,
}

/// One block of the program: the module, a function, lambda, class or
/// comprehension.
#[derive(Debug)]
pub struct Scope {
    pub kind: BlockType,
    pub name: Ident,
    pub line: u32,
    pub symbols: Vec<Symbol>,
    index: HashMap<Ident, usize>,
    /// Parameter names in frame order.
    pub varnames: Vec<Ident>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    /// The enclosing block is a function or itself nested.
    pub nested: bool,
    pub is_generator: bool,
    /// Awaits or iterates asynchronously (or is an `async def`).
    pub is_coroutine: bool,
    /// An `async def`: where `await` and `yield from` are judged.
    pub is_async_def: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    pub comprehension: Option<CompKind>,
    /// A list/set/dict comprehension merged into its parent (PEP 709).
    pub comp_inlined: bool,
    /// A class whose methods use `__class__` (or zero-argument `super()`).
    pub needs_class_closure: bool,
    pub needs_classdict: bool,
    /// Contains free variables (its own or passed through for children).
    pub has_free: bool,
    /// The class name used for private-name mangling inside this block.
    pub private: Option<Ident>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// Each `global`/`nonlocal` name with its statement, in source order:
    /// analysis errors about a name point at its first declaration here.
    directives: Vec<(Ident, Loc)>,
    /// An annotation scope directly inside a class (or inside such a
    /// scope): it reads the class namespace through `__classdict__`.
    pub can_see_class_scope: bool,
    /// For a TypeVar bound scope: what error messages call it.
    scope_info: &'static str,
}

impl Scope {
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    pub fn scope_of(&self, name: &str) -> Option<SymScope> {
        self.lookup(name).map(|s| s.scope)
    }

    /// Blocks whose names live in a frame (CPython's `_PyST_IsFunctionLike`).
    pub fn is_function_like(&self) -> bool {
        !matches!(
            self.kind,
            BlockType::Module | BlockType::Class | BlockType::Annotation
        )
    }

    fn flags_mut(&mut self, name: &Ident) -> Option<&mut u32> {
        match self.index.get(name) {
            Some(&i) => Some(&mut self.symbols[i].flags),
            None => None,
        }
    }

    fn set_flags(&mut self, name: &Ident, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags = flags,
            None => {
                self.index.insert(name.clone(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.clone(),
                    flags,
                    scope: SymScope::GlobalImplicit,
                });
            }
        }
    }

    fn remove(&mut self, name: &str) {
        if let Some(i) = self.index.remove(name) {
            self.symbols.remove(i);
            for v in self.index.values_mut() {
                if *v > i {
                    *v -= 1;
                }
            }
        }
    }
}

/// The analysed symbol table of one module (or exec/eval source).
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<ScopeNode, ScopeId>,
}

impl SymbolTable {
    pub const TOP: ScopeId = ScopeId(0);

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    pub fn scope_for(&self, node: ScopeNode) -> ScopeId {
        self.by_node[&node]
    }

    /// Builds and analyses the table for a module body.
    /// `future_annotations`: `from __future__ import annotations` is in
    /// force, making annotations scopes of their own.
    pub fn build(
        module: &Module,
        filename: &str,
        future_annotations: bool,
    ) -> Result<SymbolTable, SyntaxErr> {
        let mut b = Builder {
            future_annotations,
            scopes: Vec::new(),
            by_node: HashMap::new(),
            stack: Vec::new(),
            filename,
            debug_err: None,
        };
        b.enter(BlockType::Module, Rc::from("top"), 0, None);
        b.stmts(&module.body)?;
        b.stack.pop();
        let mut table = SymbolTable {
            scopes: std::mem::take(&mut b.scopes),
            by_node: std::mem::take(&mut b.by_node),
        };
        let mut a = Analyzer {
            table: &mut table,
            filename,
        };
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        let mut type_params = HashSet::new();
        a.analyze_block(
            SymbolTable::TOP,
            None,
            &mut free,
            &mut global,
            &mut type_params,
            None,
        )?;
        match b.debug_err {
            Some(e) => Err(e),
            None => Ok(table),
        }
    }
}

/// Mangles `__private` names inside a class, as CPython does.
pub fn mangle(private: Option<&Ident>, name: &Ident) -> Ident {
    let Some(class) = private else {
        return name.clone();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.clone();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.clone();
    }
    Rc::from(format!("_{stripped}{name}"))
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<ScopeNode, ScopeId>,
    stack: Vec<ScopeId>,
    filename: &'a str,
    future_annotations: bool,
    /// The first binding or deletion of `__debug__`: CPython's compiler
    /// rejects it, after the symbol table found no error of its own.
    debug_err: Option<SyntaxErr>,
}

type R = Result<(), SyntaxErr>;

/// What a type parameters scope is opened for.
#[derive(Clone, Copy)]
enum Generic {
    Function { kwdefaults: bool },
    Class,
    Alias,
}

impl Builder<'_> {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("inside a block");
        &mut self.scopes[id.0 as usize]
    }

    fn cur_id(&self) -> ScopeId {
        *self.stack.last().expect("inside a block")
    }

    fn err(&self, msg: String, loc: Loc) -> SyntaxErr {
        SyntaxErr::at(msg, self.filename, loc)
    }

    fn enter(&mut self, kind: BlockType, name: Ident, line: u32, node: Option<ScopeNode>) {
        let id = ScopeId(self.scopes.len() as u32);
        // A block opened inside a comprehension's iterable expression is
        // still inside it, as CPython 3.13's `symtable_enter_block` has it.
        let (nested, private, comp_iter_expr) = match self.stack.last() {
            Some(&p) => {
                let p = &self.scopes[p.0 as usize];
                (
                    p.nested || p.is_function_like(),
                    p.private.clone(),
                    p.comp_iter_expr,
                )
            }
            None => (false, None, 0),
        };
        if let Some(&p) = self.stack.last() {
            self.scopes[p.0 as usize].children.push(id);
        }
        self.scopes.push(Scope {
            kind,
            name,
            line,
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            parent: self.stack.last().copied(),
            nested,
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            has_varargs: false,
            has_varkeywords: false,
            comprehension: None,
            comp_inlined: false,
            needs_class_closure: false,
            needs_classdict: false,
            has_free: false,
            private,
            comp_iter_target: false,
            comp_iter_expr,
            directives: Vec::new(),
            can_see_class_scope: false,
            scope_info: "",
        });
        if let Some(node) = node {
            self.by_node.insert(node, id);
        }
        self.stack.push(id);
    }

    fn add_def(&mut self, name: &Ident, flag: u32, loc: Loc) -> R {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, loc)
    }

    fn forbid_debug(&mut self, name: &str, verb: &str, loc: Loc) {
        if name == "__debug__" && self.debug_err.is_none() {
            self.debug_err = Some(self.err(format!("cannot {verb} __debug__"), loc));
        }
    }

    fn add_def_in(&mut self, id: ScopeId, name: &Ident, flag: u32, loc: Loc) -> R {
        if flag & DEF_BOUND != 0 {
            self.forbid_debug(name, "assign to", loc);
        }
        let private = self.scopes[self.cur_id().0 as usize].private.clone();
        let mangled = mangle(private.as_ref(), name);
        let ste = &mut self.scopes[id.0 as usize];
        let mut val = match ste.flags_mut(&mangled) {
            Some(&mut v) => {
                if flag & DEF_PARAM != 0 && v & DEF_PARAM != 0 {
                    return Err(self.err(
                        format!("duplicate argument '{name}' in function definition"),
                        loc,
                    ));
                }
                if flag & DEF_TYPE_PARAM != 0 && v & DEF_TYPE_PARAM != 0 {
                    return Err(self.err(format!("duplicate type parameter '{name}'"), loc));
                }
                v | flag
            }
            None => flag,
        };
        let ste = &mut self.scopes[id.0 as usize];
        if ste.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.err(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    loc,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        ste.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            ste.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let top = &mut self.scopes[0];
            let v = top.flags(&mangled) | flag;
            top.set_flags(&mangled, v);
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &Ident, loc: Loc) {
        let cur = self.cur();
        let mangled = mangle(cur.private.as_ref(), name);
        cur.directives.push((mangled, loc));
    }

    fn lookup(&self, name: &Ident) -> u32 {
        let cur = &self.scopes[self.cur_id().0 as usize];
        cur.flags(&mangle(cur.private.as_ref(), name))
    }

    fn stmts(&mut self, stmts: &[Stmt]) -> R {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, exprs: &[Expr]) -> R {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    fn opt(&mut self, e: &Option<Expr>) -> R {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.loc)?;
                self.param_defaults(&f.params)?;
                self.exprs(&f.decorators)?;
                let generic = !f.type_params.is_empty();
                if generic {
                    let kwdefaults = f.params.kwonly.iter().any(|p| p.default.is_some());
                    self.enter_type_params(&f.name, s.loc, Generic::Function { kwdefaults })?;
                    self.type_params(&f.type_params)?;
                }
                self.annotations(&f.params, &f.returns)?;
                self.enter(
                    BlockType::Function,
                    f.name.clone(),
                    s.loc.line,
                    Some(f.scope),
                );
                if f.is_async {
                    self.cur().is_coroutine = true;
                    self.cur().is_async_def = true;
                }
                self.params(&f.params)?;
                self.stmts(&f.body)?;
                self.stack.pop();
                if generic {
                    self.stack.pop();
                }
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.loc)?;
                self.exprs(&c.decorators)?;
                let generic = !c.type_params.is_empty();
                if generic {
                    self.enter_type_params(&c.name, s.loc, Generic::Class)?;
                    self.type_params(&c.type_params)?;
                }
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.enter(BlockType::Class, c.name.clone(), s.loc.line, Some(c.scope));
                self.cur().private = Some(c.name.clone());
                if generic {
                    self.add_def(&Rc::from("__type_params__"), DEF_LOCAL, s.loc)?;
                    self.add_def(&Rc::from(".type_params"), USE, s.loc)?;
                }
                self.stmts(&c.body)?;
                self.stack.pop();
                if generic {
                    self.stack.pop();
                }
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => self.exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    let at_top = self.cur_id() == SymbolTable::TOP;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !at_top && *simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(
                            self.err(format!("annotated name '{id}' can't be {what}"), s.loc)
                        );
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                self.opt(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context)?;
                    self.opt(&item.target)?;
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    self.opt(&case.guard)?;
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc)?;
                self.opt(cause)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    self.opt(&h.typ)?;
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg)?;
            }
            StmtKind::Import(names) => self.aliases(names, s.loc)?,
            StmtKind::ImportFrom { names, .. } => self.aliases(names, s.loc)?,
            StmtKind::Global(names) => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(self.err(msg, s.loc));
                    }
                    self.add_def(name, DEF_GLOBAL, s.loc)?;
                    self.record_directive(name, s.loc);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(self.err(msg, s.loc));
                    }
                    self.add_def(name, DEF_NONLOCAL, s.loc)?;
                    self.record_directive(name, s.loc);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
                scope,
            } => {
                self.add_def(name, DEF_LOCAL, s.loc)?;
                let in_class = self.cur().kind == BlockType::Class;
                let generic = !type_params.is_empty();
                if generic {
                    self.enter_type_params(name, s.loc, Generic::Alias)?;
                    self.type_params(type_params)?;
                }
                self.enter(BlockType::TypeAlias, name.clone(), s.loc.line, Some(*scope));
                self.cur().can_see_class_scope = in_class;
                if in_class {
                    self.add_def(&Rc::from("__classdict__"), USE, value.loc)?;
                }
                self.expr(value)?;
                self.stack.pop();
                if generic {
                    self.stack.pop();
                }
            }
        }
        Ok(())
    }

    /// Opens the annotation scope of a generic (CPython's
    /// `symtable_enter_type_param_block`).
    fn enter_type_params(&mut self, name: &Ident, loc: Loc, of: Generic) -> R {
        let in_class = self.cur().kind == BlockType::Class;
        self.enter(BlockType::TypeParams, name.clone(), loc.line, None);
        if in_class {
            self.cur().can_see_class_scope = true;
            self.add_def(&Rc::from("__classdict__"), USE, loc)?;
        }
        match of {
            Generic::Class => {
                let type_params: Ident = Rc::from(".type_params");
                self.add_def(&type_params, DEF_LOCAL, loc)?;
                self.add_def(&type_params, USE, loc)?;
                self.cur().private = Some(name.clone());
                let generic_base: Ident = Rc::from(".generic_base");
                self.add_def(&generic_base, DEF_LOCAL, loc)?;
                self.add_def(&generic_base, USE, loc)?;
            }
            // The function's defaults are evaluated outside and passed in.
            Generic::Function { kwdefaults } => {
                self.add_def(&Rc::from(".defaults"), DEF_PARAM, loc)?;
                if kwdefaults {
                    self.add_def(&Rc::from(".kwdefaults"), DEF_PARAM, loc)?;
                }
            }
            Generic::Alias => {}
        }
        Ok(())
    }

    /// PEP 695 type parameters, bound in the current (type parameters)
    /// scope; a bound or constraints get a lazily evaluated scope of their own.
    fn type_params(&mut self, params: &[TypeParam]) -> R {
        for p in params {
            self.add_def(&p.name, DEF_TYPE_PARAM | DEF_LOCAL, p.loc)?;
            if let Some(bound) = &p.bound {
                let in_class = self.cur().can_see_class_scope;
                self.enter(
                    BlockType::TypeVariable,
                    p.name.clone(),
                    bound.loc.line,
                    None,
                );
                self.by_node.insert(p.scope, self.cur_id());
                let cur = self.cur();
                cur.can_see_class_scope = in_class;
                cur.scope_info = if matches!(bound.kind, ExprKind::Tuple { .. }) {
                    "a TypeVar constraint"
                } else {
                    "a TypeVar bound"
                };
                if in_class {
                    self.add_def(&Rc::from("__classdict__"), USE, bound.loc)?;
                }
                self.expr(bound)?;
                self.stack.pop();
            }
        }
        Ok(())
    }

    /// Rejects `what` (yield, await, walrus) in an annotation scope.
    fn forbid_in_annotation_scope(&self, what: &str, loc: Loc) -> R {
        let cur = &self.scopes[self.cur_id().0 as usize];
        let within = match cur.kind {
            BlockType::TypeVariable => cur.scope_info,
            BlockType::TypeAlias => "a type alias",
            BlockType::TypeParams => "the definition of a generic",
            BlockType::Annotation => "an annotation",
            _ => return Ok(()),
        };
        Err(self.err(format!("{what} cannot be used within {within}"), loc))
    }

    /// Imported names are bound at the statement (where CPython reports a
    /// misplaced `import *` at the `*` itself).
    fn aliases(&mut self, names: &[Alias], loc: Loc) -> R {
        for a in names {
            if &*a.name == "*" {
                if self.cur_id() != SymbolTable::TOP {
                    return Err(self.err("import * only allowed at module level".into(), a.loc));
                }
                continue;
            }
            let bound: Ident = match &a.asname {
                Some(n) => n.clone(),
                None => Rc::from(a.name.split('.').next().unwrap_or(&a.name)),
            };
            self.add_def(&bound, DEF_IMPORT, loc)?;
        }
        Ok(())
    }

    fn param_defaults(&mut self, p: &Parameters) -> R {
        for param in p.posonly.iter().chain(&p.args) {
            self.opt(&param.default)?;
        }
        for param in &p.kwonly {
            self.opt(&param.default)?;
        }
        Ok(())
    }

    fn annotations(&mut self, p: &Parameters, returns: &Option<Expr>) -> R {
        self.enter_annotation(p.all().next().map_or(0, |p| p.loc.line));
        for param in &p.args {
            self.opt(&param.annotation)?;
        }
        if let Some(v) = &p.vararg {
            self.opt(&v.annotation)?;
        }
        if let Some(v) = &p.kwarg {
            self.opt(&v.annotation)?;
        }
        for param in p.kwonly.iter().chain(&p.posonly) {
            self.opt(&param.annotation)?;
        }
        self.leave_annotation();
        match returns {
            Some(r) => self.annotation(r),
            None => Ok(()),
        }
    }

    fn annotation(&mut self, e: &Expr) -> R {
        self.enter_annotation(e.loc.line);
        self.expr(e)?;
        self.leave_annotation();
        Ok(())
    }

    /// Under `from __future__ import annotations`, annotations are never
    /// evaluated: CPython visits them in a block of their own that it does
    /// not keep, so their names bind or capture nothing.
    fn enter_annotation(&mut self, line: u32) {
        if self.future_annotations {
            self.enter(BlockType::Annotation, Rc::from("_annotation"), line, None);
        }
    }

    fn leave_annotation(&mut self) {
        if self.future_annotations {
            let id = self.stack.pop();
            if let Some(&p) = self.stack.last() {
                self.scopes[p.0 as usize]
                    .children
                    .retain(|&c| Some(c) != id);
            }
        }
    }

    fn params(&mut self, p: &Parameters) -> R {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            self.add_def(&param.name, DEF_PARAM, param.loc)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(&v.name, DEF_PARAM, v.loc)?;
            self.cur().has_varargs = true;
        }
        if let Some(v) = &p.kwarg {
            self.add_def(&v.name, DEF_PARAM, v.loc)?;
            self.cur().has_varkeywords = true;
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.loc)?;
                }
                Ok(())
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                kwd_patterns.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::Star(name) => match name {
                Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                None => Ok(()),
            },
            PatternKind::As { pattern, name } => {
                if let Some(pat) = pattern {
                    self.pattern(pat)?;
                }
                match name {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                    None => Ok(()),
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.forbid_in_annotation_scope("named expression", e.loc)?;
                if self.cur().comp_iter_expr > 0 {
                    return Err(self.err(
                        "assignment expression cannot be used in a comprehension iterable expression".into(),
                        e.loc,
                    ));
                }
                if self.cur().comprehension.is_some() {
                    self.extend_namedexpr_scope(target)?;
                }
                self.expr(value)?;
                self.expr(target)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda(l) => {
                self.param_defaults(&l.params)?;
                self.enter(
                    BlockType::Function,
                    Rc::from("lambda"),
                    e.loc.line,
                    Some(l.scope),
                );
                self.params(&l.params)?;
                self.expr(&l.body)?;
                self.stack.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    self.opt(k)?;
                    self.expr(v)?;
                }
            }
            ExprKind::Set(elts) => self.exprs(elts)?,
            ExprKind::Comprehension(c) => self.comprehension(c, e.loc)?,
            ExprKind::Await(v) => {
                self.forbid_in_annotation_scope("await expression", e.loc)?;
                self.expr(v)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Yield(v) => {
                self.forbid_in_annotation_scope("yield expression", e.loc)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.mark_generator("yield", e.loc)?;
            }
            ExprKind::YieldFrom(v) => {
                self.forbid_in_annotation_scope("yield expression", e.loc)?;
                self.expr(v)?;
                self.mark_generator("yield from", e.loc)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    if let Some(name) = &k.arg {
                        self.forbid_debug(name, "assign to", k.loc);
                    }
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, spec, .. } => {
                self.expr(value)?;
                if let Some(s) = spec {
                    self.expr(s)?;
                }
            }
            ExprKind::JoinedStr(values) => self.exprs(values)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, attr, ctx } => {
                match ctx {
                    Ctx::Store => self.forbid_debug(attr, "assign to", e.loc),
                    Ctx::Del => self.forbid_debug(attr, "delete", e.loc),
                    Ctx::Load => {}
                }
                self.expr(value)?
            }
            ExprKind::Subscript { value, index, .. } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => {
                if *ctx == Ctx::Del {
                    self.forbid_debug(id, "delete", e.loc);
                }
                let flag = if *ctx == Ctx::Load { USE } else { DEF_LOCAL };
                self.add_def(id, flag, e.loc)?;
                if *ctx == Ctx::Load && self.cur().is_function_like() && &**id == "super" {
                    self.add_def(&Rc::from("__class__"), USE, e.loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, what: &str, loc: Loc) -> R {
        let cur = self.cur();
        if let Some(kind) = cur.comprehension {
            let name = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Generator => "generator expression",
            };
            return Err(self.err(format!("'{what}' inside {name}"), loc));
        }
        cur.is_generator = true;
        Ok(())
    }

    fn comprehension(&mut self, c: &Comprehension, loc: Loc) -> R {
        let first = &c.generators[0];
        self.cur().comp_iter_expr += 1;
        self.expr(&first.iter)?;
        self.cur().comp_iter_expr -= 1;
        let name = match c.kind {
            CompKind::List => "listcomp",
            CompKind::Set => "setcomp",
            CompKind::Dict => "dictcomp",
            CompKind::Generator => "genexpr",
        };
        self.enter(BlockType::Function, Rc::from(name), loc.line, Some(c.scope));
        self.cur().comprehension = Some(c.kind);
        if first.is_async {
            self.cur().is_coroutine = true;
        }
        self.add_def(&Rc::from(".0"), DEF_PARAM, loc)?;
        self.cur().comp_iter_target = true;
        self.expr(&first.target)?;
        self.cur().comp_iter_target = false;
        self.exprs(&first.ifs)?;
        for g in &c.generators[1..] {
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            self.cur().comp_iter_target = true;
            self.expr(&g.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
        }
        if let Some(v) = &c.value {
            self.expr(v)?;
        }
        self.expr(&c.elt)?;
        let is_generator = c.kind == CompKind::Generator;
        self.cur().is_generator = is_generator;
        let is_async = self.cur().is_coroutine && !is_generator;
        self.stack.pop();
        if is_async {
            let cur = self.cur();
            let async_def = cur.kind == BlockType::Function && cur.is_coroutine;
            if !async_def && cur.comprehension.is_none() {
                return Err(self.err(
                    "asynchronous comprehension outside of an asynchronous function".into(),
                    loc,
                ));
            }
            cur.is_coroutine = true;
        }
        Ok(())
    }

    /// A walrus inside a comprehension binds in the nearest enclosing
    /// function (or the module), never in the comprehension itself.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        // Entries are looked up by their mangled name (`__x` in a class).
        let private = self.scopes[self.cur_id().0 as usize].private.clone();
        let key = mangle(private.as_ref(), id);
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let ste = &self.scopes[sid.0 as usize];
            if ste.comprehension.is_some() {
                if ste.flags(&key) & DEF_COMP_ITER != 0 {
                    return Err(self.err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                        target.loc,
                    ));
                }
                continue;
            }
            match ste.kind {
                BlockType::Function => {
                    if ste.flags(&key) & DEF_GLOBAL != 0 {
                        self.add_def(id, DEF_GLOBAL, target.loc)?;
                    } else {
                        self.add_def(id, DEF_NONLOCAL, target.loc)?;
                    }
                    return self.add_def_in(sid, id, DEF_LOCAL, target.loc);
                }
                BlockType::Module => {
                    self.add_def(id, DEF_GLOBAL, target.loc)?;
                    return self.add_def_in(sid, id, DEF_GLOBAL, target.loc);
                }
                BlockType::Class => {
                    return Err(self.err(
                        "assignment expression within a comprehension cannot be used in a class body".into(),
                        target.loc,
                    ));
                }
                // A dropped annotation block: the target binds further out.
                BlockType::Annotation => continue,
                BlockType::TypeParams | BlockType::TypeAlias | BlockType::TypeVariable => {
                    let within = match ste.kind {
                        BlockType::TypeParams => "within the definition of a generic",
                        BlockType::TypeAlias => "in a type alias",
                        _ => "in a TypeVar bound",
                    };
                    return Err(self.err(
                        format!(
                            "assignment expression within a comprehension cannot be used {within}"
                        ),
                        target.loc,
                    ));
                }
            }
        }
        Ok(())
    }
}

struct Analyzer<'a> {
    table: &'a mut SymbolTable,
    filename: &'a str,
}

type NameSet = HashSet<Ident>;

impl Analyzer<'_> {
    fn scope(&self, id: ScopeId) -> &Scope {
        &self.table.scopes[id.0 as usize]
    }

    fn scope_mut(&mut self, id: ScopeId) -> &mut Scope {
        &mut self.table.scopes[id.0 as usize]
    }

    fn directive_err(&self, id: ScopeId, msg: String, name: &Ident) -> SyntaxErr {
        let loc = self
            .scope(id)
            .directives
            .iter()
            .find(|(n, _)| n == name)
            .map_or_else(Loc::default, |&(_, loc)| loc);
        SyntaxErr::at(msg, self.filename, loc)
    }

    fn analyze_block(
        &mut self,
        id: ScopeId,
        bound: Option<&mut NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
        type_params: &mut NameSet,
        class_entry: Option<ScopeId>,
    ) -> Result<(), SyntaxErr> {
        let mut local = NameSet::new();
        let mut scopes: HashMap<Ident, SymScope> = HashMap::new();
        let mut newglobal = NameSet::new();
        let mut newfree = NameSet::new();
        let mut newbound = NameSet::new();
        let mut inlined_cells = NameSet::new();
        let kind = self.scope(id).kind;
        let mut bound = bound;

        if kind == BlockType::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
        }

        let names: Vec<(Ident, u32)> = self
            .scope(id)
            .symbols
            .iter()
            .map(|s| (s.name.clone(), s.flags))
            .collect();
        for (name, flags) in names {
            self.analyze_name(
                id,
                &mut scopes,
                &name,
                flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
                type_params,
                class_entry,
            )?;
        }
        let function_like = self.scope(id).is_function_like();

        if kind != BlockType::Class {
            if function_like {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert(Rc::from("__class__"));
            newbound.insert(Rc::from("__classdict__"));
        }

        let children = self.scope(id).children.clone();
        for child in children {
            let mut temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            let mut temp_type_params = type_params.clone();
            let child_class_entry = if !self.scope(child).can_see_class_scope {
                None
            } else if kind == BlockType::Class {
                Some(id)
            } else {
                class_entry
            };
            self.analyze_block(
                child,
                Some(&mut temp_bound),
                &mut temp_free,
                &mut temp_global,
                &mut temp_type_params,
                child_class_entry,
            )?;
            let c = self.scope(child);
            // Annotation scopes that see a class keep their comprehensions.
            let inline =
                c.comprehension.is_some() && !c.is_generator && !self.scope(id).can_see_class_scope;
            if inline {
                self.inline_comprehension(
                    id,
                    child,
                    &mut scopes,
                    &mut temp_free,
                    &mut inlined_cells,
                );
                self.scope_mut(child).comp_inlined = true;
            }
            newfree.extend(temp_free);
        }

        // Children of inlined comprehensions become our children.
        let mut spliced = Vec::new();
        for &child in &self.scope(id).children {
            let c = self.scope(child);
            if c.comp_inlined {
                spliced.extend(c.children.iter().copied());
            } else {
                spliced.push(child);
            }
        }
        self.scope_mut(id).children = spliced;

        if function_like {
            // Locals captured by inner blocks become cells.
            for (name, sc) in scopes.iter_mut() {
                if *sc != SymScope::Local {
                    continue;
                }
                if newfree.contains(name) || inlined_cells.contains(name) {
                    *sc = SymScope::Cell;
                    newfree.remove(name);
                }
            }
        } else if kind == BlockType::Class {
            if newfree.remove("__class__") {
                self.scope_mut(id).needs_class_closure = true;
            }
            if newfree.remove("__classdict__") {
                self.scope_mut(id).needs_classdict = true;
            }
        }

        self.update_symbols(
            id,
            &scopes,
            bound.as_deref(),
            &newfree,
            &inlined_cells,
            kind == BlockType::Class || self.scope(id).can_see_class_scope,
        );
        free.extend(newfree);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: ScopeId,
        scopes: &mut HashMap<Ident, SymScope>,
        name: &Ident,
        flags: u32,
        bound: Option<&mut NameSet>,
        local: &mut NameSet,
        free: &mut NameSet,
        global: &mut NameSet,
        type_params: &mut NameSet,
        class_entry: Option<ScopeId>,
    ) -> Result<(), SyntaxErr> {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(self.directive_err(
                    id,
                    format!("name '{name}' is nonlocal and global"),
                    name,
                ));
            }
            scopes.insert(name.clone(), SymScope::GlobalExplicit);
            global.insert(name.clone());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(());
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(self.directive_err(
                    id,
                    "nonlocal declaration not allowed at module level".into(),
                    name,
                ));
            };
            if !b.contains(name) {
                return Err(self.directive_err(
                    id,
                    format!("no binding for nonlocal '{name}' found"),
                    name,
                ));
            }
            if type_params.contains(name) {
                return Err(self.directive_err(
                    id,
                    format!("nonlocal binding not allowed for type parameter '{name}'"),
                    name,
                ));
            }
            scopes.insert(name.clone(), SymScope::Free);
            self.scope_mut(id).has_free = true;
            free.insert(name.clone());
            return Ok(());
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.clone(), SymScope::Local);
            local.insert(name.clone());
            global.remove(name);
            if flags & DEF_TYPE_PARAM != 0 {
                type_params.insert(name.clone());
            } else {
                type_params.remove(name);
            }
            return Ok(());
        }
        // An annotation scope in a class reads names the class binds from
        // the class namespace (then the globals), not from outer functions.
        if let Some(c) = class_entry {
            let class_flags = self.scope(c).flags(name);
            if class_flags & DEF_GLOBAL != 0 {
                scopes.insert(name.clone(), SymScope::GlobalExplicit);
                return Ok(());
            }
            if class_flags & DEF_BOUND != 0 && class_flags & DEF_NONLOCAL == 0 {
                scopes.insert(name.clone(), SymScope::GlobalImplicit);
                return Ok(());
            }
        }
        if let Some(b) = bound.as_deref() {
            if b.contains(name) {
                scopes.insert(name.clone(), SymScope::Free);
                self.scope_mut(id).has_free = true;
                free.insert(name.clone());
                return Ok(());
            }
        }
        if global.contains(name) {
            scopes.insert(name.clone(), SymScope::GlobalImplicit);
            return Ok(());
        }
        if self.scope(id).nested {
            self.scope_mut(id).has_free = true;
        }
        scopes.insert(name.clone(), SymScope::GlobalImplicit);
        Ok(())
    }

    fn inline_comprehension(
        &mut self,
        parent: ScopeId,
        comp: ScopeId,
        scopes: &mut HashMap<Ident, SymScope>,
        comp_free: &mut NameSet,
        inlined_cells: &mut NameSet,
    ) {
        let mut remove_dunder_class = false;
        let syms: Vec<Symbol> = self.scope(comp).symbols.clone();
        let parent_is_class = self.scope(parent).kind == BlockType::Class;
        for sym in syms {
            if sym.flags & DEF_PARAM != 0 {
                continue;
            }
            let mut scope = sym.scope;
            if scope == SymScope::Cell || sym.flags & DEF_COMP_CELL != 0 {
                inlined_cells.insert(sym.name.clone());
            }
            if scope == SymScope::Free && parent_is_class && &*sym.name == "__class__" {
                scope = SymScope::GlobalImplicit;
                comp_free.remove("__class__");
                remove_dunder_class = true;
            }
            let existing = self.scope(parent).lookup(&sym.name).map(|s| s.flags);
            match existing {
                None => {
                    self.scope_mut(parent).set_flags(&sym.name, sym.flags);
                    scopes.insert(sym.name.clone(), scope);
                }
                Some(flags) => {
                    if flags & DEF_BOUND != 0
                        && !self.is_free_in_any_child(comp, &sym.name)
                        && !parent_is_class
                    {
                        comp_free.remove(&sym.name);
                    }
                }
            }
        }
        let has_free = !comp_free.is_empty();
        let c = self.scope_mut(comp);
        c.has_free = has_free;
        if remove_dunder_class {
            c.remove("__class__");
        }
    }

    fn is_free_in_any_child(&self, comp: ScopeId, name: &str) -> bool {
        self.scope(comp)
            .children
            .iter()
            .any(|&c| self.scope(c).scope_of(name) == Some(SymScope::Free))
    }

    fn update_symbols(
        &mut self,
        id: ScopeId,
        scopes: &HashMap<Ident, SymScope>,
        bound: Option<&NameSet>,
        free: &NameSet,
        inlined_cells: &NameSet,
        classflag: bool,
    ) {
        let ste = self.scope_mut(id);
        for sym in ste.symbols.iter_mut() {
            if inlined_cells.contains(&sym.name) {
                sym.flags |= DEF_COMP_CELL;
            }
            sym.scope = scopes[&sym.name];
        }
        // Free variables of children that pass through this block. CPython
        // walks a set here; the order of new symbols is irrelevant because
        // every consumer sorts or looks them up by name.
        let mut names: Vec<&Ident> = free.iter().collect();
        names.sort();
        for name in names {
            if let Some(&i) = ste.index.get(name) {
                if classflag {
                    ste.symbols[i].flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = bound {
                if !b.contains(name) {
                    continue;
                }
            }
            ste.set_flags(name, 0);
            let i = ste.index[name];
            ste.symbols[i].scope = SymScope::Free;
        }
    }
}
