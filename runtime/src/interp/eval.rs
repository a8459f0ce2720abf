//! The register interpreter: runs the top frame until it returns or yields.

use super::attr::{cached_instance_attr, cached_instance_store};
use super::vm::Vm;
use crate::bytecode::instr::*;
use crate::bytecode::{CodeObject, RegKind};
use crate::exc_kind::ExcKind;
use crate::frontend::ast::{BinOp, CmpOp};
use crate::objects::instance::TbEntry;
use crate::objects::*;
use crate::value::{PyErr, PyResult, Value};
use std::rc::Rc;

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    /// A generator suspended; `Frame::pc` is where it resumes.
    Yield(Value),
    /// One instruction ran for native code ([`Vm::run_frame_step`]);
    /// `Frame::pc` is the next one. If it raised, the exception is in
    /// `JitState::error`.
    Stepped,
}

impl Vm {
    /// Runs the top frame from its saved `pc`. With `pending`, an exception
    /// is raised at that point first (generator `throw`).
    pub fn run_frame(&mut self, pending: Option<PyErr>) -> PyResult<Exit> {
        if self.explain.is_some() {
            self.run_frame_impl::<false, true>(pending)
        } else {
            self.run_frame_impl::<false, false>(pending)
        }
    }

    /// Runs the single instruction at the top frame's saved `pc`, for
    /// native code that leaves an instruction to the interpreter.
    pub(crate) fn run_frame_step(&mut self) -> PyResult<Exit> {
        self.run_frame_impl::<true, false>(None)
    }

    /// The interpreter loop. `STEP` builds an instance that returns after
    /// one instruction and hands exceptions back instead of looking for
    /// handlers (for native code). `COUNT` builds the instance `slotpy
    /// explain` runs, which counts every instruction and records where name
    /// loads find their values. The normal instance has none of that code.
    fn run_frame_impl<const STEP: bool, const COUNT: bool>(
        &mut self,
        pending: Option<PyErr>,
    ) -> PyResult<Exit> {
        let mut fi = self.frames.len() - 1;
        let counts = if COUNT { self.explain_enter(fi) } else { None };
        let mut code: Rc<CodeObject> = self.frames[fi].code.clone();
        let mut base = self.frames[fi].base;
        // SAFETY: `code` keeps the instructions alive; both are replaced
        // together whenever the running frame changes.
        let mut instrs: &[Instr] = unsafe { &*(&*code.instrs as *const [Instr]) };
        let mut pc = self.frames[fi].pc;
        // Calls of simple Python functions run in this same loop (no Rust
        // recursion): the frames entered that way, by the register of the
        // caller that receives each one's result, and for an `__init__`
        // run by a class call, the new instance (the call's result).
        let mut inline_calls: Vec<(Reg, Option<Value>)> = Vec::new();

        debug_assert!(base + code.nregs as usize <= self.stack.len());
        // Register access without bounds checks. SAFETY: every register
        // operand of an instruction is below `code.nregs` (the compiler
        // numbers registers within the frame layout it records in
        // `nregs`), and this frame's window `[base, base + nregs)` stays
        // inside `self.stack` until the frame is popped, after this
        // function returns; frames pushed meanwhile only grow the stack.
        macro_rules! reg {
            ($r:expr) => {
                *unsafe { self.stack.get_unchecked(base + $r.idx()) }
            };
        }
        macro_rules! regm {
            ($r:expr) => {
                *unsafe { self.stack.get_unchecked_mut(base + $r.idx()) }
            };
        }
        // The running instruction's inline caches.
        macro_rules! attr_cache {
            () => {
                // SAFETY: one cache per instruction (see `CodeObject`);
                // `pc - 1` is the instruction running.
                unsafe { code.attr_caches.get_unchecked(pc - 1) }
            };
        }
        macro_rules! name_cache {
            () => {
                // SAFETY: as for `attr_cache!`.
                unsafe { code.name_caches.get_unchecked(pc - 1) }
            };
        }
        // Records the tag of a result in the instruction's type feedback.
        macro_rules! feedback {
            ($v:expr) => {{
                // SAFETY: one feedback word per instruction; `pc - 1` is
                // the instruction running.
                let fb = unsafe { code.type_feedback.get_unchecked(pc - 1) };
                fb.set(fb.get() | 1 << ($v.tag() & 31));
            }};
        }
        // `dst = lhs op rhs` on two ints staying in i64, when `dst` holds an
        // inline value: operands and result through one pointer to the
        // frame's registers (nothing runs in between that could move them),
        // then on to the next instruction; otherwise falls through to the
        // general path.
        macro_rules! int_fast_path {
            ($op:expr, $dst:expr, $lhs:expr, $rhs:expr) => {
                // SAFETY: the frame's registers are `stack[base..base +
                // nregs]` and every operand is below `nregs`.
                let rp = unsafe { self.stack.as_mut_ptr().add(base) };
                // SAFETY: as above; shared reads of two slots.
                let ops = unsafe { (&*rp.add($lhs.idx()), &*rp.add($rhs.idx())) };
                if let (Value::Int(a), Value::Int(b)) = ops {
                    if let Some(v) = int_fast($op, *a, *b) {
                        // SAFETY: as above; the operand references are dead.
                        let d = unsafe { &mut *rp.add($dst.idx()) };
                        if d.tag() <= crate::value::tag::FLOAT {
                            // SAFETY: an inline value owns nothing.
                            unsafe { std::ptr::write(d, v) };
                            continue;
                        }
                    }
                }
            };
        }
        // Writes a register; a register holding an inline value (no heap
        // object) is overwritten without running a destructor.
        macro_rules! set {
            ($r:expr, $v:expr) => {{
                let v = $v;
                let slot = unsafe { self.stack.get_unchecked_mut(base + $r.idx()) };
                if slot.tag() <= crate::value::tag::FLOAT {
                    // SAFETY: values with tags 0..=FLOAT own no heap data,
                    // so skipping their destructor leaks nothing.
                    unsafe { std::ptr::write(slot, v) }
                } else {
                    *slot = v;
                }
            }};
        }

        // Back-edges count towards compiling a loop only in `fast` code
        // under the jit tier.
        let fast_threshold = if STEP {
            u32::MAX
        } else {
            self.fast_jit_threshold()
        };
        let threshold_for = |code: &CodeObject| {
            if code.tier == crate::bytecode::Tier::Fast {
                fast_threshold
            } else {
                u32::MAX
            }
        };
        let mut jit_threshold = threshold_for(&code);
        // Makes the frame on top the running one, at instruction `$pc`
        // (evaluated once `fi` names that frame): 0 for a frame just
        // pushed for a call, after the call for a caller resumed.
        macro_rules! run_top {
            ($pc:expr) => {{
                fi = self.frames.len() - 1;
                code = self.frames[fi].code.clone();
                base = self.frames[fi].base;
                // SAFETY: as for `instrs` above.
                instrs = unsafe { &*(&*code.instrs as *const [Instr]) };
                jit_threshold = threshold_for(&code);
                pc = $pc;
            }};
        }
        let mut stepped = false;
        let mut pending = pending;
        loop {
            // `reraise`: the error is re-raised as is (no traceback entry).
            let (err, reraise): (PyErr, bool) = 'body: {
                if let Some(e) = pending.take() {
                    break 'body (e, false);
                }
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'body (e, false),
                        }
                    };
                }
                loop {
                    if STEP {
                        if stepped {
                            self.frames[fi].pc = pc;
                            return Ok(Exit::Stepped);
                        }
                        stepped = true;
                    }
                    // SAFETY: `pc` is always a valid index: code ends with a
                    // Return and every jump target is an instruction index.
                    let instr = unsafe { *instrs.get_unchecked(pc) };
                    // SAFETY: `fi` indexes this frame, which stays on the
                    // frame stack while this function runs.
                    unsafe { self.frames.get_unchecked_mut(fi).pc = pc };
                    if COUNT {
                        if let Some(c) = &counts {
                            c.hit(pc);
                            if matches!(
                                instr,
                                Instr::LoadName { .. }
                                    | Instr::LoadGlobal { .. }
                                    | Instr::LoadLocal { .. }
                                    | Instr::LoadClassDeref { .. }
                            ) {
                                self.explain_load(c, fi, pc);
                            }
                        }
                    }
                    pc += 1;
                    match instr {
                        Instr::Nop => {}
                        Instr::Move { dst, src } => {
                            let v = reg!(src).clone();
                            set!(dst, v);
                        }
                        Instr::Clear { reg } => {
                            regm!(reg) = Value::Unbound;
                            if crate::objects::generator::close_pending() {
                                self.run_pending_closes();
                            }
                        }
                        Instr::CheckBound { reg } => {
                            if reg!(reg).is_unbound() {
                                break 'body (self.unbound_local(&code, reg), false);
                            }
                        }
                        Instr::DeleteFast { reg } => {
                            if reg!(reg).is_unbound() {
                                break 'body (self.unbound_local(&code, reg), false);
                            }
                            set!(reg, Value::Unbound);
                        }
                        Instr::Binary { op, dst, lhs, rhs } => {
                            int_fast_path!(op, dst, lhs, rhs);
                            let v = match (&reg!(lhs), &reg!(rhs)) {
                                (Value::Int(a), Value::Int(b)) => match int_fast(op, *a, *b) {
                                    Some(v) => v,
                                    None => {
                                        let (a, b) = (reg!(lhs).clone(), reg!(rhs).clone());
                                        tri!(self.binary_op(op, &a, &b))
                                    }
                                },
                                (Value::Float(a), Value::Float(b)) => {
                                    match float_fast(op, a.get(), b.get()) {
                                        Some(v) => v,
                                        None => {
                                            let (a, b) = (reg!(lhs).clone(), reg!(rhs).clone());
                                            tri!(self.binary_op(op, &a, &b))
                                        }
                                    }
                                }
                                _ => {
                                    let (a, b) = (reg!(lhs).clone(), reg!(rhs).clone());
                                    tri!(self.binary_op(op, &a, &b))
                                }
                            };
                            set!(dst, v);
                        }
                        Instr::InPlace { op, dst, lhs, rhs } => {
                            int_fast_path!(op, dst, lhs, rhs);
                            let v = match (&reg!(lhs), &reg!(rhs)) {
                                (Value::Int(a), Value::Int(b)) => match int_fast(op, *a, *b) {
                                    Some(v) => v,
                                    None => {
                                        let (a, b) = (reg!(lhs).clone(), reg!(rhs).clone());
                                        tri!(self.inplace_op(op, &a, &b))
                                    }
                                },
                                (Value::Float(a), Value::Float(b)) => {
                                    match float_fast(op, a.get(), b.get()) {
                                        Some(v) => v,
                                        None => {
                                            let (a, b) = (reg!(lhs).clone(), reg!(rhs).clone());
                                            tri!(self.inplace_op(op, &a, &b))
                                        }
                                    }
                                }
                                _ => {
                                    let (a, b) = (reg!(lhs).clone(), reg!(rhs).clone());
                                    tri!(self.inplace_op(op, &a, &b))
                                }
                            };
                            set!(dst, v);
                        }
                        Instr::Unary { op, dst, src } => {
                            let a = reg!(src).clone();
                            let v = tri!(self.unary_op(op, &a));
                            set!(dst, v);
                        }
                        Instr::Not { dst, src } => {
                            let a = reg!(src).clone();
                            let t = tri!(self.truthy(&a));
                            set!(dst, Value::bool(!t));
                        }
                        Instr::Compare { op, dst, lhs, rhs } => {
                            let v = match (&reg!(lhs), &reg!(rhs)) {
                                (Value::Int(a), Value::Int(b)) if is_order(op) => {
                                    Value::bool(cmp_i64(op, *a, *b))
                                }
                                (Value::Float(a), Value::Float(b)) if is_order(op) => {
                                    Value::bool(cmp_f64(op, a.get(), b.get()))
                                }
                                _ => {
                                    let (a, b) = (reg!(lhs).clone(), reg!(rhs).clone());
                                    tri!(self.compare_op(op, &a, &b))
                                }
                            };
                            set!(dst, v);
                        }
                        Instr::CompareJumpIfFalse {
                            op,
                            lhs,
                            rhs,
                            target,
                        } => {
                            let ok = match (&reg!(lhs), &reg!(rhs)) {
                                (Value::Int(a), Value::Int(b)) if is_order(op) => {
                                    cmp_i64(op, *a, *b)
                                }
                                (Value::Float(a), Value::Float(b)) if is_order(op) => {
                                    cmp_f64(op, a.get(), b.get())
                                }
                                _ => {
                                    let (a, b) = (reg!(lhs).clone(), reg!(rhs).clone());
                                    let v = tri!(self.compare_op(op, &a, &b));
                                    tri!(self.truthy(&v))
                                }
                            };
                            if !ok {
                                pc = target.0 as usize;
                            }
                        }
                        Instr::Jump { target } => {
                            let t = target.0 as usize;
                            // Back-edges are counted only where loops may
                            // be compiled.
                            if t < pc && jit_threshold != u32::MAX {
                                // A back-edge: count it; a hot loop runs
                                // natively from its header.
                                // SAFETY: `t` is an instruction index and
                                // there is one counter per instruction.
                                let c = unsafe { code.loop_counters.get_unchecked(t) };
                                let n = c.get().saturating_add(1);
                                c.set(n);
                                if n >= jit_threshold {
                                    match self.hot_loop(fi, &code, t, pc - 1) {
                                        Ok(Some(resume)) => {
                                            pc = resume;
                                            continue;
                                        }
                                        Ok(None) => {}
                                        Err((e, at, reraise)) => {
                                            pc = at + 1;
                                            break 'body (e, reraise);
                                        }
                                    }
                                }
                            }
                            pc = t;
                            // A back-edge to a `for` over a range takes the
                            // next number right here, saving a dispatch per
                            // iteration (not when stepping or counting
                            // instructions, nor when the loop variable's old
                            // value has a destructor that could run code).
                            if !STEP && !COUNT {
                                // SAFETY: `t` is an instruction index.
                                // (The compiler gives the iterator a
                                // register of its own; checked, since `dst`
                                // is borrowed mutably beside it below.)
                                let fused = match unsafe { *instrs.get_unchecked(t) } {
                                    Instr::ForIter { iter, dst, exit } if iter != dst => {
                                        Some((iter, dst, exit))
                                    }
                                    _ => None,
                                };
                                if let Some((iter, dst, exit)) = fused {
                                    // SAFETY: the frame's registers are
                                    // `stack[base..base + nregs]`; `iter`
                                    // and `dst` are distinct registers and
                                    // stepping a range runs no code.
                                    let rp = unsafe { self.stack.as_mut_ptr().add(base) };
                                    // SAFETY: as above.
                                    let (it, d) =
                                        unsafe { (&*rp.add(iter.idx()), &mut *rp.add(dst.idx())) };
                                    if let (Value::Iter(it), true) =
                                        (it, d.tag() <= crate::value::tag::FLOAT)
                                    {
                                        match range_next(it) {
                                            Some(Some(v)) => {
                                                // SAFETY: `d` holds an
                                                // inline value: nothing to
                                                // release.
                                                unsafe { std::ptr::write(d, Value::Int(v)) };
                                                pc = t + 1;
                                            }
                                            Some(None) => pc = exit.0 as usize,
                                            None => {}
                                        }
                                    }
                                }
                            }
                        }
                        Instr::JumpIfTrue { cond, target } => {
                            let t = match &reg!(cond) {
                                Value::Bool(b) => b.get(),
                                v => {
                                    let v = v.clone();
                                    tri!(self.truthy(&v))
                                }
                            };
                            if t {
                                pc = target.0 as usize;
                            }
                        }
                        Instr::JumpIfFalse { cond, target } => {
                            let t = match &reg!(cond) {
                                Value::Bool(b) => b.get(),
                                v => {
                                    let v = v.clone();
                                    tri!(self.truthy(&v))
                                }
                            };
                            if !t {
                                pc = target.0 as usize;
                            }
                        }
                        Instr::GetIter { dst, src } => {
                            let v = reg!(src).clone();
                            let it = tri!(self.get_iter(&v));
                            set!(dst, it);
                        }
                        Instr::ForIter { iter, dst, exit } => {
                            // Fast path: counting over a range.
                            let next = match &reg!(iter) {
                                Value::Iter(it) => range_next(it).map(|n| n.map(Value::Int)),
                                _ => None,
                            };
                            let next = match next {
                                Some(n) => n,
                                None => {
                                    let it = reg!(iter).clone();
                                    let n = tri!(self.next(&it));
                                    if let Some(v) = &n {
                                        feedback!(v);
                                    }
                                    n
                                }
                            };
                            match next {
                                Some(v) => set!(dst, v),
                                None => pc = exit.0 as usize,
                            }
                        }
                        Instr::Return { src } => {
                            // A frame object keeps showing the returned
                            // variable after the frame ends.
                            let v = if self.frames[fi].obj.is_some() {
                                reg!(src).clone()
                            } else {
                                std::mem::take(&mut regm!(src))
                            };
                            if let Some((dst, init)) = inline_calls.pop() {
                                self.pop_frame();
                                run_top!(self.frames[fi].pc + 1);
                                let v = match init {
                                    None => v,
                                    Some(obj) if v.is_none() => obj,
                                    Some(_) => {
                                        let e = self.type_error(format!(
                                            "__init__() should return None, not '{}'",
                                            self.type_name(&v)
                                        ));
                                        break 'body (e, false);
                                    }
                                };
                                feedback!(v);
                                set!(dst, v);
                                continue;
                            }
                            return Ok(Exit::Return(v));
                        }
                        Instr::LoadName { dst, name } => {
                            let cache = name_cache!();
                            let v = match self.load_cache_hit(fi, cache, true) {
                                Some(v) => v,
                                None => tri!(self.load_cached(
                                    fi,
                                    cache,
                                    &code.names[name.0 as usize],
                                    true
                                )),
                            };
                            set!(dst, v);
                        }
                        Instr::StoreName { name, src } => {
                            let cache = name_cache!();
                            if !self.store_cache_hit(fi, cache, &reg!(src), true) {
                                let v = reg!(src).clone();
                                tri!(self.store_cached(
                                    fi,
                                    cache,
                                    &code.names[name.0 as usize],
                                    v,
                                    true
                                ));
                            }
                        }
                        Instr::DeleteName { name } => {
                            tri!(self.delete_name(fi, &code.names[name.0 as usize]));
                        }
                        Instr::LoadLocal { dst, name } => {
                            let cache = name_cache!();
                            let v = match self.load_cache_hit(fi, cache, true) {
                                Some(v) => v,
                                None => {
                                    tri!(self.load_local(fi, cache, &code.names[name.0 as usize]))
                                }
                            };
                            set!(dst, v);
                        }
                        Instr::StoreLocal { name, src } => {
                            let cache = name_cache!();
                            if !self.store_cache_hit(fi, cache, &reg!(src), true) {
                                let v = reg!(src).clone();
                                tri!(self.store_cached(
                                    fi,
                                    cache,
                                    &code.names[name.0 as usize],
                                    v,
                                    true
                                ));
                            }
                        }
                        Instr::DeleteLocal { name } => {
                            let n = &code.names[name.0 as usize];
                            tri!(self.load_local(fi, name_cache!(), n));
                            tri!(self.delete_name(fi, n));
                        }
                        Instr::LoadGlobal { dst, name } => {
                            let cache = name_cache!();
                            let v = match self.load_cache_hit(fi, cache, false) {
                                Some(v) => v,
                                None => tri!(self.load_cached(
                                    fi,
                                    cache,
                                    &code.names[name.0 as usize],
                                    false
                                )),
                            };
                            feedback!(v);
                            set!(dst, v);
                        }
                        Instr::StoreGlobal { name, src } => {
                            let cache = name_cache!();
                            if !self.store_cache_hit(fi, cache, &reg!(src), false) {
                                let v = reg!(src).clone();
                                tri!(self.store_cached(
                                    fi,
                                    cache,
                                    &code.names[name.0 as usize],
                                    v,
                                    false
                                ));
                            }
                        }
                        Instr::DeleteGlobal { name } => {
                            let n = &code.names[name.0 as usize];
                            if self.frames[fi].globals.del_str(n).is_none() {
                                break 'body (self.name_error(n.as_str()), false);
                            }
                        }
                        Instr::LoadClassDeref { dst, name, cell } => {
                            let n = &code.names[name.0 as usize];
                            let v = match tri!(self.lookup_locals(fi, n)) {
                                Some(v) => v,
                                None => tri!(self.load_deref(&code, base, cell)),
                            };
                            set!(dst, v);
                        }
                        Instr::LoadDeref { dst, cell } => {
                            let v = tri!(self.load_deref(&code, base, cell));
                            feedback!(v);
                            set!(dst, v);
                        }
                        Instr::StoreDeref { cell, src } => {
                            let v = reg!(src).clone();
                            if let Value::Cell(c) = &reg!(cell) {
                                c.set(v);
                            }
                        }
                        Instr::DeleteDeref { cell } => {
                            tri!(self.load_deref(&code, base, cell));
                            if let Value::Cell(c) = &reg!(cell) {
                                c.set(Value::Unbound);
                            }
                        }
                        Instr::MakeCell { reg } => {
                            set!(reg, Value::Cell(Rc::new(PyCell::new(Value::Unbound))));
                        }
                        Instr::BuildList { dst, start, count } => {
                            let items = self.take_vec(base, start, count);
                            set!(dst, Value::list(items));
                        }
                        Instr::BuildTuple { dst, start, count } => {
                            let items = self.take_vec(base, start, count);
                            set!(dst, Value::tuple(items));
                        }
                        Instr::BuildSet { dst, start, count } => {
                            let items = self.take_vec(base, start, count);
                            let set = PySet::new();
                            for it in items {
                                tri!(set.add(self, it));
                            }
                            set!(dst, Value::Set(Rc::new(set)));
                        }
                        Instr::BuildMap { dst, start, count } => {
                            let items = self.take_vec(base, start, count * 2);
                            let d = PyDict::new();
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!(d.set(self, k, v));
                            }
                            set!(dst, Value::Dict(Rc::new(d)));
                        }
                        Instr::BuildSlice { dst, start } => {
                            let items = self.take_vec(base, start, 3);
                            let mut it = items.into_iter();
                            let s = PySlice {
                                start: it.next().unwrap_or_default(),
                                stop: it.next().unwrap_or_default(),
                                step: it.next().unwrap_or_default(),
                            };
                            set!(dst, Value::Slice(Rc::new(s)));
                        }
                        Instr::BuildString { dst, start, count } => {
                            let mut s = String::new();
                            for i in 0..count as usize {
                                if let Value::Str(p) = &self.stack[base + start.idx() + i] {
                                    s.push_str(p.as_str());
                                }
                            }
                            set!(dst, Value::string(s));
                        }
                        Instr::FormatValue {
                            dst,
                            src,
                            conv,
                            spec,
                        } => {
                            let v = reg!(src).clone();
                            let spec = if spec.is_none() {
                                None
                            } else {
                                Some(reg!(spec).clone())
                            };
                            let s = tri!(self.format_value(&v, conv, spec));
                            set!(dst, s);
                        }
                        Instr::ListAppend { list, item } => {
                            let v = reg!(item).clone();
                            if let Value::List(l) = &reg!(list) {
                                l.push(v);
                            }
                        }
                        Instr::ListExtend { list, src, func } => {
                            let v = reg!(src).clone();
                            let items = match self.collect(&v) {
                                Ok(items) => items,
                                Err(e)
                                    if self.is_exc_kind(&e, ExcKind::TypeError)
                                        && !self.is_iterable(&v) =>
                                {
                                    let what = if func.is_none() {
                                        "Value".to_string()
                                    } else {
                                        let f = reg!(func).clone();
                                        format!("{} argument", self.func_display_name(&f))
                                    };
                                    break 'body (
                                        self.type_error(format!(
                                            "{what} after * must be an iterable, not {}",
                                            self.type_name(&v)
                                        )),
                                        false,
                                    );
                                }
                                Err(e) => break 'body (e, false),
                            };
                            if let Value::List(l) = &reg!(list) {
                                l.items_mut().extend(items);
                            }
                        }
                        Instr::SetAdd { set, item } => {
                            let v = reg!(item).clone();
                            let s = reg!(set).clone();
                            if let Value::Set(s) = &s {
                                tri!(s.add(self, v));
                            }
                        }
                        Instr::SetUpdate { set, src } => {
                            let v = reg!(src).clone();
                            let s = reg!(set).clone();
                            if let Value::Set(s) = &s {
                                tri!(crate::builtins::set_fill(self, s, &v));
                            }
                        }
                        Instr::DictInsert { dict, key, value } => {
                            let (d, k, v) =
                                (reg!(dict).clone(), reg!(key).clone(), reg!(value).clone());
                            if let Value::Dict(d) = &d {
                                tri!(d.set(self, k, v));
                            }
                        }
                        Instr::DictUpdate { dict, src } => {
                            let (d, s) = (reg!(dict).clone(), reg!(src).clone());
                            tri!(self.dict_update(&d, &s, None));
                        }
                        Instr::DictMerge { dict, src, func } => {
                            let (d, s, f) =
                                (reg!(dict).clone(), reg!(src).clone(), reg!(func).clone());
                            tri!(self.dict_update(&d, &s, Some(&f)));
                        }
                        Instr::ListToTuple { dst, src } => {
                            let v = match &reg!(src) {
                                Value::List(l) => Value::tuple(l.snapshot()),
                                other => other.clone(),
                            };
                            set!(dst, v);
                        }
                        Instr::UnpackSequence { src, dst, count } => {
                            let v = reg!(src).clone();
                            // A tuple of the right length: straight into
                            // the registers, no intermediate vector.
                            if let Value::Tuple(t) = &v {
                                if t.len() == count as usize {
                                    for (i, it) in t.iter().enumerate() {
                                        feedback!(it);
                                        set!(Reg(dst.0 + i as u16), it.clone());
                                    }
                                    continue;
                                }
                            }
                            let items = tri!(self.unpack(&v, count as usize));
                            for (i, it) in items.into_iter().enumerate() {
                                feedback!(it);
                                self.stack[base + dst.idx() + i] = it;
                            }
                        }
                        Instr::UnpackEx {
                            src,
                            dst,
                            before,
                            after,
                        } => {
                            let v = reg!(src).clone();
                            let items = tri!(self.unpack_ex(&v, before as usize, after as usize));
                            for (i, it) in items.into_iter().enumerate() {
                                self.stack[base + dst.idx() + i] = it;
                            }
                        }
                        Instr::GetAttr { dst, obj, name } => {
                            let n = &code.names[name.0 as usize];
                            let cache = attr_cache!();
                            let v =
                                match cached_instance_attr(cache, &reg!(obj), n, self.type_epoch) {
                                    Some(v) => v,
                                    None => {
                                        let o = reg!(obj).clone();
                                        tri!(self.get_attr_missed(cache, &o, n))
                                    }
                                };
                            feedback!(v);
                            set!(dst, v);
                        }
                        Instr::SetAttr { obj, name, src } => {
                            let n = &code.names[name.0 as usize];
                            let cache = attr_cache!();
                            let v = reg!(src).clone();
                            if let Err(v) =
                                cached_instance_store(cache, &reg!(obj), n, v, self.type_epoch)
                            {
                                let o = reg!(obj).clone();
                                tri!(self.set_attr_missed(cache, &o, n, v));
                            }
                        }
                        Instr::DelAttr { obj, name } => {
                            let o = reg!(obj).clone();
                            tri!(self.del_attr(&o, &code.names[name.0 as usize]));
                        }
                        Instr::GetItem { dst, obj, key } => {
                            let v = match (&reg!(obj), &reg!(key)) {
                                (Value::List(l), Value::Int(i)) => l.get_index(*i),
                                _ => None,
                            };
                            let v = match v {
                                Some(v) => v,
                                None => {
                                    let (o, k) = (reg!(obj).clone(), reg!(key).clone());
                                    tri!(self.get_item(&o, &k))
                                }
                            };
                            feedback!(v);
                            set!(dst, v);
                        }
                        Instr::SetItem { obj, key, src } => {
                            let done = match (&reg!(obj), &reg!(key)) {
                                (Value::List(l), Value::Int(i)) => {
                                    let v = self.stack[base + src.idx()].clone();
                                    l.set_index(*i, v).is_ok()
                                }
                                _ => false,
                            };
                            if !done {
                                let (o, k, v) =
                                    (reg!(obj).clone(), reg!(key).clone(), reg!(src).clone());
                                tri!(self.set_item(&o, k, v));
                            }
                        }
                        Instr::DelItem { obj, key } => {
                            let (o, k) = (reg!(obj).clone(), reg!(key).clone());
                            tri!(self.del_item(&o, &k));
                        }
                        Instr::Call {
                            dst,
                            func,
                            args,
                            argc,
                        } => {
                            if let Value::Function(pf) = &reg!(func) {
                                let pf = pf.clone();
                                if !STEP && !COUNT && fast_threshold != u32::MAX {
                                    let src = base + args.idx();
                                    if let Some(v) = self.native_call(&pf, src, argc as usize) {
                                        feedback!(v);
                                        set!(dst, v);
                                        continue;
                                    }
                                }
                                if !STEP && !COUNT && self.is_simple_call(&pf, argc as usize) {
                                    self.push_simple_args(
                                        &pf,
                                        None,
                                        base + args.idx(),
                                        argc as usize,
                                    );
                                    inline_calls.push((dst, None));
                                    run_top!(0);
                                    continue;
                                }
                                let v = tri!(self.call_function_stack(
                                    &pf,
                                    base + args.idx(),
                                    argc as usize
                                ));
                                feedback!(v);
                                set!(dst, v);
                                continue;
                            }
                            if let (false, false, Value::Type(t)) = (STEP, COUNT, &reg!(func)) {
                                let t = t.clone();
                                if let Some((init, obj)) = self.plain_init(&t, argc as usize) {
                                    let src = base + args.idx();
                                    self.push_simple_args(
                                        &init,
                                        Some(obj.clone()),
                                        src,
                                        argc as usize,
                                    );
                                    inline_calls.push((dst, Some(obj)));
                                    run_top!(0);
                                    continue;
                                }
                            }
                            let f = reg!(func).clone();
                            let a = self.take_window(base, args, argc);
                            let v = tri!(self.call(&f, &a, &[]));
                            feedback!(v);
                            set!(dst, v);
                        }
                        Instr::CallKw {
                            dst,
                            func,
                            args,
                            argc,
                            kwnames,
                        } => {
                            let f = reg!(func).clone();
                            let a = self.take_window(base, args, argc);
                            let Value::Tuple(names) = &code.consts[kwnames.0 as usize] else {
                                unreachable!("kwnames is a tuple")
                            };
                            let npos = a.len() - names.len();
                            let mut kw = Vec::with_capacity(names.len());
                            let mut a = a;
                            let kwvals = a.drain(npos..).collect::<Vec<_>>();
                            for (n, v) in names.iter().zip(kwvals) {
                                if let Value::Str(s) = n {
                                    kw.push((s.clone(), v));
                                }
                            }
                            let v = tri!(self.call(&f, &a, &kw));
                            set!(dst, v);
                        }
                        Instr::CallEx {
                            dst,
                            func,
                            args,
                            kwargs,
                        } => {
                            let f = reg!(func).clone();
                            let a = match &reg!(args) {
                                Value::Tuple(t) => t.as_slice().to_vec(),
                                _ => vec![],
                            };
                            let kw = if kwargs.is_none() {
                                vec![]
                            } else {
                                match &reg!(kwargs) {
                                    Value::Dict(d) => {
                                        let mut kw = Vec::new();
                                        for (k, v) in d.items() {
                                            if let Value::Str(s) = k {
                                                kw.push((s, v));
                                            }
                                        }
                                        kw
                                    }
                                    _ => vec![],
                                }
                            };
                            let v = tri!(self.call(&f, &a, &kw));
                            set!(dst, v);
                        }
                        Instr::CallMethod {
                            dst,
                            obj,
                            name,
                            args,
                            argc,
                        } => {
                            let o = reg!(obj).clone();
                            if !STEP && !COUNT {
                                let cache = attr_cache!();
                                let n = &code.names[name.0 as usize];
                                if let Some(f) = self.cached_method(cache, &o, n) {
                                    if self.is_simple_call(&f, argc as usize + 1) {
                                        let src = base + args.idx();
                                        self.push_simple_args(&f, Some(o), src, argc as usize);
                                        inline_calls.push((dst, None));
                                        run_top!(0);
                                        continue;
                                    }
                                }
                            }
                            let v = tri!(self.call_method_cached(
                                attr_cache!(),
                                &o,
                                &code.names[name.0 as usize],
                                base + args.idx(),
                                argc as usize
                            ));
                            feedback!(v);
                            set!(dst, v);
                        }
                        Instr::MakeFunction {
                            dst,
                            code: ci,
                            extra,
                            flags,
                        } => {
                            let f = self.make_function(fi, &code, ci, base, extra, flags);
                            set!(dst, f);
                        }
                        Instr::LoadBuildClass { dst } => {
                            let v = match self.frames[fi].builtins.get_item_str("__build_class__") {
                                Some(v) => v,
                                None => {
                                    let e =
                                        self.err(ExcKind::NameError, "__build_class__ not found");
                                    break 'body (e, false);
                                }
                            };
                            set!(dst, v);
                        }
                        Instr::LoadLocals { dst } => {
                            let v = self.frames[fi].locals.clone().unwrap_or(Value::None);
                            set!(dst, v);
                        }
                        Instr::Raise { kind, exc, cause } => match kind {
                            RaiseKind::Reraise => match self.handled.last() {
                                Some(e) => break 'body (e.clone(), true),
                                None => {
                                    break 'body (
                                        self.err(
                                            ExcKind::RuntimeError,
                                            "No active exception to reraise",
                                        ),
                                        false,
                                    )
                                }
                            },
                            RaiseKind::Raise => {
                                let e = reg!(exc).clone();
                                let c = if cause.is_none() {
                                    None
                                } else {
                                    Some(reg!(cause).clone())
                                };
                                let e = tri!(self.make_raise(e, c));
                                self.set_context(&e);
                                break 'body (e, false);
                            }
                        },
                        Instr::Reraise { exc } => {
                            let e = reg!(exc).clone();
                            match e {
                                Value::Instance(i) => break 'body (PyErr(i), true),
                                _ => {
                                    break 'body (
                                        self.err(ExcKind::SystemError, "bad reraise"),
                                        false,
                                    )
                                }
                            }
                        }
                        Instr::PushExcInfo { exc } => {
                            if let Value::Instance(i) = &reg!(exc) {
                                self.handled.push(PyErr(i.clone()));
                            }
                        }
                        Instr::PopExcInfo => {
                            self.handled.pop();
                        }
                        Instr::CheckExcMatch { dst, exc, typ } => {
                            let (e, t) = (reg!(exc).clone(), reg!(typ).clone());
                            let m = tri!(self.exception_matches(&e, &t));
                            set!(dst, Value::bool(m));
                        }
                        Instr::RaiseAssert { msg } => {
                            let args = if msg.is_none() {
                                vec![]
                            } else {
                                vec![reg!(msg).clone()]
                            };
                            let e =
                                self.new_exception(self.exc_type(ExcKind::AssertionError), args);
                            break 'body (e, false);
                        }
                        Instr::ImportName {
                            dst,
                            name,
                            fromlist,
                            level,
                        } => {
                            let fl = if fromlist.is_none() {
                                Value::None
                            } else {
                                reg!(fromlist).clone()
                            };
                            let n = code.names[name.0 as usize].clone();
                            let m = tri!(self.import_name(fi, &n, &fl, level as u32));
                            set!(dst, m);
                        }
                        Instr::ImportFrom { dst, module, name } => {
                            let m = reg!(module).clone();
                            let v = tri!(self.import_from(&m, &code.names[name.0 as usize]));
                            set!(dst, v);
                        }
                        Instr::ImportStar { module } => {
                            let m = reg!(module).clone();
                            tri!(self.import_star(fi, &m));
                        }
                        Instr::SetupAnnotations => {
                            tri!(self.setup_annotations(fi));
                        }
                        Instr::PrintExpr { src } => {
                            let v = reg!(src).clone();
                            tri!(self.display_hook(v));
                        }
                        Instr::WithEnter { exit, value, mgr } => {
                            let m = reg!(mgr).clone();
                            let (x, v) = tri!(self.with_enter(&m));
                            set!(exit, x);
                            set!(value, v);
                        }
                        Instr::WithExit { dst, exit, exc } => {
                            let x = reg!(exit).clone();
                            let e = if exc.is_none() {
                                None
                            } else {
                                Some(reg!(exc).clone())
                            };
                            let r = tri!(self.with_exit(&x, e));
                            set!(dst, r);
                        }
                        Instr::MatchSequence { dst, subj } => {
                            let s = reg!(subj).clone();
                            set!(dst, Value::bool(self.match_sequence(&s)));
                        }
                        Instr::MatchMapping { dst, subj } => {
                            let s = reg!(subj).clone();
                            set!(dst, Value::bool(self.match_mapping(&s)));
                        }
                        Instr::MatchKeys { dst, subj, keys } => {
                            let (s, k) = (reg!(subj).clone(), reg!(keys).clone());
                            let v = tri!(self.match_keys(&s, &k));
                            set!(dst, v);
                        }
                        Instr::MatchClass {
                            dst,
                            subj,
                            cls,
                            nargs,
                            kwnames,
                        } => {
                            let (s, c) = (reg!(subj).clone(), reg!(cls).clone());
                            let names = code.consts[kwnames.0 as usize].clone();
                            let v = tri!(self.match_class(&s, &c, nargs as usize, &names));
                            set!(dst, v);
                        }
                        Instr::CopyDictWithout { dst, src, keys } => {
                            let (s, k) = (reg!(src).clone(), reg!(keys).clone());
                            let v = tri!(self.copy_dict_without(&s, &k));
                            set!(dst, v);
                        }
                        Instr::GetLen { dst, src } => {
                            let s = reg!(src).clone();
                            let n = tri!(self.len(&s));
                            set!(dst, Value::Int(n as i64));
                        }
                        Instr::Yield { dst: _, src } => {
                            let v = reg!(src).clone();
                            self.frames[fi].pc = pc;
                            return Ok(Exit::Yield(v));
                        }
                        Instr::YieldFrom { dst, iter } => {
                            let (it, sent) = (reg!(iter).clone(), std::mem::take(&mut regm!(dst)));
                            match tri!(self.yield_from_step(&it, sent)) {
                                super::generator::Step::Yielded(v) => {
                                    // Resume re-executes this instruction.
                                    self.frames[fi].pc = pc - 1;
                                    return Ok(Exit::Yield(v));
                                }
                                super::generator::Step::Returned(v) => set!(dst, v),
                            }
                        }
                    }
                }
            };
            // An exception was raised at instruction `pc - 1`.
            let at = pc.saturating_sub(1);
            self.frames[fi].pc = at;
            if STEP {
                // Native code leaves through its error exit; the
                // interpreter raises at `at` and looks for a handler.
                self.jit.error = Some((err, reraise));
                return Ok(Exit::Stepped);
            }
            if !reraise {
                if err.exc().traceback.borrow().is_empty() {
                    self.set_context(&err);
                }
                // Every traceback entry has its frame (`tb_frame`), as in CPython.
                let frame = Some(self.frame_object(fi));
                err.exc().traceback.borrow_mut().insert(
                    0,
                    TbEntry {
                        code: code.clone(),
                        line: code.line_at(at),
                        frame,
                    },
                );
            }
            match code.handler_for(at) {
                Some(h) => {
                    // Unwind the handled-exception stack to this frame's
                    // level at the handler (handlers push their own).
                    self.stack[base + h.exc.idx()] = err.value();
                    pc = h.handler.0 as usize;
                }
                None if !inline_calls.is_empty() => {
                    // On to the caller, which records its own traceback
                    // entry at the call, as if the call had returned it.
                    inline_calls.pop();
                    self.pop_frame();
                    run_top!(self.frames[fi].pc + 1);
                    pending = Some(err);
                }
                None => return Err(err),
            }
        }
    }

    /// Moves the values out of a register window (arguments are temporaries
    /// read once).
    /// The values of a register window, for a new container.
    fn take_vec(&mut self, base: usize, start: Reg, count: u16) -> Vec<Value> {
        let s = base + start.idx();
        self.stack[s..s + count as usize]
            .iter_mut()
            .map(std::mem::take)
            .collect()
    }

    pub(crate) fn take_window(
        &mut self,
        base: usize,
        start: Reg,
        count: u16,
    ) -> crate::value::Args {
        let s = base + start.idx();
        self.stack[s..s + count as usize]
            .iter_mut()
            .map(std::mem::take)
            .collect()
    }

    pub(crate) fn unbound_local(&self, code: &CodeObject, reg: Reg) -> PyErr {
        let name = code
            .vars
            .get(reg.idx())
            .map(|v| v.name.as_str().to_string())
            .unwrap_or_default();
        self.err(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    pub(crate) fn load_deref(&self, code: &CodeObject, base: usize, cell: Reg) -> PyResult<Value> {
        if let Value::Cell(c) = &self.stack[base + cell.idx()] {
            let v = c.get();
            if !v.is_unbound() {
                return Ok(v);
            }
        }
        let info = &code.vars[cell.idx()];
        let name = info.name.as_str();
        Err(if info.kind == RegKind::Free {
            let e = self.err(
                ExcKind::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            );
            e.0.dict.set_item_str("name", Value::str(name));
            e
        } else {
            self.err(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        })
    }

    /// Sets `__context__` to the exception being handled, as raising does.
    pub fn set_context(&self, e: &PyErr) {
        let Some(h) = self.handled.last() else {
            return;
        };
        if Rc::ptr_eq(&h.0, &e.0) {
            return;
        }
        // Break a cycle: if `e` is already in h's context chain, cut it.
        let mut o = h.clone();
        loop {
            let next = o.exc().context.borrow().clone();
            match next {
                Some(n) if Rc::ptr_eq(&n.0, &e.0) => {
                    *o.exc().context.borrow_mut() = None;
                    break;
                }
                Some(n) => o = n,
                None => break,
            }
        }
        *e.exc().context.borrow_mut() = Some(h.clone());
    }
}

/// The next number of a range iterator: `Some(None)` when exhausted,
/// `None` when `it` iterates over something else.
#[inline]
fn range_next(it: &PyIter) -> Option<Option<i64>> {
    let mut st = it.state.borrow_mut();
    let IterState::Range {
        next,
        step,
        remaining,
    } = &mut *st
    else {
        return None;
    };
    if *remaining > 0 {
        let v = *next;
        *remaining -= 1;
        *next = next.wrapping_add(*step);
        Some(Some(v))
    } else {
        Some(None)
    }
}

#[inline]
fn is_order(op: CmpOp) -> bool {
    matches!(
        op,
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE | CmpOp::Eq | CmpOp::NotEq
    )
}

#[inline]
fn cmp_i64(op: CmpOp, a: i64, b: i64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::LtE => a <= b,
        CmpOp::Gt => a > b,
        CmpOp::GtE => a >= b,
        CmpOp::Eq => a == b,
        CmpOp::NotEq => a != b,
        _ => unreachable!(),
    }
}

#[inline]
fn cmp_f64(op: CmpOp, a: f64, b: f64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::LtE => a <= b,
        CmpOp::Gt => a > b,
        CmpOp::GtE => a >= b,
        CmpOp::Eq => a == b,
        CmpOp::NotEq => a != b,
        _ => unreachable!(),
    }
}

/// Integer operations that stay in `i64`; `None` means "take the general
/// path" (overflow, division by zero, negative shifts...).
#[inline]
pub fn int_fast(op: BinOp, a: i64, b: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => crate::objects::int::floordiv_i64(a, b)?,
        BinOp::Mod => {
            if b == 0 {
                return None;
            }
            crate::objects::int::mod_i64(a, b)
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::RShift if (0..64).contains(&b) => a >> b,
        BinOp::LShift if (0..63).contains(&b) => {
            let r = a << b;
            if r >> b != a {
                return None;
            }
            r
        }
        BinOp::Div => {
            if b == 0 || a.unsigned_abs() > (1 << 53) || b.unsigned_abs() > (1 << 53) {
                return None;
            }
            return Some(Value::float(a as f64 / b as f64));
        }
        _ => return None,
    }))
}

#[inline]
pub fn float_fast(op: BinOp, a: f64, b: f64) -> Option<Value> {
    Some(Value::float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div if b != 0.0 => a / b,
        _ => return None,
    }))
}
