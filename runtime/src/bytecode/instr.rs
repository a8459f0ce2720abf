//! The register instruction set.
//!
//! Every operand is a register of the current frame. In `fast` code each
//! local variable *is* a register, so reading or writing a local costs no
//! instruction; cells and free variables are registers holding cell
//! objects (`LoadDeref`/`StoreDeref`); constants are registers filled when
//! the frame starts. In `name` code variables are reached through the
//! namespace dicts by name (`LoadName`...), which is the cost `slotpy dis`
//! makes visible.

use crate::frontend::ast::{BinOp, CmpOp};

/// A frame register.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Reg(pub u16);

impl Reg {
    /// "No register" for optional operands.
    pub const NONE: Reg = Reg(u16::MAX);

    pub fn is_none(self) -> bool {
        self == Reg::NONE
    }

    pub fn idx(self) -> usize {
        self.0 as usize
    }

    /// The `i`-th register of a window starting here.
    pub fn offset(self, i: usize) -> Reg {
        Reg(self.0 + i as u16)
    }
}

/// An index into the code object's constants.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ConstIdx(pub u32);

/// An index into the code object's names (namespace keys and attributes).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct NameIdx(pub u32);

/// An instruction index (jump target).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Label(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOpKind {
    Neg,
    Pos,
    Invert,
}

/// Which kind of `raise`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RaiseKind {
    /// `raise` with no operand: re-raise the exception being handled.
    Reraise,
    /// `raise exc` (cause is `Reg::NONE`) or `raise exc from cause`.
    Raise,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Instr {
    Nop,
    Move {
        dst: Reg,
        src: Reg,
    },

    // ---- namespaces by name (the `name` tier) ----
    /// Locals mapping, then globals, then builtins (CPython's LOAD_NAME).
    LoadName {
        dst: Reg,
        name: NameIdx,
    },
    StoreName {
        name: NameIdx,
        src: Reg,
    },
    DeleteName {
        name: NameIdx,
    },
    /// A local of a function compiled with `--tier=name`: the per-call
    /// locals dict only, UnboundLocalError when absent.
    LoadLocal {
        dst: Reg,
        name: NameIdx,
    },
    StoreLocal {
        name: NameIdx,
        src: Reg,
    },
    DeleteLocal {
        name: NameIdx,
    },
    /// Globals dict, then builtins (CPython's LOAD_GLOBAL).
    LoadGlobal {
        dst: Reg,
        name: NameIdx,
    },
    StoreGlobal {
        name: NameIdx,
        src: Reg,
    },
    DeleteGlobal {
        name: NameIdx,
    },
    /// A free name of a class body: the class namespace first, then the
    /// enclosing cell (CPython's LOAD_FROM_DICT_OR_DEREF).
    LoadClassDeref {
        dst: Reg,
        name: NameIdx,
        cell: Reg,
    },

    // ---- cells ----
    LoadDeref {
        dst: Reg,
        cell: Reg,
    },
    StoreDeref {
        cell: Reg,
        src: Reg,
    },
    DeleteDeref {
        cell: Reg,
    },

    // ---- fast locals ----
    /// Raises UnboundLocalError if the local is unbound. Emitted only where
    /// flow analysis cannot prove the variable assigned.
    CheckBound {
        reg: Reg,
    },
    DeleteFast {
        reg: Reg,
    },
    /// Unbinds a register without checks (saving and restoring the
    /// variables of an inlined comprehension).
    Clear {
        reg: Reg,
    },

    // ---- operators ----
    Binary {
        op: BinOp,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    },
    /// Augmented assignment: tries `__iadd__` and friends first.
    InPlace {
        op: BinOp,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    },
    Unary {
        op: UnaryOpKind,
        dst: Reg,
        src: Reg,
    },
    Not {
        dst: Reg,
        src: Reg,
    },
    /// A rich comparison (`==`, `<`...) or `is`/`in` and their negations.
    Compare {
        op: CmpOp,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    },

    // ---- control flow ----
    Jump {
        target: Label,
    },
    JumpIfTrue {
        cond: Reg,
        target: Label,
    },
    JumpIfFalse {
        cond: Reg,
        target: Label,
    },
    /// Compare and branch when the comparison is false (loop and `if`
    /// conditions): saves materialising a bool.
    CompareJumpIfFalse {
        op: CmpOp,
        lhs: Reg,
        rhs: Reg,
        target: Label,
    },
    GetIter {
        dst: Reg,
        src: Reg,
    },
    /// Next item of `iter` into `dst`, or jump to `exit` when exhausted.
    /// The backward jump to this instruction is a loop back-edge.
    ForIter {
        iter: Reg,
        dst: Reg,
        exit: Label,
    },
    Return {
        src: Reg,
    },

    // ---- building ----
    BuildList {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    BuildTuple {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    BuildSet {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    /// A dict from `count` key/value pairs in consecutive registers.
    BuildMap {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    BuildSlice {
        dst: Reg,
        start: Reg,
    },
    /// Concatenates `count` str registers (f-strings).
    BuildString {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    /// `format(src, spec)` after an optional `!s`/`!r`/`!a` conversion.
    FormatValue {
        dst: Reg,
        src: Reg,
        conv: u8,
        spec: Reg,
    },
    ListAppend {
        list: Reg,
        item: Reg,
    },
    /// `[*src]`, or `f(*src)` when `func` is set (for its error message).
    ListExtend {
        list: Reg,
        src: Reg,
        func: Reg,
    },
    SetAdd {
        set: Reg,
        item: Reg,
    },
    SetUpdate {
        set: Reg,
        src: Reg,
    },
    DictInsert {
        dict: Reg,
        key: Reg,
        value: Reg,
    },
    /// `{**src}`: merge a mapping into a dict.
    DictUpdate {
        dict: Reg,
        src: Reg,
    },
    /// `f(**src)`: like `DictUpdate` but duplicate keys are an error.
    DictMerge {
        dict: Reg,
        src: Reg,
        func: Reg,
    },
    ListToTuple {
        dst: Reg,
        src: Reg,
    },
    /// Unpacks exactly `count` items into consecutive registers.
    UnpackSequence {
        src: Reg,
        dst: Reg,
        count: u16,
    },
    /// Star unpacking: `before` items, a list, then `after` items.
    UnpackEx {
        src: Reg,
        dst: Reg,
        before: u8,
        after: u8,
    },

    // ---- attributes and items ----
    GetAttr {
        dst: Reg,
        obj: Reg,
        name: NameIdx,
    },
    SetAttr {
        obj: Reg,
        name: NameIdx,
        src: Reg,
    },
    DelAttr {
        obj: Reg,
        name: NameIdx,
    },
    GetItem {
        dst: Reg,
        obj: Reg,
        key: Reg,
    },
    SetItem {
        obj: Reg,
        key: Reg,
        src: Reg,
    },
    DelItem {
        obj: Reg,
        key: Reg,
    },

    // ---- calls ----
    /// `func(args...)` with `argc` positional arguments in consecutive
    /// registers starting at `args`.
    Call {
        dst: Reg,
        func: Reg,
        args: Reg,
        argc: u16,
    },
    /// Like `Call`, but the last `len(kwnames)` arguments are keywords
    /// named by the tuple constant `kwnames`.
    CallKw {
        dst: Reg,
        func: Reg,
        args: Reg,
        argc: u16,
        kwnames: ConstIdx,
    },
    /// `func(*args, **kwargs)`: a tuple and a dict (or `Reg::NONE`).
    CallEx {
        dst: Reg,
        func: Reg,
        args: Reg,
        kwargs: Reg,
    },
    /// `obj.name(args...)` without creating a bound method.
    CallMethod {
        dst: Reg,
        obj: Reg,
        name: NameIdx,
        args: Reg,
        argc: u16,
    },

    // ---- definitions ----
    /// Creates a function from a code constant. `extra` starts consecutive
    /// registers holding, in order and only when the flag is set: the
    /// defaults tuple (1), the keyword-defaults dict (2), the annotations
    /// dict (4), the closure tuple of cells (8).
    MakeFunction {
        dst: Reg,
        code: ConstIdx,
        extra: Reg,
        flags: u8,
    },
    LoadBuildClass {
        dst: Reg,
    },
    /// The frame's namespace mapping (class bodies read `__name__` and
    /// store `__classcell__` through it).
    LoadLocals {
        dst: Reg,
    },

    // ---- exceptions ----
    Raise {
        kind: RaiseKind,
        exc: Reg,
        cause: Reg,
    },
    /// Re-raises `exc` without adding a traceback entry (end of a handler
    /// that did not match, or of a `finally` entered by an exception).
    Reraise {
        exc: Reg,
    },
    /// Entering an except/finally handler: `exc` becomes the exception
    /// being handled (`sys.exc_info()`, bare `raise`, `__context__`).
    PushExcInfo {
        exc: Reg,
    },
    PopExcInfo,
    /// `isinstance(exc, typ)` for an `except typ:` clause, validating `typ`.
    CheckExcMatch {
        dst: Reg,
        exc: Reg,
        typ: Reg,
    },
    RaiseAssert {
        msg: Reg,
    },

    // ---- modules ----
    ImportName {
        dst: Reg,
        name: NameIdx,
        fromlist: Reg,
        level: u16,
    },
    ImportFrom {
        dst: Reg,
        module: Reg,
        name: NameIdx,
    },
    ImportStar {
        module: Reg,
    },
    SetupAnnotations,
    /// `sys.displayhook(src)` for expression statements in `single` mode.
    PrintExpr {
        src: Reg,
    },

    /// `with`: looks up `__enter__`/`__exit__` on `mgr`'s type, stores the
    /// bound `__exit__` in `exit` and the result of `__enter__()` in `value`.
    WithEnter {
        exit: Reg,
        value: Reg,
        mgr: Reg,
    },
    /// Calls the bound `__exit__` with `exc`'s type, value and traceback
    /// (or three Nones when `exc` is `Reg::NONE`); the result into `dst`.
    WithExit {
        dst: Reg,
        exit: Reg,
        exc: Reg,
    },
    /// Puts a new empty cell in `reg` (inlined comprehensions whose
    /// variables are captured get a fresh cell per run).
    MakeCell {
        reg: Reg,
    },

    // ---- pattern matching ----
    /// Whether `subj` is a sequence for `match` (not str/bytes/dict).
    MatchSequence {
        dst: Reg,
        subj: Reg,
    },
    MatchMapping {
        dst: Reg,
        subj: Reg,
    },
    /// A tuple of `subj[k]` for the keys in the tuple `keys`, or None if
    /// a key is missing.
    MatchKeys {
        dst: Reg,
        subj: Reg,
        keys: Reg,
    },
    /// A tuple of the attributes a class pattern extracts (`nargs`
    /// positional through `__match_args__`, then the names in `kwnames`),
    /// or None when `subj` is not an instance of `cls`.
    MatchClass {
        dst: Reg,
        subj: Reg,
        cls: Reg,
        nargs: u16,
        kwnames: ConstIdx,
    },
    /// A dict copy of the mapping `src` without the keys in tuple `keys`.
    CopyDictWithout {
        dst: Reg,
        src: Reg,
        keys: Reg,
    },
    GetLen {
        dst: Reg,
        src: Reg,
    },

    // ---- generators ----
    Yield {
        dst: Reg,
        src: Reg,
    },
    /// Delegates to a sub-iterator; `dst` receives its return value.
    YieldFrom {
        dst: Reg,
        iter: Reg,
    },
}

impl Instr {
    /// Calls `f` on every register operand (for renumbering).
    pub fn for_each_reg(&mut self, mut f: impl FnMut(&mut Reg)) {
        use Instr::*;
        macro_rules! regs { ($($r:expr),*) => {{ $( if !$r.is_none() { f($r); } )* }}; }
        match self {
            Nop | PopExcInfo | SetupAnnotations => {}
            DeleteName { .. } | DeleteLocal { .. } | DeleteGlobal { .. } | Jump { .. } => {}
            Move { dst, src } => regs!(dst, src),
            LoadName { dst, .. } | LoadLocal { dst, .. } | LoadGlobal { dst, .. } => regs!(dst),
            StoreName { src, .. } | StoreLocal { src, .. } | StoreGlobal { src, .. } => regs!(src),
            LoadClassDeref { dst, cell, .. } => regs!(dst, cell),
            LoadDeref { dst, cell } => regs!(dst, cell),
            StoreDeref { cell, src } => regs!(cell, src),
            DeleteDeref { cell } => regs!(cell),
            CheckBound { reg } | DeleteFast { reg } | Clear { reg } => regs!(reg),
            Binary { dst, lhs, rhs, .. } | InPlace { dst, lhs, rhs, .. } => regs!(dst, lhs, rhs),
            Compare { dst, lhs, rhs, .. } => regs!(dst, lhs, rhs),
            Unary { dst, src, .. } | Not { dst, src } => regs!(dst, src),
            JumpIfTrue { cond, .. } | JumpIfFalse { cond, .. } => regs!(cond),
            CompareJumpIfFalse { lhs, rhs, .. } => regs!(lhs, rhs),
            GetIter { dst, src } => regs!(dst, src),
            ForIter { iter, dst, .. } => regs!(iter, dst),
            Return { src } => regs!(src),
            BuildList { dst, start, .. }
            | BuildTuple { dst, start, .. }
            | BuildSet { dst, start, .. }
            | BuildMap { dst, start, .. }
            | BuildString { dst, start, .. } => regs!(dst, start),
            BuildSlice { dst, start } => regs!(dst, start),
            FormatValue { dst, src, spec, .. } => regs!(dst, src, spec),
            ListAppend { list, item } => regs!(list, item),
            ListExtend { list, src, func } => regs!(list, src, func),
            SetAdd { set, item } => regs!(set, item),
            SetUpdate { set, src } => regs!(set, src),
            DictInsert { dict, key, value } => regs!(dict, key, value),
            DictUpdate { dict, src } => regs!(dict, src),
            DictMerge { dict, src, func } => regs!(dict, src, func),
            ListToTuple { dst, src } => regs!(dst, src),
            UnpackSequence { src, dst, .. } | UnpackEx { src, dst, .. } => regs!(src, dst),
            GetAttr { dst, obj, .. } => regs!(dst, obj),
            SetAttr { obj, src, .. } => regs!(obj, src),
            DelAttr { obj, .. } => regs!(obj),
            GetItem { dst, obj, key } => regs!(dst, obj, key),
            SetItem { obj, key, src } => regs!(obj, key, src),
            DelItem { obj, key } => regs!(obj, key),
            Call {
                dst, func, args, ..
            }
            | CallKw {
                dst, func, args, ..
            } => regs!(dst, func, args),
            CallEx {
                dst,
                func,
                args,
                kwargs,
            } => regs!(dst, func, args, kwargs),
            CallMethod { dst, obj, args, .. } => regs!(dst, obj, args),
            MakeFunction { dst, extra, .. } => regs!(dst, extra),
            LoadBuildClass { dst } | LoadLocals { dst } => regs!(dst),
            Raise { exc, cause, .. } => regs!(exc, cause),
            Reraise { exc } | PushExcInfo { exc } => regs!(exc),
            CheckExcMatch { dst, exc, typ } => regs!(dst, exc, typ),
            RaiseAssert { msg } => regs!(msg),
            ImportName { dst, fromlist, .. } => regs!(dst, fromlist),
            ImportFrom { dst, module, .. } => regs!(dst, module),
            ImportStar { module } => regs!(module),
            PrintExpr { src } => regs!(src),
            WithEnter { exit, value, mgr } => regs!(exit, value, mgr),
            WithExit { dst, exit, exc } => regs!(dst, exit, exc),
            MakeCell { reg } => regs!(reg),
            MatchSequence { dst, subj } | MatchMapping { dst, subj } => regs!(dst, subj),
            MatchKeys { dst, subj, keys } => regs!(dst, subj, keys),
            MatchClass { dst, subj, cls, .. } => regs!(dst, subj, cls),
            CopyDictWithout { dst, src, keys } => regs!(dst, src, keys),
            GetLen { dst, src } => regs!(dst, src),
            Yield { dst, src } => regs!(dst, src),
            YieldFrom { dst, iter } => regs!(dst, iter),
        }
    }

    /// Calls `f` on every register this instruction reads, register
    /// windows (call arguments, container items...) included. The JIT's
    /// liveness analysis relies on this being complete: a missed read
    /// would let native code treat a live register as dead.
    pub fn for_each_read(&self, mut f: impl FnMut(Reg)) {
        use Instr::*;
        let mut one = |r: Reg| {
            if !r.is_none() {
                f(r)
            }
        };
        macro_rules! window {
            ($start:expr, $n:expr) => {
                for i in 0..$n as usize {
                    one($start.offset(i));
                }
            };
        }
        match *self {
            Nop | PopExcInfo | SetupAnnotations | Jump { .. } => {}
            DeleteName { .. } | DeleteLocal { .. } | DeleteGlobal { .. } => {}
            LoadName { .. } | LoadLocal { .. } | LoadGlobal { .. } => {}
            LoadBuildClass { .. } | LoadLocals { .. } | Clear { .. } | MakeCell { .. } => {}
            Move { src, .. } => one(src),
            StoreName { src, .. } | StoreLocal { src, .. } | StoreGlobal { src, .. } => one(src),
            LoadClassDeref { cell, .. } | LoadDeref { cell, .. } | DeleteDeref { cell } => {
                one(cell)
            }
            StoreDeref { cell, src } => {
                one(cell);
                one(src)
            }
            CheckBound { reg } | DeleteFast { reg } => one(reg),
            Binary { lhs, rhs, .. }
            | InPlace { lhs, rhs, .. }
            | Compare { lhs, rhs, .. }
            | CompareJumpIfFalse { lhs, rhs, .. } => {
                one(lhs);
                one(rhs)
            }
            Unary { src, .. } | Not { src, .. } | GetIter { src, .. } => one(src),
            JumpIfTrue { cond, .. } | JumpIfFalse { cond, .. } => one(cond),
            ForIter { iter, .. } => one(iter),
            Return { src } => one(src),
            BuildList { start, count, .. }
            | BuildTuple { start, count, .. }
            | BuildSet { start, count, .. }
            | BuildString { start, count, .. } => window!(start, count),
            BuildMap { start, count, .. } => window!(start, count * 2),
            BuildSlice { start, .. } => window!(start, 3),
            FormatValue { src, spec, .. } => {
                one(src);
                one(spec)
            }
            ListAppend { list, item } => {
                one(list);
                one(item)
            }
            ListExtend { list, src, func } => {
                one(list);
                one(src);
                one(func)
            }
            SetAdd { set, item } => {
                one(set);
                one(item)
            }
            SetUpdate { set, src } => {
                one(set);
                one(src)
            }
            DictInsert { dict, key, value } => {
                one(dict);
                one(key);
                one(value)
            }
            DictUpdate { dict, src } => {
                one(dict);
                one(src)
            }
            DictMerge { dict, src, func } => {
                one(dict);
                one(src);
                one(func)
            }
            ListToTuple { src, .. } | UnpackSequence { src, .. } | UnpackEx { src, .. } => one(src),
            GetAttr { obj, .. } | DelAttr { obj, .. } => one(obj),
            SetAttr { obj, src, .. } => {
                one(obj);
                one(src)
            }
            GetItem { obj, key, .. } | DelItem { obj, key } => {
                one(obj);
                one(key)
            }
            SetItem { obj, key, src } => {
                one(obj);
                one(key);
                one(src)
            }
            Call {
                func, args, argc, ..
            }
            | CallKw {
                func, args, argc, ..
            } => {
                one(func);
                window!(args, argc)
            }
            CallEx {
                func, args, kwargs, ..
            } => {
                one(func);
                one(args);
                one(kwargs)
            }
            CallMethod {
                obj, args, argc, ..
            } => {
                one(obj);
                window!(args, argc)
            }
            MakeFunction { extra, flags, .. } => window!(extra, flags.count_ones()),
            Raise { exc, cause, .. } => {
                one(exc);
                one(cause)
            }
            Reraise { exc } | PushExcInfo { exc } => one(exc),
            CheckExcMatch { exc, typ, .. } => {
                one(exc);
                one(typ)
            }
            RaiseAssert { msg } => one(msg),
            ImportName { fromlist, .. } => one(fromlist),
            ImportFrom { module, .. } | ImportStar { module } => one(module),
            PrintExpr { src } => one(src),
            WithEnter { mgr, .. } => one(mgr),
            WithExit { exit, exc, .. } => {
                one(exit);
                one(exc)
            }
            MatchSequence { subj, .. } | MatchMapping { subj, .. } => one(subj),
            MatchKeys { subj, keys, .. }
            | CopyDictWithout {
                src: subj, keys, ..
            } => {
                one(subj);
                one(keys)
            }
            MatchClass { subj, cls, .. } => {
                one(subj);
                one(cls)
            }
            GetLen { src, .. } => one(src),
            Yield { src, .. } => one(src),
            // The value sent in arrives in `dst` before the step.
            YieldFrom { dst, iter } => {
                one(dst);
                one(iter)
            }
        }
    }

    /// The jump target, if this instruction can branch.
    pub fn target_mut(&mut self) -> Option<&mut Label> {
        use Instr::*;
        match self {
            Jump { target }
            | JumpIfTrue { target, .. }
            | JumpIfFalse { target, .. }
            | CompareJumpIfFalse { target, .. } => Some(target),
            ForIter { exit, .. } => Some(exit),
            _ => None,
        }
    }

    /// The single register this instruction writes, if any (windows such
    /// as `UnpackSequence` targets are temporaries and not reported).
    pub fn dst(&self) -> Option<Reg> {
        use Instr::*;
        match *self {
            Move { dst, .. }
            | LoadName { dst, .. }
            | LoadLocal { dst, .. }
            | LoadGlobal { dst, .. }
            | LoadClassDeref { dst, .. }
            | LoadDeref { dst, .. }
            | Binary { dst, .. }
            | InPlace { dst, .. }
            | Unary { dst, .. }
            | Not { dst, .. }
            | Compare { dst, .. }
            | GetIter { dst, .. }
            | ForIter { dst, .. }
            | BuildList { dst, .. }
            | BuildTuple { dst, .. }
            | BuildSet { dst, .. }
            | BuildMap { dst, .. }
            | BuildSlice { dst, .. }
            | BuildString { dst, .. }
            | FormatValue { dst, .. }
            | ListToTuple { dst, .. }
            | GetAttr { dst, .. }
            | GetItem { dst, .. }
            | Call { dst, .. }
            | CallKw { dst, .. }
            | CallEx { dst, .. }
            | CallMethod { dst, .. }
            | MakeFunction { dst, .. }
            | LoadBuildClass { dst }
            | LoadLocals { dst }
            | CheckExcMatch { dst, .. }
            | ImportName { dst, .. }
            | ImportFrom { dst, .. }
            | WithExit { dst, .. }
            | MatchSequence { dst, .. }
            | MatchMapping { dst, .. }
            | MatchKeys { dst, .. }
            | MatchClass { dst, .. }
            | CopyDictWithout { dst, .. }
            | GetLen { dst, .. }
            | Yield { dst, .. }
            | YieldFrom { dst, .. } => Some(dst),
            WithEnter { value, .. } => Some(value),
            MakeCell { reg } => Some(reg),
            _ => None,
        }
    }

    /// Calls `f` on every register this instruction writes, windows
    /// included.
    pub fn for_each_write(&self, mut f: impl FnMut(Reg)) {
        match *self {
            Instr::UnpackSequence { dst, count, .. } => {
                (0..count as usize).for_each(|i| f(dst.offset(i)))
            }
            Instr::UnpackEx {
                dst, before, after, ..
            } => (0..before as usize + after as usize + 1).for_each(|i| f(dst.offset(i))),
            Instr::WithEnter { exit, value, .. } => {
                f(exit);
                f(value);
            }
            _ => {
                if let Some(d) = self.dst() {
                    f(d);
                }
            }
        }
    }

    pub fn target(&self) -> Option<Label> {
        let mut copy = *self;
        copy.target_mut().map(|l| *l)
    }

    /// Control never falls through to the next instruction.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Instr::Jump { .. }
                | Instr::Return { .. }
                | Instr::Raise { .. }
                | Instr::Reraise { .. }
                | Instr::RaiseAssert { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn instr_is_small() {
        // The interpreter copies operands out of instructions; keep them
        // within two words plus the tag.
        assert!(
            std::mem::size_of::<super::Instr>() <= 16,
            "{}",
            std::mem::size_of::<super::Instr>()
        );
    }
}
