//! What native code may assume about a loop: its instructions, which
//! registers are live at the header, the machine type each register keeps
//! for the whole loop, and which range iterators it can count in machine
//! registers.

use slotpy_runtime::bytecode::{CodeObject, Instr, Reg, UnaryOpKind};
use slotpy_runtime::frontend::ast::{BinOp, CmpOp};
use slotpy_runtime::jit_iface::{is_list_iter, is_range_iter, LoopRequest};
use slotpy_runtime::objects::PyDict;
use slotpy_runtime::value::Value;
use std::rc::Rc;

/// The type a register keeps throughout the compiled loop.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ty {
    /// Never written in the loop and not live at its header.
    Bottom,
    /// An `int` in an i64 machine register.
    Int,
    /// A `float` in an f64 machine register.
    Float,
    /// A `bool` as 0 or 1 in an i64 machine register.
    Bool,
    /// Any value, kept in the frame's memory and handled by helpers.
    Boxed,
    /// A temporary holding the global (or module attribute) of
    /// [`Analysis::known`] at this index, known at compile time and
    /// guarded: it needs no machine register, and is written to the frame
    /// only where something else may read it.
    Known(u16),
}

impl Ty {
    pub fn is_unboxed(self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool)
    }

    pub fn is_known(self) -> bool {
        matches!(self, Ty::Known(_))
    }

    /// A small number per type, for keying variables.
    pub fn key(self) -> u32 {
        match self {
            Ty::Bottom => 0,
            Ty::Int => 1,
            Ty::Float => 2,
            Ty::Bool => 3,
            Ty::Boxed => 4,
            Ty::Known(k) => 5 + k as u32,
        }
    }

    fn join(self, other: Ty) -> Ty {
        match (self, other) {
            (Ty::Bottom, t) | (t, Ty::Bottom) => t,
            (a, b) if a == b => a,
            _ => Ty::Boxed,
        }
    }

    /// The type of an inline value; `Boxed` for anything else.
    pub fn of(v: &Value) -> Ty {
        match v {
            Value::Int(_) => Ty::Int,
            Value::Float(_) => Ty::Float,
            Value::Bool(_) => Ty::Bool,
            _ => Ty::Boxed,
        }
    }
}

/// An iterator native code advances itself (keeping its state in machine
/// registers while the loop runs).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    /// Over a range of small ints: next value, items left, step.
    Range,
    /// Over a list: the list and the next index.
    List,
}

/// A value native code knows at compile time, with the guards that keep
/// it true: each dict watch counter (see `PyDict::watch`) must still hold
/// the recorded count.
pub struct Known {
    pub value: Value,
    pub guards: Vec<(*const u64, u64)>,
}

/// A built-in function native code computes itself.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Intrinsic {
    Abs,
    Min,
    Max,
    Sqrt,
    Fabs,
}

/// What a call whose callee is known does natively.
#[derive(Clone)]
pub enum CallTarget {
    Intrinsic(Intrinsic),
    /// A small pure function whose body is lowered in place.
    Inline(Rc<CodeObject>),
}

/// A constant register holding an inline value: native code uses the
/// value itself.
#[derive(Clone, Copy, Debug)]
pub enum Const {
    Int(i64),
    Float(f64),
    Bool(bool),
}

pub struct Analysis {
    pub header: usize,
    pub end: usize,
    pub ty: Vec<Ty>,
    /// Registers read in the loop before being written there, at the header.
    pub live_in: Vec<bool>,
    pub konst: Vec<Option<Const>>,
    /// Iterators native code advances itself.
    pub virt: Vec<Option<IterKind>>,
    /// Typed registers whose type is checked (and value loaded) at entry:
    /// the live ones, and variables that already hold a value of their
    /// loop type. Their tag is a constant in native code.
    pub entry_guard: Vec<bool>,
    /// Typed registers whose tag native code tracks: variables that may
    /// still hold something else (or nothing) until the loop writes them,
    /// which must be written back unchanged if the loop exits first.
    pub tag_var: Vec<bool>,
    /// Registers live at each instruction of the loop.
    pub live: Vec<Vec<bool>>,
    /// Registers live at each instruction of the whole code object.
    pub live_all: Vec<Vec<bool>>,
    /// Types of temporaries at each instruction (`Bottom`: not live or
    /// not written in this run of the loop); flow-insensitive `ty` holds
    /// `Boxed` for the temporaries that are always boxed.
    pub temp_in: Vec<Vec<Ty>>,
    /// The registers each instruction writes, with the types written.
    pub writes: Vec<Vec<(Reg, Ty)>>,
    /// Registers below this index are named variables.
    pub nnamed: usize,
    /// Values known at compile time (`Ty::Known` indexes this), and which
    /// `LoadGlobal` produces each.
    pub known: Vec<Known>,
    pub known_at: std::collections::HashMap<usize, u16>,
    /// Whether any guard relies on the frame's globals and builtins.
    pub uses_globals: bool,
}

impl Analysis {
    pub fn in_region(&self, pc: usize) -> bool {
        (self.header..=self.end).contains(&pc)
    }

    /// Named variables native code keeps in machine registers.
    pub fn unboxed_regs(&self) -> impl Iterator<Item = Reg> + '_ {
        (0..self.ty.len())
            .filter(|&r| self.is_named(r) && self.ty[r].is_unboxed() && self.konst[r].is_none())
            .map(|r| Reg(r as u16))
    }

    pub fn is_named(&self, r: usize) -> bool {
        r < self.nnamed
    }

    /// A temporary typed per instruction.
    pub fn is_flow_temp(&self, r: usize) -> bool {
        !self.is_named(r) && self.konst[r].is_none() && self.ty[r] != Ty::Boxed
    }

    /// The type of register `r` as instruction `pc` reads it.
    pub fn ty_at(&self, pc: usize, r: Reg) -> Ty {
        let r = r.idx();
        if self.is_flow_temp(r) {
            match self.temp_in[pc - self.header][r] {
                Ty::Bottom => Ty::Boxed,
                t => t,
            }
        } else {
            self.ty[r]
        }
    }

    /// The type instruction `pc` writes to `r`.
    pub fn def_ty(&self, pc: usize, r: Reg) -> Ty {
        if !self.is_flow_temp(r.idx()) {
            return self.ty[r.idx()];
        }
        self.writes[pc - self.header]
            .iter()
            .find(|(w, _)| *w == r)
            .map_or(Ty::Boxed, |&(_, t)| t)
    }

    /// Typed temporaries live at instruction `pc`, with their types.
    pub fn live_temps(&self, pc: usize) -> Vec<(Reg, Ty)> {
        let i = pc - self.header;
        (0..self.ty.len())
            .filter(|&r| {
                let t = self.temp_in[i][r];
                self.is_flow_temp(r) && self.live[i][r] && (t.is_unboxed() || t.is_known())
            })
            .map(|r| (Reg(r as u16), self.temp_in[i][r]))
            .collect()
    }

    pub fn virt_regs(&self) -> impl Iterator<Item = Reg> + '_ {
        (0..self.virt.len())
            .filter(|&r| self.virt[r].is_some())
            .map(|r| Reg(r as u16))
    }

    pub fn virt_kind(&self, r: Reg) -> Option<IterKind> {
        self.virt.get(r.idx()).copied().flatten()
    }
}

/// The result type of an arithmetic operator native code computes inline.
pub fn binary_result(op: BinOp, a: Ty, b: Ty) -> Option<Ty> {
    use BinOp::*;
    match (a, b) {
        (Ty::Int, Ty::Int) => match op {
            Add | Sub | Mul | FloorDiv | Mod | LShift | RShift | BitAnd | BitOr | BitXor => {
                Some(Ty::Int)
            }
            Div => Some(Ty::Float),
            _ => None,
        },
        (Ty::Float, Ty::Float) | (Ty::Int, Ty::Float) | (Ty::Float, Ty::Int) => match op {
            Add | Sub | Mul | Div => Some(Ty::Float),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a comparison of these operand types is computed inline.
pub fn inline_compare(op: CmpOp, a: Ty, b: Ty) -> bool {
    use CmpOp::*;
    matches!(op, Eq | NotEq | Lt | LtE | Gt | GtE)
        && matches!(a, Ty::Int | Ty::Float)
        && matches!(b, Ty::Int | Ty::Float)
}

pub fn unary_result(op: UnaryOpKind, a: Ty) -> Option<Ty> {
    match (op, a) {
        (UnaryOpKind::Neg | UnaryOpKind::Pos, Ty::Int | Ty::Float) => Some(a),
        (UnaryOpKind::Invert, Ty::Int) => Some(Ty::Int),
        _ => None,
    }
}

/// Successors of `pc` inside the loop (edges leaving it are exits).
pub fn successors(code: &CodeObject, pc: usize, out: &mut Vec<usize>) {
    out.clear();
    let instr = code.instrs[pc];
    if let Some(t) = instr.target() {
        out.push(t.0 as usize);
    }
    if !instr.is_terminal() {
        out.push(pc + 1);
    }
}

pub fn analyze(req: &LoopRequest<'_>) -> Result<Analysis, String> {
    let code = req.code;
    let (header, end) = (req.header, req.end);
    if end >= code.instrs.len() || header > end {
        return Err("malformed loop".into());
    }
    if !matches!(code.instrs[end], Instr::Jump { target } if target.0 as usize == header) {
        return Err("loop does not end with its back-edge".into());
    }
    let nregs = code.nregs as usize;
    if req.regs.len() < nregs {
        return Err("frame smaller than the code's registers".into());
    }
    let in_region = |pc: usize| (header..=end).contains(&pc);

    // Constant registers with inline values.
    let mut konst = vec![None; nregs];
    let cb = code.const_base.idx();
    for (i, c) in code.consts.iter().enumerate() {
        if cb + i < nregs {
            konst[cb + i] = match c {
                Value::Int(v) => Some(Const::Int(*v)),
                Value::Float(f) => Some(Const::Float(f.get())),
                Value::Bool(b) => Some(Const::Bool(b.get())),
                _ => None,
            };
        }
    }

    // Liveness over the whole code object (registers read after the loop,
    // or by an exception handler, are live where the loop leaves).
    let all_live = liveness(code, nregs);
    let n = end - header + 1;
    let live: Vec<Vec<bool>> = all_live[header..=end].to_vec();
    let mut succ = Vec::new();
    let live_in = live[0].clone();

    // Iterators native code can advance: only `ForIter` reads them, only
    // `GetIter` writes them, and the frame holds one right now (left by
    // the previous run of the loop's `GetIter`, or live at the header).
    let mut virt = vec![None; nregs];
    let mut other_use = vec![false; nregs];
    for pc in header..=end {
        match code.instrs[pc] {
            Instr::ForIter { iter, .. } => {
                if iter.idx() < nregs {
                    virt[iter.idx()] = iter_kind(code, req, header, end, iter);
                }
            }
            Instr::GetIter { src, .. } => {
                if src.idx() < nregs {
                    other_use[src.idx()] = true;
                }
            }
            instr => {
                instr.for_each_read(|r| {
                    if r.idx() < nregs {
                        other_use[r.idx()] = true;
                    }
                });
                instr.for_each_write(|w| {
                    if w.idx() < nregs {
                        other_use[w.idx()] = true;
                    }
                });
            }
        }
        // A ForIter's own target write counts as another use of it.
        if let Instr::ForIter { dst, .. } = code.instrs[pc] {
            if dst.idx() < nregs {
                other_use[dst.idx()] = true;
            }
        }
    }
    for r in 0..nregs {
        if other_use[r] || req.boxed.contains(&Reg(r as u16)) {
            virt[r] = None;
        }
    }

    // Types. Named variables keep one type for the whole loop; the
    // compiler reuses temporaries for unrelated values, so a temporary's
    // type is tracked per instruction (it is live only between its
    // definition and its uses) unless values of different types meet at a
    // join while it is live: then it stays boxed.
    let forced = |r: usize| req.boxed.contains(&Reg(r as u16));
    let named = |r: usize| r < code.vars.len();
    let temp = |r: usize| !named(r) && konst[r].is_none();
    // What instruction `pc` is expected to write to `r`: the types the
    // interpreter recorded there, else what the register holds now.
    let spec = |pc: usize, r: usize| {
        if forced(r) {
            return Ty::Boxed;
        }
        let seen = code.type_feedback[pc].get();
        if seen == 0 {
            return Ty::of(&req.regs[r]);
        }
        match seen {
            x if x == 1 << slotpy_runtime::value::tag::INT => Ty::Int,
            x if x == 1 << slotpy_runtime::value::tag::FLOAT => Ty::Float,
            x if x == 1 << slotpy_runtime::value::tag::BOOL => Ty::Bool,
            _ => Ty::Boxed,
        }
    };
    // Globals whose values native code may take as known.
    let generic = |pc: usize| req.generic.contains(&(pc as u32));
    let mut known: Vec<Known> = Vec::new();
    let mut known_at = std::collections::HashMap::new();
    if let (Some((globals, builtins)), true) = (req.globals, req.layout.is_some()) {
        for pc in header..=end {
            if let Instr::LoadGlobal { dst, name } = code.instrs[pc] {
                if generic(pc) || !temp(dst.idx()) {
                    continue;
                }
                let name = &code.names[name.0 as usize];
                let found = match globals.get_str(name) {
                    Some(v) => Some((v, vec![watch(globals)])),
                    None => builtins
                        .get_str(name)
                        .map(|v| (v, vec![watch(globals), watch(builtins)])),
                };
                if let Some((value, guards)) = found {
                    if worth_knowing(&value) {
                        known_at.insert(pc, known.len() as u16);
                        known.push(Known { value, guards });
                    }
                }
            }
        }
    }
    let uses_globals = !known.is_empty();

    let mut ty = vec![Ty::Bottom; nregs];
    for r in 0..nregs {
        if let Some(c) = konst[r] {
            ty[r] = match c {
                Const::Int(_) => Ty::Int,
                Const::Float(_) => Ty::Float,
                Const::Bool(_) => Ty::Bool,
            };
        } else if forced(r) || (temp(r) && live_in[r]) {
            ty[r] = Ty::Boxed;
        } else if live_in[r] {
            ty[r] = Ty::of(&req.regs[r]);
        }
    }
    let mut temp_boxed: Vec<bool> = (0..nregs).map(|r| temp(r) && ty[r] == Ty::Boxed).collect();
    let mut temp_in: Vec<Vec<Ty>> = vec![vec![Ty::Bottom; nregs]; n];
    let mut writes: Vec<Vec<(Reg, Ty)>> = vec![Vec::new(); n];
    'restart: loop {
        for st in temp_in.iter_mut() {
            st.iter_mut().for_each(|t| *t = Ty::Bottom);
        }
        for r in 0..nregs {
            if temp(r) && temp_boxed[r] {
                for st in temp_in.iter_mut() {
                    st[r] = Ty::Boxed;
                }
            }
        }
        let mut changed = true;
        while changed {
            changed = false;
            for pc in header..=end {
                let i = pc - header;
                let instr = code.instrs[pc];
                let at = |r: Reg| -> Ty {
                    let r = r.idx();
                    if r >= nregs {
                        Ty::Boxed
                    } else if temp(r) {
                        match temp_in[i][r] {
                            Ty::Bottom => Ty::Boxed,
                            t => t,
                        }
                    } else {
                        ty[r]
                    }
                };
                let w = result_types(instr, &at, &virt, &|r| spec(pc, r));
                let w = match (instr, known_at.get(&pc)) {
                    (Instr::LoadGlobal { dst, .. }, Some(&k)) if temp(dst.idx()) => {
                        vec![(dst, Ty::Known(k))]
                    }
                    (
                        Instr::Call {
                            dst,
                            func,
                            args,
                            argc,
                        },
                        _,
                    ) => match at(func) {
                        Ty::Known(k) if !generic(pc) => {
                            let tys: Vec<Ty> = (0..argc).map(|i| at(Reg(args.0 + i))).collect();
                            match call_target(&known[k as usize].value, &tys) {
                                Some((_, t)) if !forced(dst.idx()) => vec![(dst, t)],
                                _ => w,
                            }
                        }
                        _ => w,
                    },
                    (
                        Instr::CallMethod {
                            dst,
                            obj,
                            name,
                            args,
                            argc,
                        },
                        _,
                    ) => match at(obj) {
                        Ty::Known(k) if !generic(pc) => {
                            let tys: Vec<Ty> = (0..argc).map(|i| at(Reg(args.0 + i))).collect();
                            let attr =
                                module_attr(&known[k as usize].value, &code.names[name.0 as usize]);
                            match attr.and_then(|(v, _)| call_target(&v, &tys)) {
                                Some((_, t)) if !forced(dst.idx()) => vec![(dst, t)],
                                _ => w,
                            }
                        }
                        _ => w,
                    },
                    _ => w,
                };
                let mut out = temp_in[i].clone();
                for &(r, t) in &w {
                    let r = r.idx();
                    if r >= nregs || konst[r].is_some() {
                        continue;
                    }
                    if temp(r) {
                        out[r] = if temp_boxed[r] { Ty::Boxed } else { t };
                    } else {
                        let t = if forced(r) || t.is_known() {
                            Ty::Boxed
                        } else {
                            t
                        };
                        let j = ty[r].join(t);
                        if j != ty[r] {
                            ty[r] = j;
                            changed = true;
                        }
                    }
                }
                if writes[i] != w {
                    writes[i] = w;
                    changed = true;
                }
                successors(code, pc, &mut succ);
                for &s in &succ {
                    if !in_region(s) {
                        continue;
                    }
                    // ForIter writes its target only when it does not leave.
                    let src = match instr {
                        Instr::ForIter { exit, .. } if exit.0 as usize == s && s != pc + 1 => {
                            &temp_in[i]
                        }
                        _ => &out,
                    };
                    let src = src.clone();
                    let si = s - header;
                    for r in 0..nregs {
                        if !temp(r) || temp_boxed[r] || !live[si][r] {
                            continue;
                        }
                        let (cur, inc) = (temp_in[si][r], src[r]);
                        let j = match (cur, inc) {
                            (Ty::Bottom, x) | (x, Ty::Bottom) => x,
                            (a, b) if a == b => a,
                            _ => {
                                // Different values meet while it is live.
                                temp_boxed[r] = true;
                                continue 'restart;
                            }
                        };
                        if j != cur {
                            temp_in[si][r] = j;
                            changed = true;
                        }
                    }
                }
            }
        }
        break;
    }
    for r in 0..nregs {
        if temp(r) {
            ty[r] = if temp_boxed[r] { Ty::Boxed } else { Ty::Bottom };
        }
    }

    let mut entry_guard = vec![false; nregs];
    let mut tag_var = vec![false; nregs];
    for r in 0..nregs {
        if !named(r) || !ty[r].is_unboxed() || konst[r].is_some() {
            continue;
        }
        if live_in[r] || Ty::of(&req.regs[r]) == ty[r] {
            entry_guard[r] = true;
        } else {
            tag_var[r] = true;
        }
    }
    let an = Analysis {
        header,
        end,
        ty,
        live_in,
        konst,
        virt,
        entry_guard,
        tag_var,
        live,
        live_all: all_live,
        temp_in,
        writes,
        nnamed: code.vars.len(),
        known,
        known_at,
        uses_globals,
    };
    match call_heavy(req, &an) {
        Some(why) if !req.compile_all => Err(why),
        _ => Ok(an),
    }
}

/// Why the loop is better left to the interpreter, if it is: a loop that
/// mostly calls Python functions gains little from native code (its own
/// work is small) and loses more, since native code calls them through a
/// helper that runs each callee in a new interpreter activation, while the
/// interpreter runs them in its own loop. Calls are judged by what the
/// callee was when the loop turned hot.
fn call_heavy(req: &LoopRequest, an: &Analysis) -> Option<String> {
    let code = req.code;
    let (mut calls, mut native) = (0usize, 0usize);
    for pc in an.header..=an.end {
        let python = |r: Reg| {
            let v = match an.ty_at(pc, r) {
                Ty::Known(k) => Some(&an.known[k as usize].value),
                _ => compile_time_value(req, an.header, pc, r),
            };
            match v {
                Some(Value::Function(_)) => true,
                Some(Value::Type(t)) => !t.builtin,
                _ => false,
            }
        };
        let instr = code.instrs[pc];
        match instr {
            Instr::Call { func, .. } | Instr::CallKw { func, .. } if python(func) => calls += 1,
            Instr::CallMethod { obj, .. }
                if matches!(
                    compile_time_value(req, an.header, pc, obj),
                    Some(Value::Instance(_))
                ) =>
            {
                calls += 1
            }
            _ => {
                let mut unboxed = false;
                instr.for_each_write(|w| unboxed |= an.def_ty(pc, w).is_unboxed());
                if unboxed {
                    native += 1;
                }
            }
        }
    }
    (calls > 0 && native < 4 * calls).then(|| {
        format!(
            "mostly calls of Python functions ({calls} call(s), {native} native operation(s)): \
             the interpreter runs them in its own loop"
        )
    })
}

/// What register `r` held when the loop turned hot, as read at `pc`: a
/// temporary copied from a variable just before (`Move r <- x`) is judged
/// by the variable, as the frame may hold a stale value in it.
pub fn compile_time_value<'a>(
    req: &'a LoopRequest,
    header: usize,
    pc: usize,
    r: Reg,
) -> Option<&'a Value> {
    let mut src = r;
    for p in (header..pc).rev() {
        let mut written = false;
        req.code.instrs[p].for_each_write(|w| written |= w == src);
        if written {
            match req.code.instrs[p] {
                Instr::Move { src: s, .. } => src = s,
                _ => break,
            }
        }
    }
    req.regs.get(src.idx())
}

fn watch(d: &Rc<PyDict>) -> (*const u64, u64) {
    (d.watch_ptr(), d.watch())
}

/// Globals worth a guard: modules (for their functions) and callables
/// native code handles itself.
fn worth_knowing(v: &Value) -> bool {
    matches!(v, Value::Module(_)) || call_target(v, &[Ty::Float]).is_some() || inline_candidate(v)
}

/// An attribute of a known module, with the guard on the module's dict.
pub fn module_attr(
    m: &Value,
    name: &slotpy_runtime::objects::PyStr,
) -> Option<(Value, (*const u64, u64))> {
    match m {
        Value::Module(m) => m.dict.get_str(name).map(|v| (v, watch(&m.dict))),
        _ => None,
    }
}

/// What calling `f` with arguments of types `args` does natively, and the
/// type of the result.
pub fn call_target(f: &Value, args: &[Ty]) -> Option<(CallTarget, Ty)> {
    use slotpy_runtime::jit_iface::{intrinsic_of, IntrinsicFn};
    if let Some(i) = intrinsic_of(f) {
        let i = match i {
            IntrinsicFn::Abs => Intrinsic::Abs,
            IntrinsicFn::Min => Intrinsic::Min,
            IntrinsicFn::Max => Intrinsic::Max,
            IntrinsicFn::Sqrt => Intrinsic::Sqrt,
            IntrinsicFn::Fabs => Intrinsic::Fabs,
        };
        let num = |t: Ty| matches!(t, Ty::Int | Ty::Float);
        let t = match (i, args) {
            (Intrinsic::Abs, [t]) if num(*t) => *t,
            (Intrinsic::Min | Intrinsic::Max, [a, b]) if num(*a) && a == b => *a,
            (Intrinsic::Sqrt | Intrinsic::Fabs, [t]) if num(*t) => Ty::Float,
            _ => return None,
        };
        return Some((CallTarget::Intrinsic(i), t));
    }
    if let Value::Function(func) = f {
        if !inline_candidate(f) || func.code.argcount as usize != args.len() {
            return None;
        }
        let t = crate::inline::result_type(&func.code, args)?;
        return Some((CallTarget::Inline(func.code.clone()), t));
    }
    None
}

/// A Python function small and plain enough to lower in place (its body
/// is checked against the argument types by `inline::result_type`).
fn inline_candidate(f: &Value) -> bool {
    match f {
        Value::Function(func) => crate::inline::plain(func),
        _ => false,
    }
}

/// The types an instruction writes, given its operands' types.
fn result_types(
    instr: Instr,
    at: &dyn Fn(Reg) -> Ty,
    virt: &[Option<IterKind>],
    spec: &dyn Fn(usize) -> Ty,
) -> Vec<(Reg, Ty)> {
    let one = |r: Reg, t: Ty| vec![(r, t)];
    match instr {
        Instr::Move { dst, src } => one(dst, at(src)),
        Instr::Binary { op, dst, lhs, rhs } | Instr::InPlace { op, dst, lhs, rhs } => one(
            dst,
            binary_result(op, at(lhs), at(rhs)).unwrap_or_else(|| spec(dst.idx())),
        ),
        Instr::Unary { op, dst, src } => one(
            dst,
            unary_result(op, at(src)).unwrap_or_else(|| spec(dst.idx())),
        ),
        Instr::Not { dst, .. } => one(dst, Ty::Bool),
        Instr::Compare { op, dst, lhs, rhs } => {
            let t = if inline_compare(op, at(lhs), at(rhs))
                || matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn)
            {
                Ty::Bool
            } else {
                spec(dst.idx())
            };
            one(dst, t)
        }
        Instr::ForIter { iter, dst, .. } => {
            let t = if virt.get(iter.idx()).copied().flatten() == Some(IterKind::Range) {
                Ty::Int
            } else {
                spec(dst.idx())
            };
            one(dst, t)
        }
        Instr::Clear { reg } | Instr::DeleteFast { reg } | Instr::MakeCell { reg } => {
            one(reg, Ty::Boxed)
        }
        Instr::GetIter { dst, .. } => one(dst, Ty::Boxed),
        _ => {
            let mut w = Vec::new();
            instr.for_each_write(|r| w.push((r, spec(r.idx()))));
            w
        }
    }
}

/// The kind of iterator native code may advance in `iter`. An iterator
/// created inside the loop (an inner loop's `GetIter`) is judged by what it
/// iterates over, since the frame may hold the previous, exhausted one; the
/// loop's own iterator, created before the loop, by what the frame holds.
/// Either way `GetIter` checks at run time and deopts if it guessed wrong.
fn iter_kind(
    code: &CodeObject,
    req: &LoopRequest,
    header: usize,
    end: usize,
    iter: Reg,
) -> Option<IterKind> {
    let created_inside = (header..=end).find_map(|pc| match code.instrs[pc] {
        Instr::GetIter { dst, src } if dst == iter => Some(src),
        _ => None,
    });
    let has_layout = req.layout.is_some();
    let v = req.regs.get(iter.idx())?;
    if let Some(src) = created_inside {
        match req.regs.get(src.idx()) {
            // Native iteration reads boxed items only.
            Some(Value::List(l)) => {
                return (has_layout && !l.is_compact()).then_some(IterKind::List)
            }
            Some(Value::Range(_)) => return Some(IterKind::Range),
            _ => {}
        }
    }
    if is_range_iter(v) {
        Some(IterKind::Range)
    } else if is_list_iter(v) && has_layout {
        Some(IterKind::List)
    } else {
        None
    }
}

/// Registers live at the start of every instruction of `code`. Besides
/// jumps and fall-through, an instruction covered by an exception handler
/// may continue at the handler.
pub fn liveness(code: &CodeObject, nregs: usize) -> Vec<Vec<bool>> {
    let n = code.instrs.len();
    let mut live: Vec<Vec<bool>> = vec![vec![false; nregs]; n];
    let mut succ = Vec::new();
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            let instr = code.instrs[pc];
            successors(code, pc, &mut succ);
            let mut set = vec![false; nregs];
            let merge = |s: usize, kill: bool, set: &mut Vec<bool>| {
                if s >= n {
                    return;
                }
                let mut l = live[s].clone();
                if kill {
                    instr.for_each_write(|w| {
                        if w.idx() < nregs {
                            l[w.idx()] = false;
                        }
                    });
                }
                for (r, on) in l.iter().enumerate() {
                    if *on {
                        set[r] = true;
                    }
                }
            };
            match instr {
                // The target is written only when the loop goes on.
                Instr::ForIter { exit, .. } => {
                    merge(pc + 1, true, &mut set);
                    merge(exit.0 as usize, false, &mut set);
                }
                _ => {
                    for &s in &succ {
                        merge(s, true, &mut set);
                    }
                }
            }
            if let Some(h) = code.handler_for(pc) {
                // Raising leaves the instruction's writes undone.
                merge(h.handler.0 as usize, false, &mut set);
            }
            instr.for_each_read(|r| {
                if r.idx() < nregs {
                    set[r.idx()] = true;
                }
            });
            if set != live[pc] {
                live[pc] = set;
                changed = true;
            }
        }
    }
    live
}
