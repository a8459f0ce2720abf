//! Whole functions of ints, compiled natively (see
//! [`slotpy_runtime::jit_iface::FunctionRequest`] for which qualify and
//! why failing is safe).
//!
//! Every register becomes a Cranelift variable holding an i64 (ints, and
//! bools as 0 or 1). A call of the function itself is a native call. Any
//! guard that fails (overflow, division by zero, too deep) sets
//! `NativeCall::failed` and returns; callers return as soon as they see
//! it, so the whole native run unwinds and the runtime starts the call
//! over in the interpreter.

use crate::int_ops::{self, Guards};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, types, AbiParam, InstBuilder, MemFlagsData};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::{FunctionBuilder, Variable};
use slotpy_runtime::bytecode::code::flags;
use slotpy_runtime::bytecode::{CodeObject, Instr, Reg, RegKind, UnaryOpKind};
use slotpy_runtime::frontend::ast::{BinOp, CmpOp};
use slotpy_runtime::jit_iface::native_call_offsets;
use slotpy_runtime::value::Value;

const I64: ir::Type = types::I64;

/// Instructions beyond this many are not compiled whole.
const MAX_INSTRS: usize = 200;

/// What a register holds in a compiled function.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum T {
    Unset,
    Int,
    Bool,
    /// The function itself (loaded through the global of its name).
    Itself,
}

impl T {
    fn number(self) -> bool {
        matches!(self, T::Int | T::Bool)
    }
}

/// What checking a qualifying body found: its result type, and which
/// instructions are reachable.
pub struct Typing {
    returns: T,
    reachable: Vec<bool>,
}

impl Typing {
    pub fn returns_bool(&self) -> bool {
        self.returns == T::Bool
    }
}

/// Checks that `code` qualifies and types its registers.
pub fn check(code: &CodeObject) -> Result<Typing, String> {
    let odd = flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR | flags::COROUTINE;
    if code.flags & odd != 0 || code.kwonlyargcount != 0 {
        return Err("not plain positional parameters".into());
    }
    if !code.exc_table.is_empty() {
        return Err("has exception handlers".into());
    }
    if code.vars.iter().any(|v| v.kind != RegKind::Local) {
        return Err("has cells or free variables".into());
    }
    if code.instrs.len() > MAX_INSTRS {
        return Err("too long".into());
    }
    // A call of itself is typed by the return type, which the first pass
    // assumes to be int; a bool-returning body is typed again.
    let first = types(code, T::Int)?;
    if first.returns == T::Bool {
        let second = types(code, T::Bool)?;
        if second.returns != T::Bool {
            return Err("returns ints and bools".into());
        }
        return Ok(second);
    }
    Ok(first)
}

fn types(code: &CodeObject, call_result: T) -> Result<Typing, String> {
    let n = code.nregs as usize;
    let nargs = code.argcount as usize;
    let mut regs = vec![T::Unset; n];
    let cb = code.const_base.idx();
    for (i, c) in code.consts.iter().enumerate() {
        regs[cb + i] = match c {
            Value::Int(_) => T::Int,
            Value::Bool(_) => T::Bool,
            _ => T::Unset,
        };
    }
    for r in regs.iter_mut().take(nargs) {
        *r = T::Int;
    }
    let len = code.instrs.len();
    // Registers written on every path to each instruction (jumps only go
    // forward, so one pass in order sees every predecessor first).
    let mut defined: Vec<Option<Vec<bool>>> = vec![None; len];
    defined[0] = Some((0..n).map(|r| regs[r] != T::Unset).collect());
    let mut returns = T::Unset;
    let mut succ = Vec::new();
    let own_name = code.name.as_str();
    for pc in 0..len {
        let Some(def) = defined[pc].clone() else {
            continue;
        };
        let instr = code.instrs[pc];
        let at = |r: Reg| -> Result<T, String> {
            let i = r.idx();
            if i < n && def[i] && regs[i] != T::Unset {
                Ok(regs[i])
            } else {
                Err(format!("reads a value it cannot type at instruction {pc}"))
            }
        };
        let num = |r: Reg| -> Result<(), String> {
            if at(r)?.number() {
                Ok(())
            } else {
                Err(format!("non-number operand at instruction {pc}"))
            }
        };
        let int_cmp = |op: CmpOp| {
            matches!(
                op,
                CmpOp::Eq | CmpOp::NotEq | CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE
            )
        };
        let forward = |t: usize| -> Result<(), String> {
            if t > pc && t < len {
                Ok(())
            } else {
                Err("has a loop".into())
            }
        };
        let written: Option<(Reg, T)> = match instr {
            Instr::Nop => None,
            Instr::Move { dst, src } => Some((dst, at(src)?)),
            Instr::Binary { op, dst, lhs, rhs } | Instr::InPlace { op, dst, lhs, rhs } => {
                num(lhs)?;
                num(rhs)?;
                if !int_op(op) {
                    return Err(format!("operator {op:?} at instruction {pc}"));
                }
                // `&`, `|` and `^` of two bools give a bool.
                let bits = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
                let bools = at(lhs)? == T::Bool && at(rhs)? == T::Bool;
                Some((dst, if bits && bools { T::Bool } else { T::Int }))
            }
            Instr::Unary { dst, src, .. } => {
                num(src)?;
                Some((dst, T::Int))
            }
            Instr::Not { dst, src } => {
                num(src)?;
                Some((dst, T::Bool))
            }
            Instr::Compare { op, dst, lhs, rhs } if int_cmp(op) => {
                num(lhs)?;
                num(rhs)?;
                Some((dst, T::Bool))
            }
            Instr::CompareJumpIfFalse {
                op,
                lhs,
                rhs,
                target,
            } if int_cmp(op) => {
                num(lhs)?;
                num(rhs)?;
                forward(target.0 as usize)?;
                None
            }
            Instr::JumpIfTrue { cond, target } | Instr::JumpIfFalse { cond, target } => {
                num(cond)?;
                forward(target.0 as usize)?;
                None
            }
            Instr::Jump { target } => {
                forward(target.0 as usize)?;
                None
            }
            Instr::LoadGlobal { dst, name } => {
                if code.names[name.0 as usize].as_str() != own_name {
                    return Err(format!(
                        "reads the global '{}'",
                        code.names[name.0 as usize].as_str()
                    ));
                }
                Some((dst, T::Itself))
            }
            Instr::Call {
                dst,
                func,
                args,
                argc,
            } => {
                if at(func)? != T::Itself || argc as usize != nargs {
                    return Err(format!("calls something else at instruction {pc}"));
                }
                for i in 0..argc {
                    if at(Reg(args.0 + i))? != T::Int {
                        return Err(format!("passes a non-int at instruction {pc}"));
                    }
                }
                Some((dst, call_result))
            }
            Instr::Return { src } => {
                let t = at(src)?;
                if !t.number() || (returns != T::Unset && returns != t) {
                    return Err("does not return ints only".into());
                }
                returns = t;
                None
            }
            other => {
                let what = format!("{other:?}");
                let what = what.split([' ', '{']).next().unwrap_or_default();
                return Err(format!("{what} at instruction {pc}"));
            }
        };
        let mut out = def;
        if let Some((dst, t)) = written {
            let d = dst.idx();
            if d >= n || d >= cb {
                return Err("writes a constant".into());
            }
            match regs[d] {
                T::Unset => regs[d] = t,
                old if old == t || (d < nargs && t == T::Int) => {}
                _ => return Err(format!("register {d} changes type")),
            }
            out[d] = true;
        }
        crate::analysis::successors(code, pc, &mut succ);
        for &s in &succ {
            defined[s] = Some(match defined[s].take() {
                None => out.clone(),
                Some(d) => d.iter().zip(&out).map(|(a, b)| *a && *b).collect(),
            });
        }
    }
    if returns == T::Unset {
        return Err("never returns".into());
    }
    let reachable = defined.iter().map(Option::is_some).collect();
    Ok(Typing { returns, reachable })
}

fn int_op(op: BinOp) -> bool {
    use BinOp::*;
    matches!(
        op,
        Add | Sub | Mul | FloorDiv | Mod | LShift | RShift | BitAnd | BitOr | BitXor
    )
}

/// The signature of the recursive body: the call state, then the ints.
pub fn body_signature(call_conv: cranelift_codegen::isa::CallConv, nargs: usize) -> ir::Signature {
    let mut s = ir::Signature::new(call_conv);
    s.params.push(AbiParam::new(I64));
    s.params.extend((0..nargs).map(|_| AbiParam::new(I64)));
    s.returns.push(AbiParam::new(I64));
    s
}

/// Lowers the body of `code` into `b`; `me` is the function itself, for
/// the native recursive calls.
pub fn lower_body(
    mut b: FunctionBuilder<'_>,
    code: &CodeObject,
    ty: &Typing,
    me: ir::FuncRef,
    config: TargetFrontendConfig,
) {
    let n = code.nregs as usize;
    let nargs = code.argcount as usize;
    let vars: Vec<Variable> = (0..n).map(|_| b.declare_var(I64)).collect();
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let fail = b.create_block();
    b.set_cold_block(fail);
    let blocks: Vec<ir::Block> = (0..code.instrs.len()).map(|_| b.create_block()).collect();

    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let ctx = params[0];
    let zero = b.ins().iconst(I64, 0);
    for (r, v) in vars.iter().enumerate() {
        let init = if r < nargs { params[1 + r] } else { zero };
        b.def_var(*v, init);
    }
    let cb = code.const_base.idx();
    for (i, c) in code.consts.iter().enumerate() {
        let k = match c {
            Value::Int(k) => *k,
            Value::Bool(k) => k.get() as i64,
            _ => continue,
        };
        let v = b.ins().iconst(I64, k);
        b.def_var(vars[cb + i], v);
    }
    let depth = b.ins().load(
        I64,
        MemFlagsData::trusted(),
        ctx,
        native_call_offsets::DEPTH_LEFT,
    );
    let deep = b.ins().icmp_imm_s(IntCC::Equal, depth, 0);
    let go = b.create_block();
    b.ins().brif(deep, fail, &[], go, &[]);
    b.switch_to_block(go);
    let d1 = b.ins().iadd_imm_s(depth, -1);
    b.ins().store(
        MemFlagsData::trusted(),
        d1,
        ctx,
        native_call_offsets::DEPTH_LEFT,
    );
    b.ins().jump(blocks[0], &[]);

    let konst = |r: Reg| -> Option<i64> {
        let i = r.idx().checked_sub(cb)?;
        match code.consts.get(i)? {
            Value::Int(k) => Some(*k),
            _ => None,
        }
    };
    for (pc, instr) in code.instrs.iter().enumerate() {
        if !ty.reachable[pc] {
            continue;
        }
        b.switch_to_block(blocks[pc]);
        let next = blocks.get(pc + 1).copied();
        let get = |b: &mut FunctionBuilder, r: Reg| b.use_var(vars[r.idx()]);
        match *instr {
            Instr::Nop | Instr::LoadGlobal { .. } => {}
            Instr::Move { dst, src } => {
                let v = get(&mut b, src);
                b.def_var(vars[dst.idx()], v);
            }
            Instr::Binary { op, dst, lhs, rhs } | Instr::InPlace { op, dst, lhs, rhs } => {
                let (x, y) = (get(&mut b, lhs), get(&mut b, rhs));
                let mut g = FailTo { b: &mut b, fail };
                let v = int_ops::int_binary(&mut g, op, x, y, konst(rhs));
                b.def_var(vars[dst.idx()], v);
            }
            Instr::Unary { op, dst, src } => {
                let x = get(&mut b, src);
                let v = match op {
                    UnaryOpKind::Pos => x,
                    UnaryOpKind::Invert => b.ins().bnot(x),
                    UnaryOpKind::Neg => {
                        let min = b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                        FailTo { b: &mut b, fail }.fail_if(min, false);
                        b.ins().ineg(x)
                    }
                };
                b.def_var(vars[dst.idx()], v);
            }
            Instr::Not { dst, src } => {
                let x = get(&mut b, src);
                let c = b.ins().icmp_imm_s(IntCC::Equal, x, 0);
                let v = b.ins().uextend(I64, c);
                b.def_var(vars[dst.idx()], v);
            }
            Instr::Compare { op, dst, lhs, rhs } => {
                let (x, y) = (get(&mut b, lhs), get(&mut b, rhs));
                let c = b.ins().icmp(int_ops::int_cc(op), x, y);
                let v = b.ins().uextend(I64, c);
                b.def_var(vars[dst.idx()], v);
            }
            Instr::CompareJumpIfFalse {
                op,
                lhs,
                rhs,
                target,
            } => {
                let (x, y) = (get(&mut b, lhs), get(&mut b, rhs));
                let c = b.ins().icmp(int_ops::int_cc(op), x, y);
                let t = blocks[target.0 as usize];
                b.ins()
                    .brif(c, next.expect("a next instruction"), &[], t, &[]);
                continue;
            }
            Instr::JumpIfTrue { cond, target } | Instr::JumpIfFalse { cond, target } => {
                let x = get(&mut b, cond);
                let t = blocks[target.0 as usize];
                let f = next.expect("a next instruction");
                let (yes, no) = if matches!(instr, Instr::JumpIfTrue { .. }) {
                    (t, f)
                } else {
                    (f, t)
                };
                b.ins().brif(x, yes, &[], no, &[]);
                continue;
            }
            Instr::Jump { target } => {
                b.ins().jump(blocks[target.0 as usize], &[]);
                continue;
            }
            Instr::Call {
                dst, args, argc, ..
            } => {
                let mut a = vec![ctx];
                a.extend((0..argc).map(|i| b.use_var(vars[(args.0 + i) as usize])));
                let call = b.ins().call(me, &a);
                let v = b.inst_results(call)[0];
                let failed = b.ins().load(
                    I64,
                    MemFlagsData::trusted(),
                    ctx,
                    native_call_offsets::FAILED,
                );
                let ok = b.create_block();
                b.ins().brif(failed, fail, &[], ok, &[]);
                b.switch_to_block(ok);
                b.def_var(vars[dst.idx()], v);
            }
            Instr::Return { src } => {
                let v = get(&mut b, src);
                let d = b.ins().load(
                    I64,
                    MemFlagsData::trusted(),
                    ctx,
                    native_call_offsets::DEPTH_LEFT,
                );
                let d1 = b.ins().iadd_imm_s(d, 1);
                b.ins().store(
                    MemFlagsData::trusted(),
                    d1,
                    ctx,
                    native_call_offsets::DEPTH_LEFT,
                );
                b.ins().return_(&[v]);
                continue;
            }
            _ => unreachable!("`check` admits only the instructions above"),
        }
        match next {
            Some(nb) => {
                b.ins().jump(nb, &[]);
            }
            None => {
                b.ins().jump(fail, &[]);
            }
        }
    }
    // Blocks of unreachable instructions stay empty: give them an end.
    for (pc, blk) in blocks.iter().enumerate() {
        if !ty.reachable[pc] {
            b.switch_to_block(*blk);
            b.ins().jump(fail, &[]);
        }
    }
    b.switch_to_block(fail);
    let one = b.ins().iconst(I64, 1);
    b.ins().store(
        MemFlagsData::trusted(),
        one,
        ctx,
        native_call_offsets::FAILED,
    );
    let z = b.ins().iconst(I64, 0);
    b.ins().return_(&[z]);
    b.seal_all_blocks();
    b.finalize(config);
}

/// Lowers the entry: the call state and a pointer to the int arguments,
/// passed on to the body.
pub fn lower_entry(
    mut b: FunctionBuilder<'_>,
    nargs: usize,
    body: ir::FuncRef,
    config: TargetFrontendConfig,
) {
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let mut a = vec![p[0]];
    for i in 0..nargs {
        a.push(
            b.ins()
                .load(I64, MemFlagsData::trusted(), p[1], (8 * i) as i32),
        );
    }
    let call = b.ins().call(body, &a);
    let v = b.inst_results(call)[0];
    b.ins().return_(&[v]);
    b.seal_all_blocks();
    b.finalize(config);
}

/// Guards of a compiled function: any failure goes to its `fail` block.
struct FailTo<'b, 'f> {
    b: &'b mut FunctionBuilder<'f>,
    fail: ir::Block,
}

impl<'f> Guards<'f> for FailTo<'_, 'f> {
    fn fb(&mut self) -> &mut FunctionBuilder<'f> {
        self.b
    }

    fn fail_if(&mut self, cond: ir::Value, _raises: bool) {
        let ok = self.b.create_block();
        self.b.ins().brif(cond, self.fail, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }
}
