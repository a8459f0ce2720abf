//! What native code may assume about a loop: its instructions, which
//! registers are live at the header, the machine type each register keeps
//! for the whole loop, and which range iterators it can count in machine
//! registers.

use slotpy_runtime::bytecode::{CodeObject, Instr, Reg, UnaryOpKind};
use slotpy_runtime::frontend::ast::{BinOp, CmpOp};
use slotpy_runtime::jit_iface::{is_range_iter, LoopRequest};
use slotpy_runtime::value::Value;

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
}

impl Ty {
    pub fn is_unboxed(self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool)
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
    /// Range iterators native code counts itself.
    pub virt: Vec<bool>,
    /// Typed registers whose type is checked (and value loaded) at entry:
    /// the live ones, and variables that already hold a value of their
    /// loop type. Their tag is a constant in native code.
    pub entry_guard: Vec<bool>,
    /// Typed registers whose tag native code tracks: variables that may
    /// still hold something else (or nothing) until the loop writes them,
    /// which must be written back unchanged if the loop exits first.
    pub tag_var: Vec<bool>,
}

impl Analysis {
    pub fn in_region(&self, pc: usize) -> bool {
        (self.header..=self.end).contains(&pc)
    }

    /// Registers native code keeps in machine registers (not constants).
    pub fn unboxed_regs(&self) -> impl Iterator<Item = Reg> + '_ {
        (0..self.ty.len())
            .filter(|&r| self.ty[r].is_unboxed() && self.konst[r].is_none())
            .map(|r| Reg(r as u16))
    }

    pub fn virt_regs(&self) -> impl Iterator<Item = Reg> + '_ {
        (0..self.virt.len())
            .filter(|&r| self.virt[r])
            .map(|r| Reg(r as u16))
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

    // Liveness over the loop body, exits seeing nothing live.
    let n = end - header + 1;
    let mut live: Vec<Vec<bool>> = vec![vec![false; nregs]; n];
    let mut succ = Vec::new();
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (header..=end).rev() {
            let instr = code.instrs[pc];
            successors(code, pc, &mut succ);
            let mut set = vec![false; nregs];
            let merge = |s: usize, kill: &dyn Fn(&mut Vec<bool>), set: &mut Vec<bool>| {
                if in_region(s) {
                    let mut l = live[s - header].clone();
                    kill(&mut l);
                    for (r, on) in l.iter().enumerate() {
                        if *on {
                            set[r] = true;
                        }
                    }
                }
            };
            let kill_writes = |l: &mut Vec<bool>| {
                instr.for_each_write(|w| {
                    if w.idx() < nregs {
                        l[w.idx()] = false;
                    }
                })
            };
            match instr {
                // The target is written only on the edge that does not
                // leave the loop.
                Instr::ForIter { exit, .. } => {
                    merge(pc + 1, &kill_writes, &mut set);
                    merge(exit.0 as usize, &|_| {}, &mut set);
                }
                _ => {
                    for &s in &succ {
                        merge(s, &kill_writes, &mut set);
                    }
                }
            }
            instr.for_each_read(|r| {
                if r.idx() < nregs {
                    set[r.idx()] = true;
                }
            });
            if set != live[pc - header] {
                live[pc - header] = set;
                changed = true;
            }
        }
    }
    let live_in = live[0].clone();

    // Range iterators native code can count: only `ForIter` reads them,
    // only `GetIter` writes them, and the frame holds one right now.
    let mut virt = vec![false; nregs];
    let mut other_use = vec![false; nregs];
    for pc in header..=end {
        match code.instrs[pc] {
            Instr::ForIter { iter, .. } => {
                if iter.idx() < nregs && is_range_iter(&req.regs[iter.idx()]) {
                    virt[iter.idx()] = true;
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
            virt[r] = false;
        }
    }

    // Types: a fixpoint over every write in the loop.
    let forced = |r: usize| req.boxed.contains(&Reg(r as u16));
    let spec = |r: usize| {
        if forced(r) {
            Ty::Boxed
        } else {
            Ty::of(&req.regs[r])
        }
    };
    let mut ty = vec![Ty::Bottom; nregs];
    for r in 0..nregs {
        if let Some(c) = konst[r] {
            ty[r] = match c {
                Const::Int(_) => Ty::Int,
                Const::Float(_) => Ty::Float,
                Const::Bool(_) => Ty::Bool,
            };
        } else if forced(r) {
            ty[r] = Ty::Boxed;
        } else if live_in[r] {
            ty[r] = Ty::of(&req.regs[r]);
        }
    }
    let mut changed = true;
    while changed {
        changed = false;
        for pc in header..=end {
            let instr = code.instrs[pc];
            let mut result = |w: Reg, t: Ty, ty: &mut Vec<Ty>| {
                let w = w.idx();
                if w >= nregs || konst[w].is_some() {
                    return;
                }
                let j = ty[w].join(if forced(w) { Ty::Boxed } else { t });
                if j != ty[w] {
                    ty[w] = j;
                    changed = true;
                }
            };
            match instr {
                Instr::Move { dst, src } => {
                    let t = ty[src.idx()];
                    let t = if t == Ty::Bottom { Ty::Boxed } else { t };
                    result(dst, t, &mut ty)
                }
                Instr::Binary { op, dst, lhs, rhs } | Instr::InPlace { op, dst, lhs, rhs } => {
                    let t = binary_result(op, ty[lhs.idx()], ty[rhs.idx()])
                        .unwrap_or_else(|| spec(dst.idx()));
                    result(dst, t, &mut ty)
                }
                Instr::Unary { op, dst, src } => {
                    let t = unary_result(op, ty[src.idx()]).unwrap_or_else(|| spec(dst.idx()));
                    result(dst, t, &mut ty)
                }
                Instr::Not { dst, .. } => result(dst, Ty::Bool, &mut ty),
                Instr::Compare { op, dst, lhs, rhs } => {
                    let t = if inline_compare(op, ty[lhs.idx()], ty[rhs.idx()])
                        || matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn)
                    {
                        Ty::Bool
                    } else {
                        spec(dst.idx())
                    };
                    result(dst, t, &mut ty)
                }
                Instr::ForIter { iter, dst, .. } => {
                    let t = if virt[iter.idx()] {
                        Ty::Int
                    } else {
                        spec(dst.idx())
                    };
                    result(dst, t, &mut ty)
                }
                Instr::Clear { reg } | Instr::DeleteFast { reg } | Instr::MakeCell { reg } => {
                    result(reg, Ty::Boxed, &mut ty)
                }
                Instr::GetIter { dst, .. } => result(dst, Ty::Boxed, &mut ty),
                _ => instr.for_each_write(|w| {
                    let t = spec(w.idx());
                    result(w, t, &mut ty)
                }),
            }
        }
    }
    // Temporaries (registers past the named variables) that are not live
    // are invisible until written, so their old content needs no care.
    let named = |r: usize| r < code.vars.len();
    let mut entry_guard = vec![false; nregs];
    let mut tag_var = vec![false; nregs];
    for r in 0..nregs {
        if !ty[r].is_unboxed() || konst[r].is_some() {
            continue;
        }
        if live_in[r] || (named(r) && Ty::of(&req.regs[r]) == ty[r]) {
            entry_guard[r] = true;
        } else if named(r) {
            tag_var[r] = true;
        }
    }
    Ok(Analysis {
        header,
        end,
        ty,
        live_in,
        konst,
        virt,
        entry_guard,
        tag_var,
    })
}
