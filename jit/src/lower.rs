//! Lowering a loop's register instructions to Cranelift IR.
//!
//! Every instruction of the loop gets a block. Registers the analysis
//! typed `int`/`float`/`bool` are Cranelift variables (a tag and a payload
//! each, so that a register not yet written in this run writes back what it
//! held); the rest stay in the frame's memory. Instructions with typed
//! operands are computed inline behind guards; every other instruction is
//! handed to the interpreter through the `step` helper, after writing the
//! typed registers back ("flushing") so that the interpreter sees the
//! current values.
//!
//! Leaving native code goes through one of two shared blocks: `exit_full`
//! writes every typed register back first; `exit_flushed` is for exits
//! right after a helper call, when memory is already the truth (the helper
//! may have written a register, e.g. through `f_locals`).

use crate::analysis::{
    binary_result, call_target, compile_time_value, inline_compare, module_attr, unary_result,
    Analysis, CallTarget, Const, Intrinsic, IterKind, Ty,
};
use crate::int_ops;
use crate::unroll::{self, Unroll};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, types, AbiParam, BlockArg, InstBuilder, MemFlagsData, Signature, SourceLoc,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, Variable};
use slotpy_runtime::bytecode::CodeObject;
use slotpy_runtime::bytecode::{Instr, Reg, UnaryOpKind};
use slotpy_runtime::frontend::ast::{BinOp, CmpOp};
use slotpy_runtime::jit_iface::{
    frame_offsets, DeoptReason, ExitCode, ExitKind, Layout, LoopRequest, STEP_ERROR,
};
use slotpy_runtime::value::{tag, Value};

const I64: ir::Type = types::I64;
const I8: ir::Type = types::I8;
const F64: ir::Type = types::F64;

struct IterVars {
    kind: IterKind,
    /// Range: the value yielded last (the next one minus the step): the
    /// loop variable then shares its machine register. List: the index of
    /// the next item (negative once exhausted).
    next: Variable,
    /// List: the list's payload word (the iterator keeps it alive).
    list: Variable,
    remaining: Variable,
    step: Variable,
    /// Whether the vars hold the state of the iterator in the register
    /// (set once `range_begin` succeeded in this run).
    active: Variable,
}

/// An unrolled loop being lowered (see [`crate::unroll`]).
struct Group {
    plan: Unroll,
    /// Tests whether a whole group can run.
    test: ir::Block,
    /// The loop's single-iteration body, where that test fails.
    single: Option<ir::Block>,
    /// Each copy's blocks, per instruction of the loop.
    copies: Vec<Vec<ir::Block>>,
    /// Values when the group began: the loop counter's last value and the
    /// items left, and the induction variables updated in every iteration
    /// (copies compute theirs from these rather than from the copy before).
    iter_base: Option<(ir::Value, ir::Value)>,
    bases: Vec<(Reg, ir::Value)>,
}

/// A dict watch counter's address and the count it must still hold.
type WatchGuard = (*const u64, u64);

/// A typed operand: its value, type, and the constant it is, if an int
/// constant.
#[derive(Clone, Copy)]
struct Opnd {
    v: ir::Value,
    t: Ty,
    k: Option<i64>,
}

/// Guards of int arithmetic at one instruction: leaving native code
/// before it, naming the register it writes.
struct GuardAt<'l, 'a, 'f> {
    l: &'l mut Lowering<'a, 'f>,
    pc: usize,
    dst: Reg,
}

impl<'f> int_ops::Guards<'f> for GuardAt<'_, '_, 'f> {
    fn fb(&mut self) -> &mut FunctionBuilder<'f> {
        &mut self.l.b
    }

    fn fail_if(&mut self, cond: ir::Value, raises: bool) {
        let reason = if raises {
            DeoptReason::Raises
        } else {
            DeoptReason::Overflow
        };
        self.l.guard(cond, reason, Some(self.dst), self.pc);
    }
}

/// How an instruction is lowered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Plan {
    /// Control flow or computation in native code.
    Inline,
    /// `list[int]` natively when the list holds inline items, else the
    /// interpreter's implementation.
    ListGet,
    ListSet,
    /// `UnpackSequence` natively when the value is a tuple of the right
    /// length (with items of the types speculated for typed targets).
    Unpack,
    /// A boxed `Move`: the value copied natively, its count adjusted.
    BoxedMove,
    /// A `LoadGlobal` of a value known at compile time: only its guards.
    KnownGlobal,
    /// A call of a known callee computed natively (an intrinsic, or a
    /// function lowered in place).
    KnownCall,
    /// The interpreter's implementation, through a helper.
    Helper,
}

struct Sigs {
    step: ir::SigRef,
    /// (ctx, u32 x4) -> i64: get_item, set_item.
    item: ir::SigRef,
    /// (ctx, u32, u32|ptr, ptr|u32, u32) -> i64: get_attr, set_attr.
    get_attr: ir::SigRef,
    set_attr: ir::SigRef,
    load_global: ir::SigRef,
    clear: ir::SigRef,
    range_begin: ir::SigRef,
    range_end: ir::SigRef,
    set_int: ir::SigRef,
    drop_value: ir::SigRef,
    seq_end: ir::SigRef,
}

pub struct Lowering<'a, 'f> {
    b: FunctionBuilder<'f>,
    req: &'a LoopRequest<'a>,
    an: &'a Analysis,
    ctx: ir::Value,
    blocks: Vec<ir::Block>,
    tag: Vec<Option<Variable>>,
    pay: Vec<Option<Variable>>,
    iters: Vec<Option<IterVars>>,
    count: Variable,
    /// When the loop is `for` over a range counted natively: the header's
    /// body block (after the "items left?" test), which back-edges enter
    /// directly after repeating the test (loop inversion), and the items
    /// left at entry (iterations are then counted by difference).
    header_body: Option<ir::Block>,
    remaining_at_entry: Option<ir::Value>,
    exit_full: ir::Block,
    exit_flushed: ir::Block,
    sigs: Sigs,
    config: TargetFrontendConfig,
    /// The instruction being lowered.
    pc: usize,
    /// Variables of temporaries, one per type they take.
    temp_vars: std::collections::HashMap<(usize, u32), Variable>,
    /// Per instruction: the typed variables that may differ from memory
    /// when it starts (what a helper call there must write back first).
    dirty: Vec<Vec<Reg>>,
    /// Per register: what native code has established about the list it
    /// holds, along straight-line code (see [`ListFact`]).
    lists: Vec<Option<ListFact>>,
    /// Calls emitted so far; a list's header may change across a call.
    calls: u32,
    /// Per instruction of the loop: whether the previous instruction is its
    /// only way in, so facts established there still hold.
    straight: Vec<bool>,
    groups: Vec<Group>,
    /// The instruction just lowered continues in its block into the next
    /// one (see [`Lowering::falls_through`]).
    fall: bool,
    /// While lowering a copy of an unrolled loop: the group's index and the
    /// copy's number (from 1).
    copy: Option<(usize, u32)>,
}

/// A register known to hold a list, and, while no call has run since
/// (`epoch` equals [`Lowering::calls`]), its header as loaded then.
#[derive(Clone, Copy)]
struct ListFact {
    /// The list object (the register's payload).
    obj: ir::Value,
    header: Option<ListHeader>,
}

#[derive(Clone, Copy)]
struct ListHeader {
    epoch: u32,
    len: ir::Value,
    data: ir::Value,
    /// Checked not borrowed at all (writable), not just not mutably.
    writable: bool,
    /// `len` and `data` are the compact items' (see `objects::list`).
    compact: bool,
}

fn sig(call_conv: CallConv, params: &[ir::Type], ret: Option<ir::Type>) -> Signature {
    let mut s = Signature::new(call_conv);
    s.params.extend(params.iter().map(|&t| AbiParam::new(t)));
    if let Some(r) = ret {
        s.returns.push(AbiParam::new(r));
    }
    s
}

/// Per instruction of `header..=end`: whether it is entered only by
/// falling through from the instruction before it.
fn straight_line(
    code: &slotpy_runtime::bytecode::CodeObject,
    header: usize,
    end: usize,
) -> Vec<bool> {
    let mut preds = vec![0u32; end - header + 1];
    let mut succ = Vec::new();
    for pc in header..=end {
        crate::analysis::successors(code, pc, &mut succ);
        for &s in &succ {
            if (header..=end).contains(&s) {
                preds[s - header] += 1;
            }
        }
    }
    (header..=end)
        // One way in, and the instruction before falls through to it.
        .map(|pc| pc > header && preds[pc - header] == 1 && !code.instrs[pc - 1].is_terminal())
        .collect()
}

fn exit_word(kind: ExitKind, reason: DeoptReason, reg: Option<Reg>, pc: usize) -> i64 {
    ExitCode::encode(kind, reason, reg, pc as u32) as i64
}

impl<'a, 'f> Lowering<'a, 'f> {
    pub fn new(
        mut b: FunctionBuilder<'f>,
        req: &'a LoopRequest<'a>,
        an: &'a Analysis,
        call_conv: CallConv,
        config: TargetFrontendConfig,
    ) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let ctx = b.block_params(entry)[0];
        let blocks = (an.header..=an.end).map(|_| b.create_block()).collect();
        let nregs = an.ty.len();
        let mut tag = vec![None; nregs];
        let mut pay = vec![None; nregs];
        for r in an.unboxed_regs() {
            if an.tag_var[r.idx()] {
                tag[r.idx()] = Some(b.declare_var(I64));
            }
            let pt = if an.ty[r.idx()] == Ty::Float {
                F64
            } else {
                I64
            };
            pay[r.idx()] = Some(b.declare_var(pt));
        }
        let mut iters = Vec::with_capacity(nregs);
        for r in 0..nregs {
            iters.push(an.virt[r].map(|kind| IterVars {
                kind,
                next: b.declare_var(I64),
                list: b.declare_var(I64),
                remaining: b.declare_var(I64),
                step: b.declare_var(I64),
                active: b.declare_var(I64),
            }));
        }
        let count = b.declare_var(I64);
        let header_body = match req.code.instrs[an.header] {
            Instr::ForIter { iter, .. } if an.virt[iter.idx()] == Some(IterKind::Range) => {
                Some(b.create_block())
            }
            _ => None,
        };
        let exit_full = b.create_block();
        b.append_block_param(exit_full, I64);
        let exit_flushed = b.create_block();
        b.append_block_param(exit_flushed, I64);
        let sigs = Sigs {
            step: b.import_signature(sig(call_conv, &[I64, types::I32], Some(I64))),
            item: b.import_signature(sig(
                call_conv,
                &[I64, types::I32, types::I32, types::I32, types::I32],
                Some(I64),
            )),
            get_attr: b.import_signature(sig(
                call_conv,
                &[I64, types::I32, types::I32, I64, types::I32],
                Some(I64),
            )),
            set_attr: b.import_signature(sig(
                call_conv,
                &[I64, types::I32, I64, types::I32, types::I32],
                Some(I64),
            )),
            load_global: b.import_signature(sig(
                call_conv,
                &[I64, types::I32, I64, I64, types::I32],
                Some(I64),
            )),
            clear: b.import_signature(sig(call_conv, &[I64, types::I32], None)),
            range_begin: b.import_signature(sig(call_conv, &[I64, types::I32], Some(I64))),
            range_end: b.import_signature(sig(call_conv, &[I64, types::I32, I64, I64], None)),
            set_int: b.import_signature(sig(call_conv, &[I64, types::I32, I64], None)),
            drop_value: b.import_signature(sig(call_conv, &[I64, I64], None)),
            seq_end: b.import_signature(sig(call_conv, &[I64, types::I32, I64], None)),
        };
        Lowering {
            b,
            req,
            an,
            ctx,
            blocks,
            tag,
            pay,
            iters,
            count,
            header_body,
            remaining_at_entry: None,
            exit_full,
            exit_flushed,
            sigs,
            config,
            pc: an.header,
            temp_vars: Default::default(),
            dirty: Vec::new(),
            lists: vec![None; nregs],
            calls: 0,
            straight: straight_line(req.code, an.header, an.end),
            groups: Vec::new(),
            fall: false,
            copy: None,
        }
        .with_cold_exits()
    }

    fn with_cold_exits(mut self) -> Self {
        self.b.set_cold_block(self.exit_full);
        self.b.set_cold_block(self.exit_flushed);
        self
    }

    // ---- small builders ----

    fn iconst(&mut self, v: i64) -> ir::Value {
        self.b.ins().iconst(I64, v)
    }

    fn regs_ptr(&mut self) -> ir::Value {
        let ctx = self.ctx;
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted(), ctx, frame_offsets::REGS)
    }

    fn slot_offset(r: Reg) -> i32 {
        r.idx() as i32 * tag::SIZE
    }

    fn load_tag(&mut self, r: Reg) -> ir::Value {
        let p = self.regs_ptr();
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted(), p, Self::slot_offset(r))
    }

    fn load_payload(&mut self, r: Reg, ty: ir::Type) -> ir::Value {
        let p = self.regs_ptr();
        self.b.ins().load(
            ty,
            MemFlagsData::trusted(),
            p,
            Self::slot_offset(r) + tag::PAYLOAD_OFFSET,
        )
    }

    fn helper_addr(&mut self, f: usize) -> ir::Value {
        self.b.ins().iconst(I64, f as i64)
    }

    fn call(&mut self, sig: ir::SigRef, f: usize, args: &[ir::Value]) -> Option<ir::Value> {
        self.calls += 1;
        self.release_call(sig, f, args)
    }

    /// A call of a helper that only releases or replaces values (`clear`,
    /// `drop_value`, `set_int`): dropping a value runs no Python code in
    /// this runtime (no `__del__`; generators are closed later by the
    /// interpreter), so no list changes and list facts stay valid.
    fn release_call(&mut self, sig: ir::SigRef, f: usize, args: &[ir::Value]) -> Option<ir::Value> {
        let callee = self.helper_addr(f);
        let inst = self.b.ins().call_indirect(sig, callee, args);
        self.b.inst_results(inst).first().copied()
    }

    fn reg_arg(&mut self, r: Reg) -> ir::Value {
        self.b.ins().iconst(types::I32, r.idx() as i64)
    }

    fn ir_type(t: Ty) -> ir::Type {
        if t == Ty::Float {
            F64
        } else {
            I64
        }
    }

    fn tag_of(t: Ty) -> i64 {
        match t {
            Ty::Int => tag::INT as i64,
            Ty::Float => tag::FLOAT as i64,
            Ty::Bool => tag::BOOL as i64,
            _ => unreachable!("only unboxed types have a fixed tag"),
        }
    }

    /// The value of a typed register (or inline constant).
    fn get(&mut self, r: Reg) -> ir::Value {
        if let Some(c) = self.an.konst[r.idx()] {
            return match c {
                Const::Int(v) => self.iconst(v),
                Const::Bool(v) => self.iconst(v as i64),
                Const::Float(f) => self.b.ins().f64const(f),
            };
        }
        if self.an.is_flow_temp(r.idx()) {
            let t = self.an.ty_at(self.pc, r);
            let v = self.temp_var(r, t);
            return self.b.use_var(v);
        }
        let v = self.pay[r.idx()].expect("typed register");
        self.b.use_var(v)
    }

    fn temp_var(&mut self, r: Reg, t: Ty) -> Variable {
        let key = (r.idx(), t.key());
        if let Some(&v) = self.temp_vars.get(&key) {
            return v;
        }
        let v = self.b.declare_var(Self::ir_type(t));
        self.temp_vars.insert(key, v);
        v
    }

    /// Writes typed temporary `r` (of type `t`) to the frame, releasing a
    /// heap value the slot may still hold from a boxed use.
    fn store_temp(&mut self, r: Reg, t: Ty) {
        if let Ty::Known(k) = t {
            return self.materialize(r, k);
        }
        let var = self.temp_var(r, t);
        let v = self.b.use_var(var);
        let old = self.load_tag(r);
        let heap = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThan, old, tag::FLOAT as i64);
        let clear = self.b.create_block();
        self.b.set_cold_block(clear);
        let done = self.b.create_block();
        self.b.ins().brif(heap, clear, &[], done, &[]);
        self.b.switch_to_block(clear);
        let (ctx, ra) = (self.ctx, self.reg_arg(r));
        self.release_call(self.sigs.clear, self.req.helpers.clear as usize, &[ctx, ra]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        let p = self.regs_ptr();
        let tg = self.iconst(Self::tag_of(t));
        let off = Self::slot_offset(r);
        self.b.ins().store(MemFlagsData::trusted(), tg, p, off);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), v, p, off + tag::PAYLOAD_OFFSET);
    }

    /// Writes the typed temporaries live at the current instruction.
    fn store_live_temps(&mut self) {
        for (r, t) in self.an.live_temps(self.pc) {
            self.store_temp(r, t);
        }
    }

    /// Writes the typed temporaries as they are after the current
    /// instruction that the code at `target` (outside the loop) reads.
    fn store_temps_after(&mut self, target: usize) {
        let i = self.pc - self.an.header;
        let mut state: Vec<(Reg, Ty)> = Vec::new();
        for r in 0..self.an.ty.len() {
            if !self.an.is_flow_temp(r) || !self.an.live_all.get(target).is_some_and(|l| l[r]) {
                continue;
            }
            let t = self.an.writes[i]
                .iter()
                .find(|(w, _)| w.idx() == r)
                .map_or(self.an.temp_in[i][r], |&(_, t)| t);
            if t.is_unboxed() || t.is_known() {
                state.push((Reg(r as u16), t));
            }
        }
        for (r, t) in state {
            self.store_temp(r, t);
        }
    }

    fn set(&mut self, r: Reg, v: ir::Value) {
        if self.an.is_flow_temp(r.idx()) {
            let t = self.an.def_ty(self.pc, r);
            let var = self.temp_var(r, t);
            self.b.def_var(var, v);
            return;
        }
        let t = self.an.ty[r.idx()];
        if let Some(tv) = self.tag[r.idx()] {
            // The register may still hold the heap value it had at entry:
            // release it now that the variable changes.
            let old = self.b.use_var(tv);
            let heap = self
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThan, old, tag::FLOAT as i64);
            let clear = self.b.create_block();
            self.b.set_cold_block(clear);
            let done = self.b.create_block();
            self.b.ins().brif(heap, clear, &[], done, &[]);
            self.b.switch_to_block(clear);
            let (ctx, ra) = (self.ctx, self.reg_arg(r));
            self.release_call(self.sigs.clear, self.req.helpers.clear as usize, &[ctx, ra]);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(done);
            let tagc = self.iconst(Self::tag_of(t));
            self.b.def_var(tv, tagc);
        }
        let pv = self.pay[r.idx()].expect("typed register");
        self.b.def_var(pv, v);
    }

    /// The current tag of a typed register.
    fn tag_value(&mut self, r: Reg) -> ir::Value {
        match self.tag[r.idx()] {
            Some(tv) => self.b.use_var(tv),
            None => {
                let t = Self::tag_of(self.ty(r));
                self.iconst(t)
            }
        }
    }

    fn const_int(&self, r: Reg) -> Option<i64> {
        match self.an.konst[r.idx()] {
            Some(Const::Int(v)) => Some(v),
            _ => None,
        }
    }

    /// The type of `r` as the current instruction reads it.
    fn ty(&self, r: Reg) -> Ty {
        self.an.ty_at(self.pc, r)
    }

    /// The type the current instruction writes to `r`.
    fn dty(&self, r: Reg) -> Ty {
        self.an.def_ty(self.pc, r)
    }

    /// A named variable native code keeps in a machine register.
    fn typed_var(&self, r: Reg) -> bool {
        self.pay[r.idx()].is_some()
    }

    /// A destination the current instruction can write inline.
    fn typed_dst(&self, r: Reg) -> bool {
        self.typed_var(r) || (self.an.is_flow_temp(r.idx()) && self.dty(r).is_unboxed())
    }

    /// A typed register as an operand.
    fn opnd(&mut self, r: Reg) -> Opnd {
        Opnd {
            v: self.get(r),
            t: self.ty(r),
            k: self.const_int(r),
        }
    }

    /// An operand as a float (ints converted like `int.__float__`).
    fn float_of(&mut self, o: Opnd) -> ir::Value {
        match o.t {
            Ty::Float => o.v,
            _ => self.b.ins().fcvt_from_sint(F64, o.v),
        }
    }

    fn jump_exit(&mut self, block: ir::Block, word: ir::Value) {
        self.b.ins().jump(block, &[BlockArg::Value(word)]);
    }

    /// Leaves native code before instruction `pc` (which the interpreter
    /// then runs), writing typed registers back.
    fn exit_before(&mut self, kind: ExitKind, reason: DeoptReason, reg: Option<Reg>, pc: usize) {
        self.store_live_temps();
        let w = self.iconst(exit_word(kind, reason, reg, pc));
        let block = self.exit_full;
        self.jump_exit(block, w);
    }

    /// Branches to a deopt before `pc` when `cond` is true, else continues.
    fn guard(&mut self, cond: ir::Value, reason: DeoptReason, reg: Option<Reg>, pc: usize) {
        let fail = self.b.create_block();
        self.b.set_cold_block(fail);
        let ok = self.b.create_block();
        self.b.ins().brif(cond, fail, &[], ok, &[]);
        self.b.switch_to_block(fail);
        self.exit_before(ExitKind::Deopt, reason, reg, pc);
        self.b.switch_to_block(ok);
    }

    /// Control flow to instruction `target`: its block, or an exit.
    fn goto(&mut self, target: usize) {
        if target == self.pc + 1 && self.falls_through(self.pc) {
            // The next instruction continues this block: fewer blocks make
            // less work for Cranelift's register allocator.
            self.fall = true;
            return;
        }
        if self.an.in_region(target) {
            if target == self.an.header && self.remaining_at_entry.is_none() {
                let c = self.b.use_var(self.count);
                let c1 = self.b.ins().iadd_imm_s(c, 1);
                self.b.def_var(self.count, c1);
            }
            if let Some((g, j)) = self.copy {
                let grp = &self.groups[g];
                if target == grp.plan.header {
                    // On to the next copy, or after the last one straight
                    // to the test whether another group can run (which
                    // tests for items left only when it fails).
                    let next = match grp.copies.get(j as usize) {
                        Some(copy) => copy[0],
                        None => grp.test,
                    };
                    self.b.ins().jump(next, &[]);
                    return;
                }
            }
            if target == self.an.header {
                if let (Some(body), Instr::ForIter { iter, exit, .. }) =
                    (self.header_body, self.req.code.instrs[self.an.header])
                {
                    let to = self.test_target(target, body);
                    self.range_test(iter, to, exit.0 as usize);
                    return;
                }
            }
            let blk = self.block_of(target);
            self.b.ins().jump(blk, &[]);
        } else {
            self.store_temps_after(target);
            let w = self.iconst(exit_word(ExitKind::Exit, DeoptReason::None, None, target));
            let block = self.exit_full;
            self.jump_exit(block, w);
        }
    }

    /// The block of instruction `target`: in the copy being lowered when
    /// it is part of it.
    fn block_of(&self, target: usize) -> ir::Block {
        if let Some((g, j)) = self.copy {
            let grp = &self.groups[g];
            if grp.plan.contains(target) && target != grp.plan.header {
                return grp.copies[j as usize - 1][target - grp.plan.header];
            }
        }
        self.blocks[target - self.an.header]
    }

    /// Where the "items left?" test of the range loop at `pc` leads: its
    /// group test when unrolled (falling back to `body`), else `body`.
    fn test_target(&mut self, pc: usize, body: ir::Block) -> ir::Block {
        match self.groups.iter_mut().find(|g| g.plan.header == pc) {
            Some(g) => {
                g.single = Some(body);
                g.test
            }
            None => body,
        }
    }

    fn branch(&mut self, cond: ir::Value, then_pc: usize, else_pc: usize) {
        let t = self.b.create_block();
        let e = self.b.create_block();
        self.b.ins().brif(cond, t, &[], e, &[]);
        self.b.switch_to_block(t);
        self.goto(then_pc);
        self.b.switch_to_block(e);
        self.goto(else_pc);
    }

    /// Writes the typed registers back to the frame before the interpreter
    /// runs the current instruction: the live temporaries and the
    /// variables possibly changed since the last write-back.
    fn flush(&mut self) {
        self.store_live_temps();
        let regs = self.dirty[self.pc - self.an.header].clone();
        self.store_named(regs);
    }

    fn flush_named(&mut self) {
        let regs: Vec<Reg> = self.an.unboxed_regs().collect();
        self.store_named(regs);
    }

    fn store_named(&mut self, regs: Vec<Reg>) {
        if regs.is_empty() {
            return;
        }
        let p = self.regs_ptr();
        for r in regs {
            let tv = self.tag_value(r);
            let pv = self.b.use_var(self.pay[r.idx()].expect("typed"));
            let off = Self::slot_offset(r);
            self.b.ins().store(MemFlagsData::trusted(), tv, p, off);
            self.b
                .ins()
                .store(MemFlagsData::trusted(), pv, p, off + tag::PAYLOAD_OFFSET);
        }
    }

    // ---- the function ----

    /// Lowers the loop; returns the number of unboxed variables and, when
    /// `listing`, a table of how each instruction was lowered.
    pub fn lower(mut self, listing: bool) -> (usize, Option<String>) {
        self.dirty = self.dirty_sets();
        self.groups = self.plan_groups();
        let table = listing.then(|| self.plan_listing());
        self.entry();
        for pc in self.an.header..=self.an.end {
            let blk = self.blocks[pc - self.an.header];
            self.lower_at(pc, blk);
        }
        for g in 0..self.groups.len() {
            self.lower_group(g);
        }
        self.exits();
        let n = self.an.unboxed_regs().count();
        self.b.seal_all_blocks();
        self.b.finalize(self.config);
        (n, table)
    }

    fn lower_at(&mut self, pc: usize, blk: ir::Block) {
        self.pc = pc;
        if !std::mem::take(&mut self.fall) {
            self.b.switch_to_block(blk);
        }
        self.b.set_srcloc(SourceLoc::new(self.req.code.line_at(pc)));
        if !self.straight[pc - self.an.header] {
            self.lists.iter_mut().for_each(|f| *f = None);
        }
        self.instr(pc);
        self.track_lists(pc);
    }

    /// Whether instruction `pc`, done, goes on to the next one by staying
    /// in its current block: the next instruction has no other way in, and
    /// `pc` is lowered by straight-line code that ends with its `goto` (no
    /// branch to both sides, no slow path filled after it).
    fn falls_through(&self, pc: usize) -> bool {
        let next = pc + 1;
        if !self.an.in_region(next) || !self.straight[next - self.an.header] {
            return false;
        }
        if self.plan(pc) != Plan::Inline {
            return false;
        }
        match self.req.code.instrs[pc] {
            Instr::Nop
            | Instr::Move { .. }
            | Instr::Binary { .. }
            | Instr::InPlace { .. }
            | Instr::Unary { .. }
            | Instr::Not { .. }
            | Instr::Compare { .. }
            | Instr::CheckBound { .. } => true,
            // A copy of an unrolled loop's `for` step tests nothing.
            Instr::ForIter { .. } => self
                .copy
                .is_some_and(|(g, _)| self.groups[g].plan.header == pc),
            _ => false,
        }
    }

    /// The range loops to unroll, with a test block and blocks for their
    /// copies.
    fn plan_groups(&mut self) -> Vec<Group> {
        let an = self.an;
        let native = |pc: usize| match self.plan(pc) {
            Plan::Inline | Plan::KnownGlobal => true,
            Plan::ListGet | Plan::ListSet | Plan::BoxedMove => self.req.layout.is_some(),
            Plan::KnownCall => {
                matches!(self.known_call(pc), Some((CallTarget::Intrinsic(_), ..)))
            }
            _ => false,
        };
        let int_var = |r: Reg| {
            let i = r.idx();
            self.pay[i].is_some() && self.tag[i].is_none() && an.ty[i] == Ty::Int
        };
        let plans = unroll::plan(self.req.code, an, native, int_var);
        plans
            .into_iter()
            .map(|plan| {
                let n = plan.end - plan.header + 1;
                let copies = (0..plan.k)
                    .map(|_| (0..n).map(|_| self.b.create_block()).collect())
                    .collect();
                Group {
                    plan,
                    test: self.b.create_block(),
                    single: None,
                    copies,
                    iter_base: None,
                    bases: Vec::new(),
                }
            })
            .collect()
    }

    /// The test whether group `g` can run (enough items left, no induction
    /// variable near overflow), then its copies.
    fn lower_group(&mut self, g: usize) {
        let grp = &self.groups[g];
        let (h, end, k, test) = (grp.plan.header, grp.plan.end, grp.plan.k, grp.test);
        let single = grp.single.expect("the loop's body was lowered");
        let first = grp.copies[0][0];
        let bounds: Vec<(Reg, i64, i64, bool)> = grp
            .plan
            .induction
            .iter()
            .map(|i| (i.reg, i.up, i.down, i.every_iteration.is_some()))
            .collect();
        let Instr::ForIter { iter, exit, .. } = self.req.code.instrs[h] else {
            unreachable!("groups are range loops")
        };
        self.pc = h;
        self.b.switch_to_block(test);
        self.b.set_srcloc(SourceLoc::new(self.req.code.line_at(h)));
        let vars = self.iters[iter.idx()]
            .as_ref()
            .map(|v| (v.next, v.remaining));
        let (next, remaining) = vars.expect("iterator vars");
        let rem = self.b.use_var(remaining);
        let last = self.b.use_var(next);
        let mut fits = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, rem, k as i64);
        self.groups[g].iter_base = Some((last, rem));
        for (r, up, down, every) in bounds {
            let v = self.get(r);
            if every {
                self.groups[g].bases.push((r, v));
            }
            for (cc, limit, moves) in [
                (IntCC::SignedLessThanOrEqual, i64::MAX - up, up),
                (IntCC::SignedGreaterThanOrEqual, i64::MIN + down, down),
            ] {
                if moves > 0 {
                    let ok = self.b.ins().icmp_imm_s(cc, v, limit);
                    fits = self.b.ins().band(fits, ok);
                }
            }
        }
        let retest = self.b.create_block();
        self.b.ins().brif(fits, first, &[], retest, &[]);
        self.b.switch_to_block(retest);
        self.range_test(iter, single, exit.0 as usize);
        for j in 1..=k {
            self.copy = Some((g, j));
            for pc in h..=end {
                let blk = self.groups[g].copies[j as usize - 1][pc - h];
                self.lower_at(pc, blk);
            }
        }
        self.copy = None;
    }

    /// One line per instruction: source line, index, how it is lowered and
    /// the types of the registers it writes.
    fn plan_listing(&self) -> String {
        let mut out = String::from("; instructions (line, index, lowering, written types):\n");
        for pc in self.an.header..=self.an.end {
            let how = match self.plan(pc) {
                Plan::Inline => "native",
                Plan::ListGet | Plan::ListSet => "native list, deopt otherwise",
                Plan::Unpack => "native tuple, helper otherwise",
                Plan::BoxedMove => "native copy",
                Plan::KnownGlobal => "known value, guarded",
                Plan::KnownCall => "native call",
                Plan::Helper => "helper",
            };
            let writes: Vec<String> = self.an.writes[pc - self.an.header]
                .iter()
                .map(|(r, _)| format!("r{}:{:?}", r.0, self.an.def_ty(pc, *r)))
                .collect();
            out.push_str(&format!(
                ";   {:>4} {:>4}  {:<30} {}\n",
                self.req.code.line_at(pc),
                pc,
                how,
                writes.join(" ")
            ));
        }
        for g in &self.groups {
            let p = &g.plan;
            let ind: Vec<String> = p
                .induction
                .iter()
                .map(|i| format!("r{}", i.reg.0))
                .collect();
            out.push_str(&format!(
                "; loop at line {} (instructions {}..={}) unrolled by {}; unchecked int updates: {}\n",
                self.req.code.line_at(p.header),
                p.header,
                p.end,
                p.k,
                if ind.is_empty() { "none".into() } else { ind.join(" ") }
            ));
        }
        out
    }

    /// Guards the types of live typed registers, loads them, starts the
    /// range iterators that are live, and jumps to the header.
    fn entry(&mut self) {
        let header = self.an.header;
        let zero = self.iconst(0);
        self.b.def_var(self.count, zero);
        let regs: Vec<Reg> = self.an.unboxed_regs().collect();
        for &r in &regs {
            let t = self.ty(r);
            let pv = self.pay[r.idx()].expect("typed");
            let tg = self.load_tag(r);
            if self.an.entry_guard[r.idx()] {
                let bad = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::NotEqual, tg, Self::tag_of(t));
                let fail = self.b.create_block();
                let ok = self.b.create_block();
                self.b.ins().brif(bad, fail, &[], ok, &[]);
                self.b.switch_to_block(fail);
                let w = self.iconst(exit_word(
                    ExitKind::Deopt,
                    DeoptReason::EntryType,
                    Some(r),
                    header,
                ));
                self.b.ins().return_(&[w]);
                self.b.switch_to_block(ok);
                let p = self.load_payload(r, Self::ir_type(t));
                self.b.def_var(pv, p);
                continue;
            }
            // A variable not read before the loop writes it keeps what it
            // holds (any value, observable through locals()) until then:
            // its words are carried along unchanged, and released when the
            // loop first writes it (see `set`).
            let tv = self.tag[r.idx()].expect("tag var");
            self.b.def_var(tv, tg);
            let p = self.load_payload(r, Self::ir_type(t));
            self.b.def_var(pv, p);
        }
        let virt: Vec<Reg> = self.an.virt_regs().collect();
        for r in virt {
            let v = self.iters[r.idx()]
                .as_ref()
                .map(|v| (v.kind, v.next, v.list, v.remaining, v.step, v.active));
            let (kind, next, list, remaining, step, active) = v.expect("iterator vars");
            if self.an.live_in[r.idx()] {
                let begin = match kind {
                    IterKind::Range => self.req.helpers.range_begin,
                    IterKind::List => self.req.helpers.seq_begin,
                };
                let (ctx, ra) = (self.ctx, self.reg_arg(r));
                let ok = self
                    .call(self.sigs.range_begin, begin as usize, &[ctx, ra])
                    .expect("result");
                let fail = self.b.create_block();
                let cont = self.b.create_block();
                self.b.ins().brif(ok, cont, &[], fail, &[]);
                self.b.switch_to_block(fail);
                let w = self.iconst(exit_word(
                    ExitKind::Deopt,
                    DeoptReason::Iterator,
                    Some(r),
                    header,
                ));
                self.b.ins().return_(&[w]);
                self.b.switch_to_block(cont);
                match kind {
                    IterKind::Range => self.load_iter_state(next, remaining, step),
                    IterKind::List => self.load_list_state(list, next),
                }
                let one = self.iconst(1);
                self.b.def_var(active, one);
                if self.header_body.is_some()
                    && matches!(self.req.code.instrs[header], Instr::ForIter { iter, .. } if iter == r)
                {
                    self.remaining_at_entry = Some(self.b.use_var(remaining));
                }
            } else {
                let z = self.iconst(0);
                for var in [active, next, list, remaining, step] {
                    self.b.def_var(var, z);
                }
            }
        }
        let blk = self.blocks[0];
        self.b.ins().jump(blk, &[]);
    }

    fn load_iter_state(&mut self, last: Variable, remaining: Variable, step: Variable) {
        let ctx = self.ctx;
        let mut vals = [None; 3];
        for (i, v) in vals.iter_mut().enumerate() {
            *v = Some(self.b.ins().load(
                I64,
                MemFlagsData::trusted(),
                ctx,
                frame_offsets::OUT + 8 * i as i32,
            ));
        }
        let [Some(next), Some(rem), Some(st)] = vals else {
            unreachable!("three words loaded")
        };
        let prev = self.b.ins().isub(next, st);
        self.b.def_var(last, prev);
        self.b.def_var(remaining, rem);
        self.b.def_var(step, st);
    }

    fn load_list_state(&mut self, list: Variable, next: Variable) {
        let ctx = self.ctx;
        let l = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), ctx, frame_offsets::OUT);
        let i = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), ctx, frame_offsets::OUT + 8);
        self.b.def_var(list, l);
        self.b.def_var(next, i);
    }

    fn exits(&mut self) {
        for full in [true, false] {
            let blk = if full {
                self.exit_full
            } else {
                self.exit_flushed
            };
            self.b.switch_to_block(blk);
            let word = self.b.block_params(blk)[0];
            if full {
                self.flush_named();
            }
            let virt: Vec<Reg> = self.an.virt_regs().collect();
            for r in virt {
                let v = self.iters[r.idx()]
                    .as_ref()
                    .map(|v| (v.kind, v.next, v.remaining, v.step, v.active));
                let (kind, last, remaining, step, active) = v.expect("iterator vars");
                let a = self.b.use_var(active);
                let store = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(a, store, &[], done, &[]);
                self.b.switch_to_block(store);
                let (ctx, ra) = (self.ctx, self.reg_arg(r));
                let l = self.b.use_var(last);
                match kind {
                    IterKind::Range => {
                        let st = self.b.use_var(step);
                        let n = self.b.ins().iadd(l, st);
                        let rem = self.b.use_var(remaining);
                        self.call(
                            self.sigs.range_end,
                            self.req.helpers.range_end as usize,
                            &[ctx, ra, n, rem],
                        );
                    }
                    IterKind::List => {
                        self.call(
                            self.sigs.seq_end,
                            self.req.helpers.seq_end as usize,
                            &[ctx, ra, l],
                        );
                    }
                }
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            let c = match (
                self.remaining_at_entry,
                self.req.code.instrs[self.an.header],
            ) {
                (Some(r0), Instr::ForIter { iter, .. }) => {
                    let rv = self.iters[iter.idx()].as_ref().map(|v| v.remaining);
                    let now = self.b.use_var(rv.expect("iterator vars"));
                    self.b.ins().isub(r0, now)
                }
                _ => self.b.use_var(self.count),
            };
            let ctx = self.ctx;
            self.b
                .ins()
                .store(MemFlagsData::trusted(), c, ctx, frame_offsets::ITERATIONS);
            self.b.ins().return_(&[word]);
        }
    }

    // ---- instructions ----

    /// How instruction `pc` is lowered (decided from the types alone, so
    /// that [`Lowering::dirty_sets`] knows where helpers run).
    fn plan(&self, pc: usize) -> Plan {
        let an = self.an;
        let ty = |r: Reg| an.ty_at(pc, r);
        let dty = |r: Reg| an.def_ty(pc, r);
        let typed_dst = |r: Reg| {
            (an.is_named(r.idx()) && self.pay[r.idx()].is_some())
                || (an.is_flow_temp(r.idx()) && dty(r).is_unboxed())
        };
        // An instruction whose speculation failed before runs in a helper.
        let generic = self.req.generic.contains(&(pc as u32));
        match self.req.code.instrs[pc] {
            Instr::Nop
            | Instr::Jump { .. }
            | Instr::Return { .. }
            | Instr::Yield { .. }
            | Instr::YieldFrom { .. }
            | Instr::Raise { .. }
            | Instr::Reraise { .. }
            | Instr::RaiseAssert { .. }
            | Instr::CheckBound { .. } => Plan::Inline,
            Instr::Move { dst, src } if typed_dst(dst) && ty(src) == dty(dst) => Plan::Inline,
            Instr::Binary { op, dst, lhs, rhs } | Instr::InPlace { op, dst, lhs, rhs }
                if typed_dst(dst) && binary_result(op, ty(lhs), ty(rhs)) == Some(dty(dst)) =>
            {
                Plan::Inline
            }
            Instr::Unary { op, dst, src }
                if typed_dst(dst) && unary_result(op, ty(src)) == Some(dty(dst)) =>
            {
                Plan::Inline
            }
            Instr::Not { dst, src }
                if typed_dst(dst) && dty(dst) == Ty::Bool && ty(src).is_unboxed() =>
            {
                Plan::Inline
            }
            Instr::Compare { op, dst, lhs, rhs }
                if typed_dst(dst)
                    && dty(dst) == Ty::Bool
                    && inline_compare(op, ty(lhs), ty(rhs)) =>
            {
                Plan::Inline
            }
            Instr::CompareJumpIfFalse { op, lhs, rhs, .. }
                if inline_compare(op, ty(lhs), ty(rhs)) =>
            {
                Plan::Inline
            }
            Instr::JumpIfTrue { cond, .. } | Instr::JumpIfFalse { cond, .. }
                if ty(cond).is_unboxed() =>
            {
                Plan::Inline
            }
            Instr::ForIter { iter, .. } if an.virt[iter.idx()].is_some() => Plan::Inline,
            Instr::GetItem { dst, obj, key }
                if ty(key) == Ty::Int && ty(obj) == Ty::Boxed && typed_dst(dst) && !generic =>
            {
                Plan::ListGet
            }
            Instr::SetItem { obj, key, src }
                if ty(key) == Ty::Int
                    && ty(obj) == Ty::Boxed
                    && ty(src).is_unboxed()
                    && !generic =>
            {
                Plan::ListSet
            }
            Instr::UnpackSequence { src, dst, count }
                if self.req.layout.is_some()
                    && ty(src) == Ty::Boxed
                    && (0..count).all(|i| {
                        let d = Reg(dst.0 + i);
                        typed_dst(d) || (dty(d) == Ty::Boxed && !self.an.is_named(d.idx()))
                    }) =>
            {
                Plan::Unpack
            }
            Instr::Move { dst, src }
                if self.req.layout.is_some()
                    && ty(src) == Ty::Boxed
                    && dty(dst) == Ty::Boxed
                    && self.pay[dst.idx()].is_none() =>
            {
                Plan::BoxedMove
            }
            Instr::LoadGlobal { dst, .. } if dty(dst).is_known() => Plan::KnownGlobal,
            Instr::Call { dst, .. } | Instr::CallMethod { dst, .. }
                if typed_dst(dst) && self.known_call(pc).is_some_and(|(_, t, _)| t == dty(dst)) =>
            {
                Plan::KnownCall
            }
            _ => Plan::Helper,
        }
    }

    /// For every instruction, the typed variables that may differ from
    /// memory when it starts: written natively since the last helper call
    /// (which writes them all back) on some path.
    fn dirty_sets(&self) -> Vec<Vec<Reg>> {
        let (header, end) = (self.an.header, self.an.end);
        let n = end - header + 1;
        let nregs = self.an.ty.len();
        let typed: Vec<bool> = (0..nregs)
            .map(|r| self.pay[r].is_some() && self.an.is_named(r))
            .collect();
        let plans: Vec<Plan> = (header..=end).map(|pc| self.plan(pc)).collect();
        let mut din = vec![vec![false; nregs]; n];
        let mut succ = Vec::new();
        let mut changed = true;
        while changed {
            changed = false;
            for pc in header..=end {
                let i = pc - header;
                let mut out = if plans[i] == Plan::Helper {
                    vec![false; nregs]
                } else {
                    din[i].clone()
                };
                if plans[i] != Plan::Helper {
                    self.req.code.instrs[pc].for_each_write(|w| {
                        if w.idx() < nregs && typed[w.idx()] {
                            out[w.idx()] = true;
                        }
                    });
                }
                crate::analysis::successors(self.req.code, pc, &mut succ);
                for &s in &succ {
                    if !self.an.in_region(s) {
                        continue;
                    }
                    let si = s - header;
                    for r in 0..nregs {
                        if out[r] && !din[si][r] {
                            din[si][r] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        din.into_iter()
            .map(|d| {
                (0..nregs)
                    .filter(|&r| d[r])
                    .map(|r| Reg(r as u16))
                    .collect()
            })
            .collect()
    }

    fn instr(&mut self, pc: usize) {
        let instr = self.req.code.instrs[pc];
        match self.plan(pc) {
            Plan::Inline => {}
            Plan::ListGet => return self.list_get(pc),
            Plan::ListSet => return self.list_set(pc),
            Plan::Unpack => return self.unpack(pc),
            Plan::KnownGlobal => return self.known_global(pc),
            Plan::KnownCall => return self.known_call_inline(pc),
            Plan::BoxedMove => return self.boxed_move(pc),
            Plan::Helper => return self.helper(pc),
        }
        match instr {
            Instr::Nop => self.goto(pc + 1),
            Instr::Jump { target } => self.goto(target.0 as usize),
            Instr::Return { .. }
            | Instr::Yield { .. }
            | Instr::YieldFrom { .. }
            | Instr::Raise { .. }
            | Instr::Reraise { .. }
            | Instr::RaiseAssert { .. } => {
                self.exit_before(ExitKind::Exit, DeoptReason::None, None, pc)
            }
            Instr::Move { dst, src } if self.typed_dst(dst) && self.ty(src) == self.dty(dst) => {
                let v = self.get(src);
                self.set(dst, v);
                self.goto(pc + 1);
            }
            Instr::Binary { op, dst, lhs, rhs } | Instr::InPlace { op, dst, lhs, rhs }
                if self.typed_dst(dst)
                    && binary_result(op, self.ty(lhs), self.ty(rhs)) == Some(self.dty(dst)) =>
            {
                self.binary(pc, op, dst, lhs, rhs);
                self.goto(pc + 1);
            }
            Instr::Unary { op, dst, src }
                if self.typed_dst(dst) && unary_result(op, self.ty(src)) == Some(self.dty(dst)) =>
            {
                self.unary(pc, op, dst, src);
                self.goto(pc + 1);
            }
            Instr::Not { dst, src }
                if self.typed_dst(dst)
                    && self.dty(dst) == Ty::Bool
                    && self.ty(src).is_unboxed() =>
            {
                let t = self.truth(src);
                let t = self.b.ins().uextend(I64, t);
                let f = self.b.ins().bxor_imm_s(t, 1);
                self.set(dst, f);
                self.goto(pc + 1);
            }
            Instr::Compare { op, dst, lhs, rhs }
                if self.typed_dst(dst)
                    && self.dty(dst) == Ty::Bool
                    && inline_compare(op, self.ty(lhs), self.ty(rhs)) =>
            {
                let c = self.compare(pc, op, lhs, rhs);
                let v = self.b.ins().uextend(I64, c);
                self.set(dst, v);
                self.goto(pc + 1);
            }
            Instr::CompareJumpIfFalse {
                op,
                lhs,
                rhs,
                target,
            } if inline_compare(op, self.ty(lhs), self.ty(rhs)) => {
                let c = self.compare(pc, op, lhs, rhs);
                self.branch(c, pc + 1, target.0 as usize);
            }
            Instr::JumpIfTrue { cond, target } if self.ty(cond).is_unboxed() => {
                let t = self.truth(cond);
                self.branch(t, target.0 as usize, pc + 1);
            }
            Instr::JumpIfFalse { cond, target } if self.ty(cond).is_unboxed() => {
                let t = self.truth(cond);
                self.branch(t, pc + 1, target.0 as usize);
            }
            Instr::CheckBound { reg } => {
                let t = if self.typed_var(reg) {
                    self.tag_value(reg)
                } else if self.an.konst[reg.idx()].is_some() {
                    self.iconst(tag::INT as i64)
                } else {
                    self.load_tag(reg)
                };
                let unbound = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, t, tag::UNBOUND as i64);
                let raise = self.b.create_block();
                let ok = self.b.create_block();
                self.b.ins().brif(unbound, raise, &[], ok, &[]);
                self.b.switch_to_block(raise);
                self.exit_before(ExitKind::Exit, DeoptReason::None, None, pc);
                self.b.switch_to_block(ok);
                self.goto(pc + 1);
            }
            Instr::ForIter { iter, dst, exit } => match self.an.virt_kind(iter) {
                Some(IterKind::Range) => self.for_range(pc, iter, dst, exit.0 as usize),
                Some(IterKind::List) => self.for_list(pc, iter, dst, exit.0 as usize),
                None => self.helper(pc),
            },
            _ => self.helper(pc),
        }
    }

    /// `bool(r)` of a typed register, as an i8 condition.
    fn truth(&mut self, r: Reg) -> ir::Value {
        let o = self.opnd(r);
        self.truth_val(o)
    }

    fn truth_val(&mut self, o: Opnd) -> ir::Value {
        let v = o.v;
        match o.t {
            Ty::Float => {
                let z = self.b.ins().f64const(0.0);
                self.b.ins().fcmp(FloatCC::NotEqual, v, z)
            }
            _ => self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0),
        }
    }

    fn compare(&mut self, pc: usize, op: CmpOp, lhs: Reg, rhs: Reg) -> ir::Value {
        let (a, b) = (self.opnd(lhs), self.opnd(rhs));
        self.compare_val(pc, op, a, b)
    }

    fn compare_val(&mut self, pc: usize, op: CmpOp, oa: Opnd, ob: Opnd) -> ir::Value {
        let (ta, tb) = (oa.t, ob.t);
        if ta == Ty::Int && tb == Ty::Int {
            return self.b.ins().icmp(int_ops::int_cc(op), oa.v, ob.v);
        }
        // Python compares an int with a float exactly: native code only
        // when the int converts without rounding.
        for o in [oa, ob] {
            if o.t == Ty::Int {
                self.guard_exact_float(o.v, pc);
            }
        }
        let (a, b) = (self.float_of(oa), self.float_of(ob));
        let cc = match op {
            CmpOp::Eq => FloatCC::Equal,
            CmpOp::NotEq => FloatCC::NotEqual,
            CmpOp::Lt => FloatCC::LessThan,
            CmpOp::LtE => FloatCC::LessThanOrEqual,
            CmpOp::Gt => FloatCC::GreaterThan,
            _ => FloatCC::GreaterThanOrEqual,
        };
        self.b.ins().fcmp(cc, a, b)
    }

    /// Deopts before `pc` unless int register `r` is within ±2**53.
    fn guard_exact_float(&mut self, v: ir::Value, pc: usize) {
        let shifted = self.b.ins().iadd_imm_s(v, 1 << 53);
        let big = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThan, shifted, 1 << 54);
        self.guard(big, DeoptReason::Precision, None, pc);
    }

    fn unary(&mut self, pc: usize, op: UnaryOpKind, dst: Reg, src: Reg) {
        let o = self.opnd(src);
        let r = self.unary_val(pc, op, dst, o);
        self.set(dst, r);
    }

    fn unary_val(&mut self, pc: usize, op: UnaryOpKind, dst: Reg, o: Opnd) -> ir::Value {
        let v = o.v;
        match (op, o.t) {
            (UnaryOpKind::Pos, _) => v,
            (UnaryOpKind::Neg, Ty::Float) => self.b.ins().fneg(v),
            (UnaryOpKind::Neg, _) => {
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, v, i64::MIN);
                self.guard(min, DeoptReason::Overflow, Some(dst), pc);
                self.b.ins().ineg(v)
            }
            (UnaryOpKind::Invert, _) => self.b.ins().bnot(v),
        }
    }

    fn binary(&mut self, pc: usize, op: BinOp, dst: Reg, lhs: Reg, rhs: Reg) {
        if let Some((g, j)) = self.copy {
            let grp = &self.groups[g];
            if let Some(ind) = grp.plan.induction_at(pc) {
                // The group's test proved the result in range.
                let r = match ind.every_iteration {
                    Some(delta) => {
                        let base = grp.bases.iter().find(|(r, _)| *r == ind.reg);
                        let (_, base) = *base.expect("taken by the group test");
                        self.b.ins().iadd_imm_s(base, delta * j as i64)
                    }
                    None => {
                        let (a, b) = (self.get(lhs), self.get(rhs));
                        match op {
                            BinOp::Add => self.b.ins().iadd(a, b),
                            _ => self.b.ins().isub(a, b),
                        }
                    }
                };
                return self.set(dst, r);
            }
        }
        let (a, b) = (self.opnd(lhs), self.opnd(rhs));
        let r = self.binary_val(pc, op, dst, a, b);
        self.set(dst, r);
    }

    /// `a op b` for typed operands; failures deopt before `pc`, naming
    /// `dst` (the register to widen if they recur).
    fn binary_val(&mut self, pc: usize, op: BinOp, dst: Reg, oa: Opnd, ob: Opnd) -> ir::Value {
        let (ta, tb) = (oa.t, ob.t);
        if ta == Ty::Int && tb == Ty::Int && op != BinOp::Div {
            self.int_binary(pc, op, dst, oa, ob)
        } else if ta == Ty::Int && tb == Ty::Int {
            // int / int: exact when both convert without rounding.
            let zero = self.b.ins().icmp_imm_s(IntCC::Equal, ob.v, 0);
            self.guard(zero, DeoptReason::Raises, Some(dst), pc);
            self.guard_exact_float(oa.v, pc);
            self.guard_exact_float(ob.v, pc);
            let (fa, fb) = (self.float_of(oa), self.float_of(ob));
            self.b.ins().fdiv(fa, fb)
        } else {
            let (a, b) = (self.float_of(oa), self.float_of(ob));
            match op {
                BinOp::Add => self.b.ins().fadd(a, b),
                BinOp::Sub => self.b.ins().fsub(a, b),
                BinOp::Mul => self.b.ins().fmul(a, b),
                _ => {
                    let z = self.b.ins().f64const(0.0);
                    let zero = self.b.ins().fcmp(FloatCC::Equal, b, z);
                    self.guard(zero, DeoptReason::Raises, Some(dst), pc);
                    self.b.ins().fdiv(a, b)
                }
            }
        }
    }

    fn int_binary(&mut self, pc: usize, op: BinOp, dst: Reg, oa: Opnd, ob: Opnd) -> ir::Value {
        let mut at = GuardAt { l: self, pc, dst };
        int_ops::int_binary(&mut at, op, oa.v, ob.v, ob.k)
    }

    /// `for` over a range counted in machine registers.
    fn for_range(&mut self, pc: usize, iter: Reg, dst: Reg, exit: usize) {
        let v = self.iters[iter.idx()]
            .as_ref()
            .map(|v| (v.next, v.remaining, v.step));
        let (next, remaining, step) = v.expect("iterator vars");
        let s = self.b.use_var(step);
        let (n, rem) = match self.copy {
            Some((g, j)) if self.groups[g].plan.header == pc => {
                // The group's test made sure an item is left. Copy `j`
                // counts from where the group began, so that copies do not
                // wait for each other.
                let grp = &self.groups[g];
                let (last0, rem0) = grp.iter_base.expect("set by the group test");
                let off = self.b.ins().imul_imm_s(s, j as i64);
                let n = self.b.ins().iadd(last0, off);
                (n, self.b.ins().iadd_imm_s(rem0, -(j as i64)))
            }
            _ => {
                let body = match self.header_body {
                    Some(b) if pc == self.an.header => b,
                    _ => self.b.create_block(),
                };
                let to = self.test_target(pc, body);
                self.range_test(iter, to, exit);
                self.b.switch_to_block(body);
                let l = self.b.use_var(next);
                let rem = self.b.use_var(remaining);
                (self.b.ins().iadd(l, s), self.b.ins().iadd_imm_s(rem, -1))
            }
        };
        self.b.def_var(next, n);
        self.b.def_var(remaining, rem);
        if self.typed_dst(dst) && self.dty(dst) == Ty::Int {
            self.set(dst, n);
        } else {
            let (ctx, ra) = (self.ctx, self.reg_arg(dst));
            self.release_call(
                self.sigs.set_int,
                self.req.helpers.set_int as usize,
                &[ctx, ra, n],
            );
        }
        self.goto(pc + 1);
    }

    /// "Items left?" of a native range: on to `body`, or leave through
    /// `exit` (a cold path).
    fn range_test(&mut self, iter: Reg, body: ir::Block, exit: usize) {
        let remaining = self.iters[iter.idx()].as_ref().map(|v| v.remaining);
        let rem = self.b.use_var(remaining.expect("iterator vars"));
        let more = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, rem, 0);
        let done = self.b.create_block();
        self.b.set_cold_block(done);
        self.b.ins().brif(more, body, &[], done, &[]);
        self.b.switch_to_block(done);
        self.goto(exit);
    }

    /// The item slot of `list[key]` for native access: the slot's address,
    /// after checking that register `obj` holds a list that is not being
    /// mutated (`writing`: not borrowed at all) and that the index is in
    /// range; otherwise branches to `slow`. Checks already made on this
    /// straight-line path (see [`ListFact`]) are not repeated. `compact`:
    /// the slot is a byte of a compact list's buffer; the list being in
    /// the other form fails the range check, as that form's buffer is empty.
    fn list_slot(
        &mut self,
        layout: slotpy_runtime::jit_iface::ListLayout,
        obj: Reg,
        key: ir::Value,
        (writing, compact): (bool, bool),
        slow: ir::Block,
    ) -> ir::Value {
        let fact = self.lists[obj.idx()];
        let p = match fact {
            Some(f) => f.obj,
            None => {
                let tg = self.load_tag(obj);
                let not_list = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::NotEqual, tg, tag::LIST as i64);
                self.or_slow(not_list, slow);
                self.load_payload(obj, I64)
            }
        };
        let known = fact
            .and_then(|f| f.header)
            .filter(|h| h.epoch == self.calls && (h.writable || !writing) && h.compact == compact);
        let header = match known {
            Some(h) => h,
            None => {
                let flag = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), p, layout.borrow);
                let busy = if writing {
                    self.b.ins().icmp_imm_s(IntCC::NotEqual, flag, 0)
                } else {
                    self.b.ins().icmp_imm_s(IntCC::SignedLessThan, flag, 0)
                };
                self.or_slow(busy, slow);
                let (len_at, data_at) = if compact {
                    (layout.bools_len, layout.bools_ptr)
                } else {
                    (layout.len, layout.ptr)
                };
                let len = self.b.ins().load(I64, MemFlagsData::trusted(), p, len_at);
                let data = self.b.ins().load(I64, MemFlagsData::trusted(), p, data_at);
                ListHeader {
                    epoch: self.calls,
                    len,
                    data,
                    writable: writing,
                    compact,
                }
            }
        };
        self.lists[obj.idx()] = Some(ListFact {
            obj: p,
            header: Some(header),
        });
        // A negative index counts from the end.
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, key, 0);
        let wrapped = self.b.ins().iadd(key, header.len);
        let i = self.b.ins().select(neg, wrapped, key);
        let out = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, i, header.len);
        self.or_slow(out, slow);
        if compact {
            return self.b.ins().iadd(header.data, i);
        }
        let off = self.b.ins().ishl_imm_s(i, 4);
        self.b.ins().iadd(header.data, off)
    }

    /// Whether the list accessed through register `r` at `pc` was compact
    /// when the loop turned hot: the access then speculates on that form.
    fn compact_list(&self, pc: usize, r: Reg) -> bool {
        matches!(
            compile_time_value(self.req, self.an.header, pc, r),
            Some(Value::List(l)) if l.is_compact()
        )
    }

    /// Keeps [`Lowering::lists`] true after instruction `pc`: a register
    /// written loses its fact; a boxed copy of a list carries it over.
    fn track_lists(&mut self, pc: usize) {
        let instr = self.req.code.instrs[pc];
        let copied = match instr {
            Instr::Move { src, .. } if self.plan(pc) == Plan::BoxedMove => self.lists[src.idx()],
            _ => None,
        };
        let lists = &mut self.lists;
        instr.for_each_write(|w| {
            if let Some(f) = lists.get_mut(w.idx()) {
                *f = None;
            }
        });
        if let (Instr::Move { dst, .. }, Some(f)) = (instr, copied) {
            self.lists[dst.idx()] = Some(f);
        }
    }

    /// Continues in a new block unless `cond`, which goes to `slow`.
    fn or_slow(&mut self, cond: ir::Value, slow: ir::Block) {
        let ok = self.b.create_block();
        self.b.ins().brif(cond, slow, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    /// `obj[key]` with an int key: native when `obj` is a list holding an
    /// item of the type speculated for the result.
    fn list_get(&mut self, pc: usize) {
        let Instr::GetItem { dst, obj, key } = self.req.code.instrs[pc] else {
            unreachable!("planned for GetItem")
        };
        let Some(layout) = self.req.layout.map(|l| l.list) else {
            return self.helper(pc);
        };
        let k = self.get(key);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let t = self.dty(dst);
        if t == Ty::Bool && self.compact_list(pc, obj) {
            let slot = self.list_slot(layout, obj, k, (false, true), slow);
            let byte = self.b.ins().load(I8, MemFlagsData::trusted(), slot, 0);
            let v = self.b.ins().uextend(I64, byte);
            self.set(dst, v);
            self.goto(pc + 1);
            self.b.switch_to_block(slow);
            return self.exit_before(ExitKind::Deopt, DeoptReason::Subscript, None, pc);
        }
        let slot = self.list_slot(layout, obj, k, (false, false), slow);
        let it = self.b.ins().load(I64, MemFlagsData::trusted(), slot, 0);
        let other = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, it, Self::tag_of(t));
        // The interpreter records the item's type when it runs the access.
        self.guard(other, DeoptReason::ItemType, Some(dst), pc);
        let v = self.b.ins().load(
            Self::ir_type(t),
            MemFlagsData::trusted(),
            slot,
            tag::PAYLOAD_OFFSET,
        );
        self.set(dst, v);
        self.goto(pc + 1);
        // Leaving instead of calling a helper keeps the fast path free of
        // joins, so values stay in machine registers across accesses.
        self.b.switch_to_block(slow);
        self.exit_before(ExitKind::Deopt, DeoptReason::Subscript, None, pc);
    }

    /// `obj[key] = value` with an int key and an inline value: native when
    /// `obj` is a list whose item there is an inline value too.
    fn list_set(&mut self, pc: usize) {
        let Instr::SetItem { obj, key, src } = self.req.code.instrs[pc] else {
            unreachable!("planned for SetItem")
        };
        let Some(layout) = self.req.layout.map(|l| l.list) else {
            return self.helper(pc);
        };
        let k = self.get(key);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        if self.ty(src) == Ty::Bool && self.compact_list(pc, obj) {
            let slot = self.list_slot(layout, obj, k, (true, true), slow);
            let v = self.get(src);
            let byte = self.b.ins().ireduce(I8, v);
            self.b.ins().store(MemFlagsData::trusted(), byte, slot, 0);
            self.goto(pc + 1);
            self.b.switch_to_block(slow);
            return self.exit_before(ExitKind::Deopt, DeoptReason::Subscript, None, pc);
        }
        let slot = self.list_slot(layout, obj, k, (true, false), slow);
        // Replacing a heap item needs its release: the helper does it.
        let old = self.b.ins().load(I64, MemFlagsData::trusted(), slot, 0);
        let heap = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThan, old, tag::FLOAT as i64);
        self.or_slow(heap, slow);
        let t = self.ty(src);
        let v = self.get(src);
        let tg = self.iconst(Self::tag_of(t));
        self.b.ins().store(MemFlagsData::trusted(), tg, slot, 0);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), v, slot, tag::PAYLOAD_OFFSET);
        self.goto(pc + 1);
        self.b.switch_to_block(slow);
        self.exit_before(ExitKind::Deopt, DeoptReason::Subscript, None, pc);
    }

    /// The callee of the call at `pc` when known and computed natively for
    /// the argument types there: what it is, the result type, and the
    /// guard on the module dict it was found in (for `module.f(...)`).
    fn known_call(&self, pc: usize) -> Option<(CallTarget, Ty, Option<WatchGuard>)> {
        if self.req.generic.contains(&(pc as u32)) {
            return None;
        }
        let an = self.an;
        let tys = |args: Reg, argc: u16| -> Vec<Ty> {
            (0..argc).map(|i| an.ty_at(pc, Reg(args.0 + i))).collect()
        };
        match self.req.code.instrs[pc] {
            Instr::Call {
                func, args, argc, ..
            } => match an.ty_at(pc, func) {
                Ty::Known(k) => call_target(&an.known[k as usize].value, &tys(args, argc))
                    .map(|(c, t)| (c, t, None)),
                _ => None,
            },
            Instr::CallMethod {
                obj,
                name,
                args,
                argc,
                ..
            } => match an.ty_at(pc, obj) {
                Ty::Known(k) => {
                    let name = &self.req.code.names[name.0 as usize];
                    let (f, guard) = module_attr(&an.known[k as usize].value, name)?;
                    call_target(&f, &tys(args, argc)).map(|(c, t)| (c, t, Some(guard)))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Deopts before `pc` unless the dict watch counter at `ptr` still
    /// reads `count`.
    fn guard_watch(&mut self, ptr: *const u64, count: u64, pc: usize) {
        let p = self.iconst(ptr as i64);
        let now = self.b.ins().load(I64, MemFlagsData::new(), p, 0);
        let moved = self.b.ins().icmp_imm_s(IntCC::NotEqual, now, count as i64);
        self.guard(moved, DeoptReason::GlobalChanged, None, pc);
    }

    fn known_global(&mut self, pc: usize) {
        let k = self.an.known_at[&pc] as usize;
        let guards = self.an.known[k].guards.clone();
        for (ptr, count) in guards {
            self.guard_watch(ptr, count, pc);
        }
        self.goto(pc + 1);
    }

    /// Writes known value `k` into register `r` for code that reads the
    /// frame.
    fn materialize(&mut self, r: Reg, k: u16) {
        let layout = self.req.layout.expect("known values need the layout");
        let v = &self.an.known[k as usize].value;
        // SAFETY: `Value` is two words (value.rs); the compiled loop keeps
        // `v` alive, so the payload stays a valid reference to copy.
        let [t, p] = unsafe { *(v as *const Value as *const [i64; 2]) };
        let (tg, pv) = (self.iconst(t), self.iconst(p));
        self.incref(layout, tg, pv);
        self.store_boxed(layout, r, tg, pv);
    }

    fn known_call_inline(&mut self, pc: usize) {
        let (dst, args, argc) = match self.req.code.instrs[pc] {
            Instr::Call {
                dst, args, argc, ..
            }
            | Instr::CallMethod {
                dst, args, argc, ..
            } => (dst, args, argc),
            _ => unreachable!("planned for calls"),
        };
        let (target, _, guard) = self.known_call(pc).expect("planned");
        if let Some((ptr, count)) = guard {
            self.guard_watch(ptr, count, pc);
        }
        let ops: Vec<Opnd> = (0..argc).map(|i| self.opnd(Reg(args.0 + i))).collect();
        let v = match target {
            CallTarget::Intrinsic(i) => self.intrinsic(pc, dst, i, &ops),
            CallTarget::Inline(code) => self.inline_call(pc, dst, &code, &ops),
        };
        self.set(dst, v);
        self.goto(pc + 1);
    }

    fn intrinsic(&mut self, pc: usize, dst: Reg, i: Intrinsic, a: &[Opnd]) -> ir::Value {
        match (i, a) {
            (Intrinsic::Abs, [x]) if x.t == Ty::Int => {
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, x.v, i64::MIN);
                self.guard(min, DeoptReason::Overflow, Some(dst), pc);
                self.b.ins().iabs(x.v)
            }
            (Intrinsic::Abs | Intrinsic::Fabs, [x]) => {
                let f = self.float_of(*x);
                self.b.ins().fabs(f)
            }
            // Python's min/max keep the first of equal items (and a NaN
            // first argument): the second wins only when strictly beyond.
            (Intrinsic::Min | Intrinsic::Max, [x, y]) if x.t == Ty::Int => {
                let cc = if i == Intrinsic::Min {
                    IntCC::SignedLessThan
                } else {
                    IntCC::SignedGreaterThan
                };
                let c = self.b.ins().icmp(cc, y.v, x.v);
                self.b.ins().select(c, y.v, x.v)
            }
            (Intrinsic::Min | Intrinsic::Max, [x, y]) => {
                let cc = if i == Intrinsic::Min {
                    FloatCC::LessThan
                } else {
                    FloatCC::GreaterThan
                };
                let c = self.b.ins().fcmp(cc, y.v, x.v);
                self.b.ins().select(c, y.v, x.v)
            }
            (Intrinsic::Sqrt, [x]) => {
                // A negative argument raises ValueError: the interpreter
                // makes the call.
                let neg = if x.t == Ty::Int {
                    self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x.v, 0)
                } else {
                    let z = self.b.ins().f64const(0.0);
                    self.b.ins().fcmp(FloatCC::LessThan, x.v, z)
                };
                self.guard(neg, DeoptReason::Raises, Some(dst), pc);
                let f = self.float_of(*x);
                self.b.ins().sqrt(f)
            }
            _ => unreachable!("call_target admits these argument shapes only"),
        }
    }

    /// The body of plain function `code` lowered in place for arguments
    /// `args`; any failure inside deopts before the call at `pc`.
    fn inline_call(&mut self, pc: usize, dst: Reg, code: &CodeObject, args: &[Opnd]) -> ir::Value {
        let arg_tys: Vec<Ty> = args.iter().map(|a| a.t).collect();
        let tys = crate::inline::register_types(code, &arg_tys).expect("typed when planned");
        let n = code.nregs as usize;
        let ret = tys[n];
        let mut vars: Vec<Option<Variable>> = vec![None; n];
        for r in 0..n {
            if tys[r].is_unboxed() && crate::inline::const_ty(code, r).is_none() {
                vars[r] = Some(self.b.declare_var(Self::ir_type(tys[r])));
            }
        }
        for (r, a) in args.iter().enumerate() {
            let var = vars[r].expect("argument variable");
            self.b.def_var(var, a.v);
        }
        let len = code.instrs.len();
        let blocks: Vec<ir::Block> = (0..len).map(|_| self.b.create_block()).collect();
        let cont = self.b.create_block();
        self.b.append_block_param(cont, Self::ir_type(ret));
        self.b.ins().jump(blocks[0], &[]);
        // Reachable instructions (jumps only go forward).
        let mut reach = vec![false; len];
        reach[0] = true;
        let mut succ = Vec::new();
        for cpc in 0..len {
            if !reach[cpc] {
                continue;
            }
            crate::analysis::successors(code, cpc, &mut succ);
            for &s in &succ {
                reach[s] = true;
            }
        }
        let base = code.const_base.idx();
        let opnd = |s: &mut Self, r: Reg| -> Opnd {
            let t = tys[r.idx()];
            match vars[r.idx()] {
                Some(var) => Opnd {
                    v: s.b.use_var(var),
                    t,
                    k: None,
                },
                None => match &code.consts[r.idx() - base] {
                    Value::Int(i) => Opnd {
                        v: s.iconst(*i),
                        t,
                        k: Some(*i),
                    },
                    Value::Float(f) => Opnd {
                        v: s.b.ins().f64const(f.get()),
                        t,
                        k: None,
                    },
                    Value::Bool(b) => Opnd {
                        v: s.iconst(b.get() as i64),
                        t,
                        k: None,
                    },
                    _ => unreachable!("register_types admits number constants only"),
                },
            }
        };
        for cpc in 0..len {
            if !reach[cpc] {
                continue;
            }
            self.b.switch_to_block(blocks[cpc]);
            let def = |s: &mut Self, r: Reg, v: ir::Value| {
                s.b.def_var(vars[r.idx()].expect("written register"), v);
            };
            match code.instrs[cpc] {
                Instr::Nop => {
                    self.b.ins().jump(blocks[cpc + 1], &[]);
                }
                Instr::Move { dst: d, src } => {
                    let o = opnd(self, src);
                    def(self, d, o.v);
                    self.b.ins().jump(blocks[cpc + 1], &[]);
                }
                Instr::Binary {
                    op,
                    dst: d,
                    lhs,
                    rhs,
                }
                | Instr::InPlace {
                    op,
                    dst: d,
                    lhs,
                    rhs,
                } => {
                    let (a, b) = (opnd(self, lhs), opnd(self, rhs));
                    let v = self.binary_val(pc, op, dst, a, b);
                    def(self, d, v);
                    self.b.ins().jump(blocks[cpc + 1], &[]);
                }
                Instr::Unary { op, dst: d, src } => {
                    let a = opnd(self, src);
                    let v = self.unary_val(pc, op, dst, a);
                    def(self, d, v);
                    self.b.ins().jump(blocks[cpc + 1], &[]);
                }
                Instr::Not { dst: d, src } => {
                    let a = opnd(self, src);
                    let t = self.truth_val(a);
                    let t = self.b.ins().uextend(I64, t);
                    let v = self.b.ins().bxor_imm_s(t, 1);
                    def(self, d, v);
                    self.b.ins().jump(blocks[cpc + 1], &[]);
                }
                Instr::Compare {
                    op,
                    dst: d,
                    lhs,
                    rhs,
                } => {
                    let (a, b) = (opnd(self, lhs), opnd(self, rhs));
                    let c = self.compare_val(pc, op, a, b);
                    let v = self.b.ins().uextend(I64, c);
                    def(self, d, v);
                    self.b.ins().jump(blocks[cpc + 1], &[]);
                }
                Instr::CompareJumpIfFalse {
                    op,
                    lhs,
                    rhs,
                    target,
                } => {
                    let (a, b) = (opnd(self, lhs), opnd(self, rhs));
                    let c = self.compare_val(pc, op, a, b);
                    let (t, e) = (blocks[cpc + 1], blocks[target.0 as usize]);
                    self.b.ins().brif(c, t, &[], e, &[]);
                }
                Instr::JumpIfTrue { cond, target } | Instr::JumpIfFalse { cond, target } => {
                    let a = opnd(self, cond);
                    let c = self.truth_val(a);
                    let (mut t, mut e) = (blocks[target.0 as usize], blocks[cpc + 1]);
                    if matches!(code.instrs[cpc], Instr::JumpIfFalse { .. }) {
                        std::mem::swap(&mut t, &mut e);
                    }
                    self.b.ins().brif(c, t, &[], e, &[]);
                }
                Instr::Jump { target } => {
                    self.b.ins().jump(blocks[target.0 as usize], &[]);
                }
                Instr::Return { src } => {
                    let o = opnd(self, src);
                    self.b.ins().jump(cont, &[BlockArg::Value(o.v)]);
                }
                _ => unreachable!("plain functions hold these instructions only"),
            }
        }
        // Unreachable instructions' blocks still need an end.
        for cpc in 0..len {
            if !reach[cpc] {
                self.b.switch_to_block(blocks[cpc]);
                self.b.ins().trap(ir::TrapCode::unwrap_user(1));
            }
        }
        self.b.switch_to_block(cont);
        self.b.block_params(cont)[0]
    }

    /// Takes a new reference to the value with words (`tg`, `p`).
    fn incref(&mut self, layout: Layout, tg: ir::Value, p: ir::Value) {
        let heap = self.b.ins().icmp_imm_s(
            IntCC::UnsignedGreaterThanOrEqual,
            tg,
            tag::FIRST_HEAP as i64,
        );
        let inc = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(heap, inc, &[], done, &[]);
        self.b.switch_to_block(inc);
        let n = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), p, layout.strong);
        let n1 = self.b.ins().iadd_imm_s(n, 1);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), n1, p, layout.strong);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Releases a reference to the value with words (`tg`, `p`).
    fn decref(&mut self, layout: Layout, tg: ir::Value, p: ir::Value) {
        let heap = self.b.ins().icmp_imm_s(
            IntCC::UnsignedGreaterThanOrEqual,
            tg,
            tag::FIRST_HEAP as i64,
        );
        let dec = self.b.create_block();
        let last = self.b.create_block();
        self.b.set_cold_block(last);
        let store = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(heap, dec, &[], done, &[]);
        self.b.switch_to_block(dec);
        let n = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), p, layout.strong);
        let one = self.b.ins().icmp_imm_s(IntCC::Equal, n, 1);
        self.b.ins().brif(one, last, &[], store, &[]);
        self.b.switch_to_block(store);
        let n1 = self.b.ins().iadd_imm_s(n, -1);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), n1, p, layout.strong);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(last);
        self.release_call(
            self.sigs.drop_value,
            self.req.helpers.drop_value as usize,
            &[tg, p],
        );
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Moves an owned value into boxed register `r`, releasing what it held.
    fn store_boxed(&mut self, layout: Layout, r: Reg, tg: ir::Value, p: ir::Value) {
        let old_t = self.load_tag(r);
        let old_p = self.load_payload(r, I64);
        let base = self.regs_ptr();
        let off = Self::slot_offset(r);
        self.b.ins().store(MemFlagsData::trusted(), tg, base, off);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), p, base, off + tag::PAYLOAD_OFFSET);
        self.decref(layout, old_t, old_p);
    }

    /// `dst = src` between boxed registers.
    fn boxed_move(&mut self, pc: usize) {
        let Instr::Move { dst, src } = self.req.code.instrs[pc] else {
            unreachable!("planned for Move")
        };
        let layout = self.req.layout.expect("planned with a layout");
        let tg = self.load_tag(src);
        let p = self.load_payload(src, I64);
        self.incref(layout, tg, p);
        self.store_boxed(layout, dst, tg, p);
        self.goto(pc + 1);
    }

    /// `UnpackSequence` of a tuple natively: every check first, then the
    /// writes, so that the slow path starts from the original state.
    fn unpack(&mut self, pc: usize) {
        let Instr::UnpackSequence { src, dst, count } = self.req.code.instrs[pc] else {
            unreachable!("planned for UnpackSequence")
        };
        let layout = self.req.layout.expect("planned with a layout");
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let tg = self.load_tag(src);
        let not_tuple = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, tg, tag::TUPLE as i64);
        self.or_slow(not_tuple, slow);
        let p = self.load_payload(src, I64);
        let len = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), p, layout.tuple.len);
        let wrong = self.b.ins().icmp_imm_s(IntCC::NotEqual, len, count as i64);
        self.or_slow(wrong, slow);
        let data = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), p, layout.tuple.ptr);
        let mut tags = Vec::with_capacity(count as usize);
        for i in 0..count {
            let d = Reg(dst.0 + i);
            let off = i as i32 * tag::SIZE;
            let t = self.b.ins().load(I64, MemFlagsData::trusted(), data, off);
            if self.typed_dst(d) {
                let want = Self::tag_of(self.dty(d));
                let other = self.b.ins().icmp_imm_s(IntCC::NotEqual, t, want);
                self.or_slow(other, slow);
            }
            tags.push(t);
        }
        for (i, t) in tags.into_iter().enumerate() {
            let d = Reg(dst.0 + i as u16);
            let off = i as i32 * tag::SIZE + tag::PAYLOAD_OFFSET;
            if self.typed_dst(d) {
                let ty = Self::ir_type(self.dty(d));
                let v = self.b.ins().load(ty, MemFlagsData::trusted(), data, off);
                self.set(d, v);
            } else {
                let v = self.b.ins().load(I64, MemFlagsData::trusted(), data, off);
                self.incref(layout, t, v);
                self.store_boxed(layout, d, t, v);
            }
        }
        self.goto(pc + 1);
        self.b.switch_to_block(slow);
        self.helper(pc);
    }

    /// `for` over a list, advanced natively: the list's length is
    /// re-read at every step (the body may change it), and a list being
    /// mutated elsewhere (a borrow in progress) leaves to the interpreter.
    fn for_list(&mut self, pc: usize, iter: Reg, dst: Reg, exit: usize) {
        let layout = self.req.layout.expect("list iterators need the layout");
        let v = self.iters[iter.idx()].as_ref().map(|v| (v.next, v.list));
        let (next, list) = v.expect("iterator vars");
        let l = self.b.use_var(list);
        let i = self.b.use_var(next);
        let flag = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), l, layout.list.borrow);
        let busy = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, flag, 0);
        self.guard(busy, DeoptReason::Iterator, Some(iter), pc);
        let len = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), l, layout.list.len);
        // A negative index (exhausted) compares above any length.
        let done = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        let end = self.b.create_block();
        self.b.set_cold_block(end);
        let body = self.b.create_block();
        self.b.ins().brif(done, end, &[], body, &[]);
        self.b.switch_to_block(end);
        self.for_compact_list(pc, iter, dst, exit);
        self.b.switch_to_block(body);
        let data = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), l, layout.list.ptr);
        let off = self.b.ins().ishl_imm_s(i, 4);
        let slot = self.b.ins().iadd(data, off);
        let t = self.b.ins().load(I64, MemFlagsData::trusted(), slot, 0);
        if self.typed_dst(dst) {
            let want = Self::tag_of(self.dty(dst));
            let other = self.b.ins().icmp_imm_s(IntCC::NotEqual, t, want);
            let bad = self.b.create_block();
            self.b.set_cold_block(bad);
            let ok = self.b.create_block();
            self.b.ins().brif(other, bad, &[], ok, &[]);
            self.b.switch_to_block(bad);
            self.item_type_exit(pc, dst, t);
            self.b.switch_to_block(ok);
            let ty = Self::ir_type(self.dty(dst));
            let v = self
                .b
                .ins()
                .load(ty, MemFlagsData::trusted(), slot, tag::PAYLOAD_OFFSET);
            let i1 = self.b.ins().iadd_imm_s(i, 1);
            self.b.def_var(next, i1);
            self.set(dst, v);
        } else {
            let v = self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), slot, tag::PAYLOAD_OFFSET);
            let i1 = self.b.ins().iadd_imm_s(i, 1);
            self.b.def_var(next, i1);
            self.incref(layout, t, v);
            self.store_boxed(layout, dst, t, v);
        }
        self.goto(pc + 1);
    }

    /// The boxed items of the list `for_list` iterates are used up: the
    /// list may be compact (its boxed items then are none), whose item
    /// `next` is a byte. Otherwise the loop is over.
    fn for_compact_list(&mut self, pc: usize, iter: Reg, dst: Reg, exit: usize) {
        let layout = self.req.layout.expect("list iterators need the layout");
        let v = self.iters[iter.idx()].as_ref().map(|v| (v.next, v.list));
        let (next, list) = v.expect("iterator vars");
        let l = self.b.use_var(list);
        let i = self.b.use_var(next);
        let blen = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), l, layout.list.bools_len);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, i, blen);
        let item = self.b.create_block();
        self.b.set_cold_block(item);
        let over = self.b.create_block();
        self.b.set_cold_block(over);
        self.b.ins().brif(inside, item, &[], over, &[]);
        self.b.switch_to_block(over);
        let m1 = self.iconst(-1);
        self.b.def_var(next, m1);
        self.goto(exit);
        self.b.switch_to_block(item);
        let data = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), l, layout.list.bools_ptr);
        let at = self.b.ins().iadd(data, i);
        let byte = self.b.ins().load(I8, MemFlagsData::trusted(), at, 0);
        let b = self.b.ins().uextend(I64, byte);
        let i1 = self.b.ins().iadd_imm_s(i, 1);
        if !self.typed_dst(dst) {
            self.b.def_var(next, i1);
            let tg = self.iconst(tag::BOOL as i64);
            self.store_boxed(layout, dst, tg, b);
        } else if self.dty(dst) == Ty::Bool {
            self.b.def_var(next, i1);
            self.set(dst, b);
        } else {
            let t = self.iconst(tag::BOOL as i64);
            return self.item_type_exit(pc, dst, t);
        }
        self.goto(pc + 1);
    }

    /// Leaves before the `for` at `pc` because the list item has tag `t`,
    /// not the type speculated for `dst`: the type feedback learns the
    /// tag, then the interpreter takes this item.
    fn item_type_exit(&mut self, pc: usize, dst: Reg, t: ir::Value) {
        let fb = &self.req.code.type_feedback[pc] as *const _ as i64;
        let fbp = self.iconst(fb);
        let old = self.b.ins().load(types::I32, MemFlagsData::new(), fbp, 0);
        let one = self.b.ins().iconst(types::I32, 1);
        let t32 = self.b.ins().ireduce(types::I32, t);
        let t32 = self.b.ins().band_imm_s(t32, 31);
        let bit = self.b.ins().ishl(one, t32);
        let new = self.b.ins().bor(old, bit);
        self.b.ins().store(MemFlagsData::new(), new, fbp, 0);
        self.exit_before(ExitKind::Deopt, DeoptReason::ItemType, Some(dst), pc);
    }

    /// Runs the instruction with the interpreter's implementation.
    fn helper(&mut self, pc: usize) {
        let instr = self.req.code.instrs[pc];
        if let Instr::GetIter { dst, .. } | Instr::Clear { reg: dst } = instr {
            // The iterator the register held goes away: its state is not
            // to be written into the new one at an exit.
            if let Some(active) = self.iters[dst.idx()].as_ref().map(|v| v.active) {
                let z = self.iconst(0);
                self.b.def_var(active, z);
            }
        }
        self.flush();
        let ctx = self.ctx;
        let h = self.req.helpers;
        let pcv = self.b.ins().iconst(types::I32, pc as i64);
        let code = self.req.code;
        let name_ptr =
            |n: slotpy_runtime::bytecode::NameIdx| &code.names[n.0 as usize] as *const _ as i64;
        let fixed = match instr {
            Instr::GetItem { dst, obj, key } => {
                let a = [self.reg_arg(dst), self.reg_arg(obj), self.reg_arg(key)];
                self.call(
                    self.sigs.item,
                    h.get_item as usize,
                    &[ctx, a[0], a[1], a[2], pcv],
                )
            }
            Instr::SetItem { obj, key, src } => {
                let a = [self.reg_arg(obj), self.reg_arg(key), self.reg_arg(src)];
                self.call(
                    self.sigs.item,
                    h.set_item as usize,
                    &[ctx, a[0], a[1], a[2], pcv],
                )
            }
            Instr::GetAttr { dst, obj, name } => {
                let (d, o) = (self.reg_arg(dst), self.reg_arg(obj));
                let np = self.iconst(name_ptr(name));
                self.call(
                    self.sigs.get_attr,
                    h.get_attr as usize,
                    &[ctx, d, o, np, pcv],
                )
            }
            Instr::SetAttr { obj, name, src } => {
                let (o, sr) = (self.reg_arg(obj), self.reg_arg(src));
                let np = self.iconst(name_ptr(name));
                self.call(
                    self.sigs.set_attr,
                    h.set_attr as usize,
                    &[ctx, o, np, sr, pcv],
                )
            }
            Instr::LoadGlobal { dst, name } => {
                let d = self.reg_arg(dst);
                let np = self.iconst(name_ptr(name));
                let cp = self.iconst(&code.name_caches[pc] as *const _ as i64);
                self.call(
                    self.sigs.load_global,
                    h.load_global as usize,
                    &[ctx, d, np, cp, pcv],
                )
            }
            Instr::Call { .. }
            | Instr::CallMethod { .. }
            | Instr::UnpackSequence { .. }
            | Instr::Move { .. }
            | Instr::GetIter { .. } => self.call(self.sigs.step, h.call as usize, &[ctx, pcv]),
            _ => None,
        };
        let fixed_next = match instr {
            Instr::ForIter { iter, dst, exit } => {
                let a = [self.reg_arg(iter), self.reg_arg(dst)];
                let ex = self.b.ins().iconst(types::I32, exit.0 as i64);
                self.call(
                    self.sigs.item,
                    h.for_iter as usize,
                    &[ctx, a[0], a[1], ex, pcv],
                )
            }
            _ => None,
        };
        let next = match (fixed, fixed_next) {
            // Those helpers return 0 or STEP_ERROR; the next instruction
            // is the following one.
            (Some(status), _) => {
                let next = self.iconst(pc as i64 + 1);
                self.b.ins().bor(status, next)
            }
            (None, Some(next)) => next,
            (None, None) => self
                .call(self.sigs.step, h.step as usize, &[ctx, pcv])
                .expect("result"),
        };
        // Raised: the interpreter looks for a handler at `pc`.
        let err = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, next, STEP_ERROR as i64);
        let raised = self.b.create_block();
        self.b.set_cold_block(raised);
        let ok = self.b.create_block();
        self.b.ins().brif(err, raised, &[], ok, &[]);
        self.b.switch_to_block(raised);
        let w = self.iconst(exit_word(ExitKind::Error, DeoptReason::None, None, pc));
        let blk = self.exit_flushed;
        self.jump_exit(blk, w);
        self.b.switch_to_block(ok);
        // Frame variables written from outside: memory is the truth now.
        let fw_ptr = self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            ctx,
            frame_offsets::FRAME_WRITES,
        );
        let fw = self.b.ins().load(I64, MemFlagsData::new(), fw_ptr, 0);
        let fw0 = self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            ctx,
            frame_offsets::FRAME_WRITES_AT_ENTRY,
        );
        let moved = self.b.ins().icmp(IntCC::NotEqual, fw, fw0);
        self.exit_flushed_if(moved, DeoptReason::FrameWritten, None, next);

        let reload = |s: &mut Self| {
            let mut written = Vec::new();
            instr.for_each_write(|w| written.push(w));
            for w in written {
                if !s.typed_dst(w) {
                    continue;
                }
                let t = s.dty(w);
                let tg = s.load_tag(w);
                let bad = s.b.ins().icmp_imm_s(IntCC::NotEqual, tg, Self::tag_of(t));
                s.exit_flushed_if(bad, DeoptReason::ResultType, Some(w), next);
                let p = s.load_payload(w, Self::ir_type(t));
                s.set(w, p);
            }
        };
        match instr {
            Instr::ForIter { exit, .. } => {
                let taken = self.b.ins().icmp_imm_s(IntCC::Equal, next, exit.0 as i64);
                let t = self.b.create_block();
                let e = self.b.create_block();
                self.b.ins().brif(taken, t, &[], e, &[]);
                self.b.switch_to_block(t);
                self.goto(exit.0 as usize);
                self.b.switch_to_block(e);
                reload(self);
                self.goto(pc + 1);
            }
            _ => {
                reload(self);
                if let Instr::GetIter { dst, .. } = instr {
                    if self.an.virt[dst.idx()].is_some() {
                        self.begin_iter(pc, dst);
                    }
                }
                match instr.target() {
                    Some(t) if !instr.is_terminal() => {
                        let taken = self.b.ins().icmp_imm_s(IntCC::Equal, next, t.0 as i64);
                        self.branch(taken, t.0 as usize, pc + 1);
                    }
                    _ => self.goto(pc + 1),
                }
            }
        }
    }

    /// After the `GetIter` at `pc` created `it`, takes over its state.
    fn begin_iter(&mut self, pc: usize, it: Reg) {
        let v = self.iters[it.idx()]
            .as_ref()
            .map(|v| (v.kind, v.next, v.list, v.remaining, v.step, v.active));
        let (kind, next, list, remaining, step, active) = v.expect("iterator vars");
        let begin = match kind {
            IterKind::Range => self.req.helpers.range_begin,
            IterKind::List => self.req.helpers.seq_begin,
        };
        let (ctx, ra) = (self.ctx, self.reg_arg(it));
        let ok = self
            .call(self.sigs.range_begin, begin as usize, &[ctx, ra])
            .expect("result");
        let not_ours = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
        let after = self.iconst(pc as i64 + 1);
        self.exit_flushed_if(not_ours, DeoptReason::Iterator, Some(it), after);
        match kind {
            IterKind::Range => self.load_iter_state(next, remaining, step),
            IterKind::List => self.load_list_state(list, next),
        }
        let one = self.iconst(1);
        self.b.def_var(active, one);
    }

    /// Leaves through `exit_flushed` when `cond`, resuming at the dynamic
    /// instruction index `at`.
    fn exit_flushed_if(
        &mut self,
        cond: ir::Value,
        reason: DeoptReason,
        reg: Option<Reg>,
        at: ir::Value,
    ) {
        let fail = self.b.create_block();
        self.b.set_cold_block(fail);
        let ok = self.b.create_block();
        self.b.ins().brif(cond, fail, &[], ok, &[]);
        self.b.switch_to_block(fail);
        let bits = self.iconst(exit_word(ExitKind::Deopt, reason, reg, 0));
        let w = self.b.ins().bor(bits, at);
        let blk = self.exit_flushed;
        self.jump_exit(blk, w);
        self.b.switch_to_block(ok);
    }
}
