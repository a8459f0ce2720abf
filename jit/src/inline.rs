//! Calls lowered in place: small pure functions of numbers.
//!
//! A call of a known Python function (a guarded global) whose body only
//! computes with its arguments (arithmetic, comparisons, forward branches,
//! `return`) is lowered into the caller's loop with the arguments'
//! machine values: no frame, no boxing. Such a body has no effects before
//! it returns, so any failure inside it (overflow, a division by zero)
//! deopts *before the call*: the interpreter then makes the real call
//! and raises, or continues, exactly as without native code.

use crate::analysis::{binary_result, inline_compare, successors, unary_result, Ty};
use slotpy_runtime::bytecode::code::flags;
use slotpy_runtime::bytecode::{CodeObject, Instr, RegKind};
use slotpy_runtime::objects::PyFunction;
use slotpy_runtime::value::Value;

/// Instructions beyond this many are not worth lowering in place.
const MAX_INSTRS: usize = 64;

/// Whether `f`'s shape allows lowering its calls in place: positional
/// parameters only, no closure, cells or exception handlers, not a
/// generator, only instructions [`result_type`] can type, and forward
/// jumps only (no loops).
pub fn plain(f: &PyFunction) -> bool {
    let c = &f.code;
    let odd = flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR | flags::COROUTINE;
    c.flags & odd == 0
        && c.kwonlyargcount == 0
        && f.closure.is_empty()
        && c.exc_table.is_empty()
        && c.instrs.len() <= MAX_INSTRS
        && c.vars.iter().all(|v| v.kind == RegKind::Local)
        && c.instrs.iter().enumerate().all(|(pc, i)| match i {
            Instr::Nop
            | Instr::Move { .. }
            | Instr::Binary { .. }
            | Instr::InPlace { .. }
            | Instr::Unary { .. }
            | Instr::Not { .. }
            | Instr::Compare { .. }
            | Instr::Return { .. } => true,
            Instr::Jump { target }
            | Instr::JumpIfTrue { target, .. }
            | Instr::JumpIfFalse { target, .. }
            | Instr::CompareJumpIfFalse { target, .. } => target.0 as usize > pc,
            _ => false,
        })
}

/// The type of a constant register of `code`, if a number.
pub fn const_ty(code: &CodeObject, r: usize) -> Option<Ty> {
    let i = r.checked_sub(code.const_base.idx())?;
    match code.consts.get(i)? {
        Value::Int(_) => Some(Ty::Int),
        Value::Float(_) => Some(Ty::Float),
        Value::Bool(_) => Some(Ty::Bool),
        _ => None,
    }
}

/// Register types of a plain function's body called with arguments of
/// types `args`: every register keeps one unboxed type, and is written on
/// every path before it is read. `None` if that does not hold.
pub fn register_types(code: &CodeObject, args: &[Ty]) -> Option<Vec<Ty>> {
    let n = code.nregs as usize;
    let mut ty = vec![Ty::Bottom; n];
    for (r, t) in args.iter().enumerate() {
        if !t.is_unboxed() || r >= n {
            return None;
        }
        ty[r] = *t;
    }
    for (r, t) in ty.iter_mut().enumerate() {
        if let Some(c) = const_ty(code, r) {
            *t = c;
        }
    }
    // Registers written on every path to each instruction (jumps only go
    // forward, so one pass in order sees every predecessor first).
    let len = code.instrs.len();
    let mut defined: Vec<Option<Vec<bool>>> = vec![None; len];
    let mut start = vec![false; n];
    for (r, d) in start.iter_mut().enumerate() {
        *d = r < args.len() || const_ty(code, r).is_some();
    }
    defined[0] = Some(start);
    let mut ret = Ty::Bottom;
    let mut succ = Vec::new();
    for pc in 0..len {
        let Some(def) = defined[pc].clone() else {
            continue; // unreachable
        };
        let instr = code.instrs[pc];
        let mut ok = true;
        instr.for_each_read(|r| ok &= r.idx() < n && def[r.idx()] && ty[r.idx()].is_unboxed());
        if !ok {
            return None;
        }
        let at = |r: slotpy_runtime::bytecode::Reg| ty[r.idx()];
        let written = match instr {
            Instr::Move { dst, src } => Some((dst, at(src))),
            Instr::Binary { op, dst, lhs, rhs } | Instr::InPlace { op, dst, lhs, rhs } => {
                Some((dst, binary_result(op, at(lhs), at(rhs))?))
            }
            Instr::Unary { op, dst, src } => Some((dst, unary_result(op, at(src))?)),
            Instr::Not { dst, .. } => Some((dst, Ty::Bool)),
            Instr::Compare { op, dst, lhs, rhs } => {
                if !inline_compare(op, at(lhs), at(rhs)) {
                    return None;
                }
                Some((dst, Ty::Bool))
            }
            Instr::CompareJumpIfFalse { op, lhs, rhs, .. } => {
                if !inline_compare(op, at(lhs), at(rhs)) {
                    return None;
                }
                None
            }
            Instr::Return { src } => {
                let t = at(src);
                if ret != Ty::Bottom && ret != t {
                    return None;
                }
                ret = t;
                None
            }
            _ => None,
        };
        let mut out = def;
        if let Some((dst, t)) = written {
            let d = dst.idx();
            if d >= n || const_ty(code, d).is_some() {
                return None;
            }
            match ty[d] {
                Ty::Bottom => ty[d] = t,
                old if old == t => {}
                _ => return None,
            }
            out[d] = true;
        }
        successors(code, pc, &mut succ);
        for &s in &succ {
            if s >= len {
                return None;
            }
            defined[s] = Some(match defined[s].take() {
                None => out.clone(),
                Some(d) => d.iter().zip(&out).map(|(a, b)| *a && *b).collect(),
            });
        }
    }
    if !ret.is_unboxed() {
        return None;
    }
    // The return type goes last, as an extra entry.
    ty.push(ret);
    Some(ty)
}

/// The type a call of the plain function `code` returns given argument
/// types `args`, if its body can be lowered in place for them.
pub fn result_type(code: &CodeObject, args: &[Ty]) -> Option<Ty> {
    register_types(code, args).and_then(|t| t.last().copied())
}
