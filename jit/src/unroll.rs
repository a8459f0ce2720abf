//! Which `for ... in range(...)` loops are unrolled, and which of their
//! int variables need no overflow check inside an unrolled group.
//!
//! A native range loop pays, per iteration, for its "items left?" test, a
//! taken back-edge, and an overflow check on every int it updates. Loops
//! with small, fully native bodies are lowered a second time as `k` copies
//! run back to back (a *group*), entered only when at least `k` items are
//! left; otherwise (the last items) the loop runs its ordinary
//! single-iteration body, with every check.
//!
//! An *induction variable* is an int only ever changed in the body by
//! adding or subtracting constants, each at most once per iteration, so
//! over a group it moves by at most `k` times the sum of those constants:
//! one test before the group proves that no addition inside overflows, and
//! the copies add without checks (a variable too close to the end of the
//! machine range sends the loop to the single-iteration body instead). A
//! variable updated once on every path is computed in copy `j` from its
//! value when the group began, as `x0 + j * c`, like the loop's counter:
//! chains of additions would cost Cranelift's optimizer time quadratic in
//! the number of copies to fold.
//!
//! Guards other than overflow stay in every copy and leave native code
//! with that copy's state, so a deopt resumes at the exact iteration.

use crate::analysis::{Analysis, Const, Ty};
use slotpy_runtime::bytecode::{CodeObject, Instr, Reg};
use slotpy_runtime::frontend::ast::BinOp;

/// Bytecode instructions a group may hold (the body times `k`): bounds
/// code size and compile time.
const GROUP_BUDGET: usize = 48;
const MAX_FACTOR: usize = 16;

pub struct Unroll {
    /// The loop's `ForIter`, and the jump back to it that ends its body.
    pub header: usize,
    pub end: usize,
    /// Iterations per group.
    pub k: u32,
    pub induction: Vec<Induction>,
}

/// An induction variable: over one group it can rise by at most `up` and
/// fall by at most `down`.
pub struct Induction {
    pub reg: Reg,
    pub up: i64,
    pub down: i64,
    /// The instructions updating it (which skip the overflow check in a
    /// group).
    pub updates: Vec<usize>,
    /// The constant it changes by in every iteration, when it is updated
    /// by one instruction that runs on every path through the body.
    pub every_iteration: Option<i64>,
}

impl Unroll {
    pub fn contains(&self, pc: usize) -> bool {
        (self.header..=self.end).contains(&pc)
    }

    /// The induction variable instruction `pc` updates.
    pub fn induction_at(&self, pc: usize) -> Option<&Induction> {
        self.induction.iter().find(|i| i.updates.contains(&pc))
    }
}

/// The loops of the region to unroll. `native(pc)`: the instruction is
/// lowered natively, without a helper call; `int_var(r)`: `r` is a named
/// variable held as a machine int for the whole loop and checked to be one
/// at entry.
pub fn plan(
    code: &CodeObject,
    an: &Analysis,
    native: impl Fn(usize) -> bool,
    int_var: impl Fn(Reg) -> bool,
) -> Vec<Unroll> {
    let mut out = Vec::new();
    for h in an.header..=an.end {
        let Instr::ForIter { iter, exit, .. } = code.instrs[h] else {
            continue;
        };
        if an.virt_kind(iter) != Some(crate::analysis::IterKind::Range) {
            continue;
        }
        let exit = exit.0 as usize;
        if exit <= h + 1 || !an.in_region(exit - 1) {
            continue;
        }
        let end = exit - 1;
        if !matches!(code.instrs[end], Instr::Jump { target } if target.0 as usize == h) {
            continue;
        }
        let n = end - h + 1;
        let k = (1..=MAX_FACTOR)
            .rev()
            .find(|k| k.is_power_of_two() && k * n <= GROUP_BUDGET)
            .unwrap_or(1);
        if k < 2 || !simple_body(code, h, end, &native) {
            continue;
        }
        let induction = induction_vars(code, an, h, end, k as i64, &int_var);
        out.push(Unroll {
            header: h,
            end,
            k: k as u32,
            induction,
        });
    }
    out
}

/// A body without inner loops or helper calls: every edge goes forward,
/// back to the header, or out of the body.
fn simple_body(code: &CodeObject, h: usize, end: usize, native: &impl Fn(usize) -> bool) -> bool {
    let mut succ = Vec::new();
    (h + 1..=end).all(|pc| {
        if matches!(code.instrs[pc], Instr::ForIter { .. }) || !native(pc) {
            return false;
        }
        crate::analysis::successors(code, pc, &mut succ);
        succ.iter().all(|&s| s > pc || s == h)
    })
}

fn induction_vars(
    code: &CodeObject,
    an: &Analysis,
    h: usize,
    end: usize,
    k: i64,
    int_var: &impl Fn(Reg) -> bool,
) -> Vec<Induction> {
    let mut written: Vec<Reg> = Vec::new();
    for pc in h..=end {
        code.instrs[pc].for_each_write(|r| {
            if !written.contains(&r) {
                written.push(r)
            }
        });
    }
    let mut out = Vec::new();
    'regs: for r in written {
        if !int_var(r) {
            continue;
        }
        let (mut up, mut down, mut updates) = (0i64, 0i64, Vec::new());
        let mut last_delta = 0;
        for pc in h..=end {
            let mut writes_r = false;
            code.instrs[pc].for_each_write(|w| writes_r |= w == r);
            if !writes_r {
                continue;
            }
            let delta = match code.instrs[pc] {
                Instr::Binary { op, dst, lhs, rhs } | Instr::InPlace { op, dst, lhs, rhs }
                    if dst == r && lhs == r && an.ty_at(pc, lhs) == Ty::Int =>
                {
                    match (op, an.konst[rhs.idx()]) {
                        (BinOp::Add, Some(Const::Int(c))) => Some(c),
                        (BinOp::Sub, Some(Const::Int(c))) => c.checked_neg(),
                        _ => None,
                    }
                }
                _ => None,
            };
            let Some(d) = delta else { continue 'regs };
            let (acc, d) = match d.checked_neg() {
                _ if d >= 0 => (&mut up, d),
                Some(neg) => (&mut down, neg),
                None => continue 'regs,
            };
            match acc.checked_add(d) {
                Some(s) => *acc = s,
                None => continue 'regs,
            }
            updates.push(pc);
            last_delta = delta.unwrap_or_default();
        }
        let (Some(up), Some(down)) = (up.checked_mul(k), down.checked_mul(k)) else {
            continue;
        };
        let every_iteration =
            (updates.len() == 1 && on_every_path(code, h, updates[0])).then_some(last_delta);
        out.push(Induction {
            reg: r,
            up,
            down,
            updates,
            every_iteration,
        });
    }
    out
}

/// Whether instruction `pc` of the body starting at `h` runs in every
/// iteration that gets past it: nothing before it branches, and nothing
/// jumps into the body before it.
fn on_every_path(code: &CodeObject, h: usize, pc: usize) -> bool {
    let mut succ = Vec::new();
    (h + 1..pc).all(|p| code.instrs[p].target().is_none())
        && (0..code.instrs.len()).all(|p| {
            crate::analysis::successors(code, p, &mut succ);
            succ.iter().all(|&s| s <= h || s > pc || s == p + 1)
        })
}
