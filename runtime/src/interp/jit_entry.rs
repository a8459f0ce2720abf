//! The interpreter's side of the jit tier: hot-loop bookkeeping, entering
//! compiled loops with the live frame (on-stack entry), handling their
//! exits and deopts, the helper functions native code calls, and the
//! diagnostics (`--stats`, `--jit-dump`, `--tier-events`).

use super::eval::Exit;
use super::vm::Vm;
use crate::bytecode::code::NameCache;
use crate::bytecode::{CodeObject, Instr, Reg};
use crate::jit_iface::*;
use crate::objects::PyStr;
use crate::value::{PyErr, PyResult, Value};
use std::io::Write;
use std::rc::Rc;
use std::time::Instant;

/// After this many compilations (each deopt that widens a type forces
/// one), a loop stays in the interpreter.
const MAX_COMPILES: u32 = 8;

/// The jit tier's state in a runtime.
#[derive(Default)]
pub struct JitState {
    /// The code generator, made on first use by `make_backend`: a program
    /// that never turns hot does not pay for setting one up.
    pub(crate) backend: Option<Box<dyn JitBackend>>,
    pub make_backend: Option<fn() -> Box<dyn JitBackend>>,
    /// The exception a helper raised, with whether it is a re-raise, until
    /// the interpreter takes it at the native code's exit.
    pub error: Option<(PyErr, bool)>,
    /// See [`JitFrame::frame_writes`].
    pub frame_writes: u64,
    /// Every loop that turned hot, for `--stats`.
    pub seen: Vec<(Rc<CodeObject>, u32)>,
    /// Every function compiled whole or rejected, for `--stats`.
    pub functions: Vec<Rc<CodeObject>>,
    /// `--tier-events`: one JSON object per line.
    pub events: Option<Box<dyn Write>>,
    /// Measured once per runtime (see [`crate::jit_iface::layout`]).
    pub layout: Option<Layout>,
}

impl JitState {
    /// Whether loops and functions may be compiled.
    pub fn enabled(&self) -> bool {
        self.backend.is_some() || self.make_backend.is_some()
    }

    pub fn backend(&mut self) -> Option<&mut (dyn JitBackend + 'static)> {
        if self.backend.is_none() {
            self.backend = Some(self.make_backend.take()?());
        }
        self.backend.as_deref_mut()
    }
}

/// The helper table handed to the backend.
static HELPERS: Helpers = Helpers {
    step: helper_step,
    get_item: helper_get_item,
    set_item: helper_set_item,
    get_attr: helper_get_attr,
    set_attr: helper_set_attr,
    load_global: helper_load_global,
    call: helper_call,
    for_iter: helper_for_iter,
    clear: helper_clear,
    range_begin: helper_range_begin,
    range_end: helper_range_end,
    set_int: helper_set_int,
    drop_value: helper_drop_value,
    seq_begin: helper_seq_begin,
    seq_end: helper_seq_end,
};

impl Vm {
    /// Called at a back-edge whose loop reached the hotness threshold:
    /// compiles the loop if needed and runs it natively from its header.
    /// Returns the instruction to resume at, `None` to go on interpreting
    /// (no backend, or the loop was rejected), or the exception native
    /// code raised with the index of the instruction that raised it and
    /// whether it is a re-raise.
    #[inline(never)]
    pub(crate) fn hot_loop(
        &mut self,
        fi: usize,
        code: &Rc<CodeObject>,
        header: usize,
        backedge: usize,
    ) -> Result<Option<usize>, (PyErr, usize, bool)> {
        if !self.jit.enabled() {
            return Ok(None);
        }
        let counter = &code.loop_counters[header];
        let slot_index = {
            let mut slots = code.jit_loops.borrow_mut();
            match slots.iter().position(|s| s.header as usize == header) {
                Some(i) => i,
                None => {
                    slots.push(LoopSlot {
                        header: header as u32,
                        end: backedge as u32,
                        state: LoopState::Cold,
                        boxed: Vec::new(),
                        generic: Vec::new(),
                        keep: Vec::new(),
                        assumes: None,
                        stats: LoopStats::default(),
                    });
                    self.jit.seen.push((code.clone(), header as u32));
                    slots.len() - 1
                }
            }
        };
        let entry = {
            let mut slots = code.jit_loops.borrow_mut();
            let slot = &mut slots[slot_index];
            if let (LoopState::Compiled(_), Some((g, b))) = (&slot.state, &slot.assumes) {
                let f = &self.frames[fi];
                if !Rc::ptr_eq(g, &f.globals) || !Rc::ptr_eq(b, &f.builtins) {
                    // Compiled for other namespaces: compile again.
                    slot.stats
                        .count_deopt(DeoptReason::GlobalChanged, code.line_at(header));
                    slot.state = if slot.stats.compiles >= MAX_COMPILES {
                        slot.stats.rejected = Some("runs with changing globals".into());
                        LoopState::Rejected
                    } else {
                        LoopState::Cold
                    };
                }
            }
            match slot.state {
                LoopState::Compiled(f) => Some(f),
                LoopState::Rejected => None,
                LoopState::Cold => None,
            }
        };
        let entry = match entry {
            Some(f) => f,
            None => {
                if matches!(
                    code.jit_loops.borrow()[slot_index].state,
                    LoopState::Rejected
                ) {
                    counter.set(0);
                    return Ok(None);
                }
                match self.compile_hot_loop(fi, code, slot_index) {
                    Some(f) => f,
                    None => {
                        counter.set(0);
                        return Ok(None);
                    }
                }
            }
        };
        let base = self.frames[fi].base;
        let mut jf = JitFrame {
            // SAFETY: the frame's registers are `stack[base..base + nregs]`.
            regs: unsafe { self.stack.as_mut_ptr().add(base) },
            vm: self as *mut Vm as *mut std::ffi::c_void,
            frame_writes: &self.jit.frame_writes,
            frame_writes_at_entry: self.jit.frame_writes,
            iterations: 0,
            out: [0; 4],
        };
        // SAFETY: `entry` was compiled for this code object's loop at
        // `header` and is entered at that header with this frame on top of
        // the frame stack, as the contract in `jit_iface` requires; the
        // backend that owns the code lives as long as `self`.
        let word = unsafe { entry(&mut jf) };
        let exit = ExitCode::decode(word);
        let pc = exit.pc as usize;
        let line = code.line_at(pc);
        let mut slots = code.jit_loops.borrow_mut();
        let slot = &mut slots[slot_index];
        slot.stats.entries += 1;
        slot.stats.native_iterations += jf.iterations;
        match exit.kind {
            ExitKind::Exit => Ok(Some(pc)),
            ExitKind::Error => {
                drop(slots);
                let (e, reraise) = self.jit.error.take().unwrap_or_else(|| {
                    (
                        self.err(crate::exc_kind::ExcKind::SystemError, "jit: lost exception"),
                        false,
                    )
                });
                Err((e, pc, reraise))
            }
            ExitKind::Deopt => {
                slot.stats.count_deopt(exit.reason, line);
                // A result of an unexpected type teaches the instruction
                // that produced it (the one before the resume point) its
                // type feedback; the next compile speculates on that.
                let mut learned = false;
                if let (DeoptReason::ResultType, Some(r), Some(def)) =
                    (exit.reason, exit.reg, pc.checked_sub(1))
                {
                    let tag = self.stack[self.frames[fi].base + r.idx()].tag();
                    let fb = &code.type_feedback[def];
                    fb.set(fb.get() | 1 << (tag & 31));
                    learned = true;
                }
                if exit.reason == DeoptReason::ItemType {
                    // Native code recorded the item's type itself.
                    learned = true;
                }
                if matches!(
                    exit.reason,
                    DeoptReason::GlobalChanged | DeoptReason::Subscript
                ) && !slot.generic.contains(&exit.pc)
                {
                    slot.generic.push(exit.pc);
                    learned = true;
                }
                let widen = match exit.reason {
                    DeoptReason::ResultType
                    | DeoptReason::ItemType
                    | DeoptReason::GlobalChanged
                    | DeoptReason::Subscript => None,
                    DeoptReason::EntryType | DeoptReason::Overflow | DeoptReason::Iterator => {
                        exit.reg
                    }
                    // Precision loss and zero division keep recurring at
                    // the same place only in unusual loops: widen after
                    // many.
                    DeoptReason::Precision | DeoptReason::Raises => {
                        let n = slot
                            .stats
                            .deopts
                            .iter()
                            .filter(|d| d.0 == exit.reason && d.1 == line)
                            .map(|d| d.2)
                            .sum::<u64>();
                        if n.is_multiple_of(64) {
                            exit.reg
                        } else {
                            None
                        }
                    }
                    DeoptReason::FrameWritten | DeoptReason::None => None,
                };
                let qualname = code.qualname.clone();
                let mut recompile = learned;
                if let Some(r) = widen {
                    if !slot.boxed.contains(&r) {
                        slot.boxed.push(r);
                        recompile = true;
                    }
                }
                if recompile {
                    if slot.stats.compiles >= MAX_COMPILES {
                        slot.state = LoopState::Rejected;
                        slot.stats.rejected = Some("types keep changing".into());
                    } else {
                        slot.state = LoopState::Cold;
                    }
                    counter.set(0);
                }
                let state = match slot.state {
                    LoopState::Rejected => "rejected",
                    LoopState::Cold => "invalidated",
                    LoopState::Compiled(_) => "kept",
                };
                drop(slots);
                self.tier_event(&format!(
                    "{{\"event\":\"deopt\",\"code\":{},\"file\":{},\"line\":{},\"loop_line\":{},\"pc\":{},\"reason\":\"{}\",\"reg\":{},\"loop\":\"{}\"}}",
                    json_str(qualname.as_str()),
                    json_str(&code.filename),
                    line,
                    code.line_at(header),
                    pc,
                    exit.reason.as_str(),
                    exit.reg.map_or("null".to_string(), |r| r.0.to_string()),
                    state
                ));
                Ok(Some(pc))
            }
        }
    }

    /// Compiles the loop of `slot_index`; `None` when the backend rejects
    /// it (the reason goes to the stats and the event log).
    fn compile_hot_loop(
        &mut self,
        fi: usize,
        code: &Rc<CodeObject>,
        slot_index: usize,
    ) -> Option<EntryFn> {
        let (header, end, boxed, generic) = {
            let slots = code.jit_loops.borrow();
            let s = &slots[slot_index];
            (
                s.header as usize,
                s.end as usize,
                s.boxed.clone(),
                s.generic.clone(),
            )
        };
        let (globals, builtins) = {
            let f = &self.frames[fi];
            (f.globals.clone(), f.builtins.clone())
        };
        let plain = self.globals_mapping(&globals).is_none();
        let base = self.frames[fi].base;
        let nregs = code.nregs as usize;
        let dump = self.opts.jit_dump;
        let started = Instant::now();
        let result = {
            let req = LoopRequest {
                code,
                header,
                end,
                regs: &self.stack[base..base + nregs],
                boxed: &boxed,
                generic: &generic,
                globals: plain.then_some((&globals, &builtins)),
                helpers: &HELPERS,
                layout: self.jit.layout,
                dump,
                compile_all: self.opts.jit_threshold <= 1,
            };
            self.jit.backend()?.compile_loop(&req)
        };
        let took = started.elapsed();
        let line = code.line_at(header);
        let mut slots = code.jit_loops.borrow_mut();
        let slot = &mut slots[slot_index];
        slot.stats.compile_time += took;
        let (event, entry) = match result {
            Ok(compiled) => {
                slot.stats.compiles += 1;
                slot.stats.unboxed = compiled.unboxed;
                slot.state = LoopState::Compiled(compiled.entry);
                slot.assumes = compiled
                    .uses_globals
                    .then(|| (globals.clone(), builtins.clone()));
                slot.keep.extend(compiled.keep);
                if let Some(ir) = &compiled.ir {
                    let _ = writeln!(
                        self.stderr,
                        "--- jit: {} line {} ({}:{}) ---\n{}",
                        code.qualname.as_str(),
                        line,
                        code.filename,
                        line,
                        ir
                    );
                }
                (
                    format!(
                        "{{\"event\":\"compile\",\"code\":{},\"file\":{},\"line\":{},\"header\":{},\"unboxed\":{},\"boxed\":{},\"compile_us\":{}}}",
                        json_str(code.qualname.as_str()),
                        json_str(&code.filename),
                        line,
                        header,
                        compiled.unboxed,
                        boxed.len(),
                        took.as_micros()
                    ),
                    Some(compiled.entry),
                )
            }
            Err(reason) => {
                slot.state = LoopState::Rejected;
                let ev = format!(
                    "{{\"event\":\"reject\",\"code\":{},\"file\":{},\"line\":{},\"header\":{},\"reason\":{}}}",
                    json_str(code.qualname.as_str()),
                    json_str(&code.filename),
                    line,
                    header,
                    json_str(&reason)
                );
                slot.stats.rejected = Some(reason);
                (ev, None)
            }
        };
        drop(slots);
        self.tier_event(&event);
        entry
    }

    pub(crate) fn tier_event(&mut self, line: &str) {
        if let Some(w) = self.jit.events.as_mut() {
            let _ = writeln!(w, "{line}");
        }
    }

    /// Flushes the `--tier-events` log.
    pub fn flush_tier_events(&mut self) {
        if let Some(w) = self.jit.events.as_mut() {
            let _ = w.flush();
        }
    }

    /// The `--stats` report: per loop, iterations in each tier, compiles,
    /// compile time, deopts by reason and line, rejections.
    pub fn jit_stats_report(&self) -> String {
        let mut out = String::from("jit stats:\n");
        let mut total_compile = std::time::Duration::ZERO;
        let mut native = 0u64;
        for (code, header) in &self.jit.seen {
            let slots = code.jit_loops.borrow();
            let Some(slot) = slots.iter().find(|s| s.header == *header) else {
                continue;
            };
            let st = &slot.stats;
            let interpreted = code.loop_counters[*header as usize].get() as u64;
            total_compile += st.compile_time;
            native += st.native_iterations;
            out.push_str(&format!(
                "  {} ({}:{}) loop at line {}: {} iterations native, {} counted in the interpreter since the last compile; {} compile(s) in {:.3} ms, {} unboxed register(s), {} entries\n",
                code.qualname.as_str(),
                code.filename,
                code.firstlineno,
                code.line_at(*header as usize),
                st.native_iterations,
                interpreted,
                st.compiles,
                st.compile_time.as_secs_f64() * 1e3,
                st.unboxed,
                st.entries,
            ));
            for (reason, line, n) in &st.deopts {
                out.push_str(&format!(
                    "    deopt {}: {} at line {}\n",
                    reason.as_str(),
                    n,
                    line
                ));
            }
            if let Some(r) = &st.rejected {
                out.push_str(&format!("    rejected: {r}\n"));
            }
        }
        total_compile += self.function_stats(&mut out);
        out.push_str(&format!(
            "  total: {} loop(s), {} native iterations, compile time {:.3} ms\n",
            self.jit.seen.len(),
            native,
            total_compile.as_secs_f64() * 1e3
        ));
        out
    }
}

pub(crate) fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

// ---- helpers called by native code ----
//
// SAFETY (all helpers): native code passes the `JitFrame` the interpreter
// built in `hot_loop`, which outlives the native call; its `vm` points at
// the running `Vm`, which no Rust reference is using while native code
// runs (the interpreter is suspended in `hot_loop`), and the frame native
// code works on is the top frame.

/// Runs one instruction in the interpreter.
unsafe extern "C" fn helper_step(jf: *mut JitFrame, pc: u32) -> u64 {
    // SAFETY: see above.
    let (jf, vm) = unsafe { (&mut *jf, &mut *((*jf).vm as *mut Vm)) };
    let fi = vm.frames.len() - 1;
    vm.frames[fi].pc = pc as usize;
    vm.jit.error = None;
    let result = vm.run_frame_step();
    let base = vm.frames[fi].base;
    // SAFETY: the frame's registers start at `base`; the stack may have
    // moved while the instruction ran.
    jf.regs = unsafe { vm.stack.as_mut_ptr().add(base) };
    match result {
        Ok(Exit::Stepped) if vm.jit.error.is_none() => vm.frames[fi].pc as u64,
        Ok(Exit::Stepped) => STEP_ERROR,
        Ok(_) => {
            // Native code never steps `return` or `yield`.
            let e = vm.err(
                crate::exc_kind::ExcKind::SystemError,
                "jit: stepped an instruction that leaves the frame",
            );
            vm.jit.error = Some((e, false));
            STEP_ERROR
        }
        Err(e) => {
            vm.jit.error = Some((e, false));
            STEP_ERROR
        }
    }
}

unsafe extern "C" fn helper_clear(jf: *mut JitFrame, reg: u32) {
    // SAFETY: see above; `reg` is a register of the frame.
    let old = unsafe { std::mem::take(&mut *(*jf).regs.add(reg as usize)) };
    drop(old);
}

unsafe extern "C" fn helper_range_begin(jf: *mut JitFrame, reg: u32) -> u64 {
    // SAFETY: see above; `reg` is a register of the frame.
    let (jf, v) = unsafe { (&mut *jf, &*(*jf).regs.add(reg as usize)) };
    if let Value::Iter(it) = v {
        // Native code counts in machine registers only an iterator nothing
        // else can advance or observe meanwhile: one that only this
        // register holds (`for x in it` where `it` is also a variable
        // shares it).
        if Rc::strong_count(it) != 1 {
            return 0;
        }
        if let crate::objects::IterState::Range {
            next,
            step,
            remaining,
        } = &*it.state.borrow()
        {
            jf.out[0] = *next;
            jf.out[1] = *remaining;
            jf.out[2] = *step;
            return 1;
        }
    }
    0
}

unsafe extern "C" fn helper_range_end(jf: *mut JitFrame, reg: u32, next: i64, remaining: i64) {
    // SAFETY: see above; `reg` is a register of the frame.
    let v = unsafe { &*(*jf).regs.add(reg as usize) };
    if let Value::Iter(it) = v {
        if let crate::objects::IterState::Range {
            next: n,
            remaining: r,
            ..
        } = &mut *it.state.borrow_mut()
        {
            *n = next;
            *r = remaining;
        }
    }
}

unsafe extern "C" fn helper_drop_value(tag: u64, payload: u64) {
    // SAFETY: native code hands over the two words of a value it owns (a
    // reference it has just taken out of a register or an item slot), so
    // reassembling and dropping it releases that one reference.
    drop(unsafe { std::mem::transmute::<[u64; 2], Value>([tag, payload]) });
}

unsafe extern "C" fn helper_seq_begin(jf: *mut JitFrame, reg: u32) -> u64 {
    // SAFETY: see above; `reg` is a register of the frame.
    let (jf, v) = unsafe { (&mut *jf, &*(*jf).regs.add(reg as usize)) };
    if let Value::Iter(it) = v {
        // As for ranges: only an iterator nothing else can advance.
        if Rc::strong_count(it) != 1 {
            return 0;
        }
        if let crate::objects::IterState::Seq {
            seq: seq @ Value::List(_),
            index,
        } = &*it.state.borrow()
        {
            // SAFETY: `Value` is two words, the second the payload.
            jf.out[0] = unsafe { (*(seq as *const Value as *const [i64; 2]))[1] };
            jf.out[1] = *index as i64;
            return 1;
        }
    }
    0
}

unsafe extern "C" fn helper_seq_end(jf: *mut JitFrame, reg: u32, index: i64) {
    // SAFETY: see above; `reg` is a register of the frame.
    let v = unsafe { &*(*jf).regs.add(reg as usize) };
    if let Value::Iter(it) = v {
        let mut st = it.state.borrow_mut();
        if index < 0 {
            *st = crate::objects::IterState::Exhausted;
        } else if let crate::objects::IterState::Seq { index: i, .. } = &mut *st {
            *i = index as usize;
        }
    }
}

unsafe extern "C" fn helper_set_int(jf: *mut JitFrame, reg: u32, value: i64) {
    // SAFETY: see above; `reg` is a register of the frame.
    let old = unsafe { std::mem::replace(&mut *(*jf).regs.add(reg as usize), Value::Int(value)) };
    drop(old);
}

// Helpers for single instruction kinds, which native code calls directly
// (one call site per kind keeps their branches predictable). Each runs what
// the interpreter runs for that instruction, returns 0, or `STEP_ERROR`
// with the exception in `JitState::error`.

/// The VM, the top frame's index and register base, with the frame's `pc`
/// set to `pc` (for tracebacks and `f_lineno` while the instruction runs).
///
/// # Safety
/// `jf` is the `JitFrame` of the running compiled loop (see above).
unsafe fn enter<'a>(jf: *mut JitFrame, pc: u32) -> (&'a mut Vm, usize) {
    // SAFETY: see above.
    let vm = unsafe { &mut *((*jf).vm as *mut Vm) };
    let fi = vm.frames.len() - 1;
    vm.frames[fi].pc = pc as usize;
    let base = vm.frames[fi].base;
    (vm, base)
}

/// Finishes a helper: refreshes the register pointer (the value stack may
/// have moved) and reports the outcome.
///
/// # Safety
/// As [`enter`].
unsafe fn leave(jf: *mut JitFrame, vm: &mut Vm, base: usize, r: PyResult<()>) -> u64 {
    // SAFETY: see above; the frame's registers start at `base`.
    unsafe { (*jf).regs = vm.stack.as_mut_ptr().add(base) };
    match r {
        Ok(()) => 0,
        Err(e) => {
            vm.jit.error = Some((e, false));
            STEP_ERROR
        }
    }
}

unsafe extern "C" fn helper_get_item(
    jf: *mut JitFrame,
    dst: u32,
    obj: u32,
    key: u32,
    pc: u32,
) -> u64 {
    // SAFETY: see above (all helpers below).
    let (vm, base) = unsafe { enter(jf, pc) };
    let (o, k) = (
        vm.stack[base + obj as usize].clone(),
        vm.stack[base + key as usize].clone(),
    );
    let r = vm
        .get_item(&o, &k)
        .map(|v| vm.stack[base + dst as usize] = v);
    unsafe { leave(jf, vm, base, r) }
}

unsafe extern "C" fn helper_set_item(
    jf: *mut JitFrame,
    obj: u32,
    key: u32,
    src: u32,
    pc: u32,
) -> u64 {
    let (vm, base) = unsafe { enter(jf, pc) };
    let o = vm.stack[base + obj as usize].clone();
    let k = vm.stack[base + key as usize].clone();
    let v = vm.stack[base + src as usize].clone();
    let r = vm.set_item(&o, k, v);
    unsafe { leave(jf, vm, base, r) }
}

unsafe extern "C" fn helper_get_attr(
    jf: *mut JitFrame,
    dst: u32,
    obj: u32,
    name: *const Rc<PyStr>,
    pc: u32,
) -> u64 {
    let (vm, base) = unsafe { enter(jf, pc) };
    let o = vm.stack[base + obj as usize].clone();
    // SAFETY: `name` points into the names of the loop's code object,
    // which outlives its compiled code.
    let name = unsafe { &*name };
    let fi = vm.frames.len() - 1;
    let code = vm.frames[fi].code.clone();
    let r = vm
        .get_attr_cached(&code.attr_caches[pc as usize], &o, name)
        .map(|v| vm.stack[base + dst as usize] = v);
    unsafe { leave(jf, vm, base, r) }
}

unsafe extern "C" fn helper_set_attr(
    jf: *mut JitFrame,
    obj: u32,
    name: *const Rc<PyStr>,
    src: u32,
    pc: u32,
) -> u64 {
    let (vm, base) = unsafe { enter(jf, pc) };
    let (o, v) = (
        vm.stack[base + obj as usize].clone(),
        vm.stack[base + src as usize].clone(),
    );
    // SAFETY: as in `helper_get_attr`.
    let name = unsafe { &*name };
    let fi = vm.frames.len() - 1;
    let code = vm.frames[fi].code.clone();
    let r = vm.set_attr_cached(&code.attr_caches[pc as usize], &o, name, v);
    unsafe { leave(jf, vm, base, r) }
}

unsafe extern "C" fn helper_load_global(
    jf: *mut JitFrame,
    dst: u32,
    name: *const Rc<PyStr>,
    cache: *const NameCache,
    pc: u32,
) -> u64 {
    let (vm, base) = unsafe { enter(jf, pc) };
    let fi = vm.frames.len() - 1;
    // SAFETY: as in `helper_get_attr`; the cache belongs to the same code.
    let (name, cache) = unsafe { (&*name, &*cache) };
    let v = match vm.load_cache_hit(fi, cache, false) {
        Some(v) => Ok(v),
        None => vm.load_cached(fi, cache, name, false),
    };
    let r = v.map(|v| vm.stack[base + dst as usize] = v);
    unsafe { leave(jf, vm, base, r) }
}

/// Calls, method calls, sequence unpacking, moves of boxed values and
/// `iter()`: decoded from the code.
unsafe extern "C" fn helper_call(jf: *mut JitFrame, pc: u32) -> u64 {
    let (vm, base) = unsafe { enter(jf, pc) };
    let fi = vm.frames.len() - 1;
    let code = vm.frames[fi].code.clone();
    let reg = |r: Reg| base + r.idx();
    let r = match code.instrs[pc as usize] {
        Instr::Call {
            dst,
            func,
            args,
            argc,
        } => {
            let r = match &vm.stack[reg(func)] {
                Value::Function(pf) => {
                    let pf = pf.clone();
                    vm.call_function_stack(&pf, reg(args), argc as usize)
                }
                f => {
                    let f = f.clone();
                    let a = vm.take_window(base, args, argc);
                    vm.call(&f, &a, &[])
                }
            };
            r.map(|v| vm.stack[reg(dst)] = v)
        }
        Instr::CallMethod {
            dst,
            obj,
            name,
            args,
            argc,
        } => {
            let o = vm.stack[reg(obj)].clone();
            vm.call_method_cached(
                &code.attr_caches[pc as usize],
                &o,
                &code.names[name.0 as usize],
                reg(args),
                argc as usize,
            )
            .map(|v| vm.stack[reg(dst)] = v)
        }
        Instr::Move { dst, src } => {
            vm.stack[reg(dst)] = vm.stack[reg(src)].clone();
            Ok(())
        }
        Instr::GetIter { dst, src } => {
            let v = vm.stack[reg(src)].clone();
            vm.get_iter(&v).map(|it| vm.stack[reg(dst)] = it)
        }
        Instr::UnpackSequence { src, dst, count } => {
            let v = vm.stack[reg(src)].clone();
            vm.unpack(&v, count as usize).map(|items| {
                for (i, it) in items.into_iter().enumerate() {
                    vm.stack[reg(dst) + i] = it;
                }
            })
        }
        // SAFETY: same contract.
        _ => return unsafe { leave_step(jf, pc) },
    };
    unsafe { leave(jf, vm, base, r) }
}

/// [`helper_step`] with this module's result convention.
///
/// # Safety
/// As [`enter`].
unsafe fn leave_step(jf: *mut JitFrame, pc: u32) -> u64 {
    // SAFETY: same contract.
    match unsafe { helper_step(jf, pc) } {
        STEP_ERROR => STEP_ERROR,
        _ => 0,
    }
}

/// `ForIter` over any iterator: the index of the next instruction (the
/// loop body, or the loop's exit when the iterator is exhausted), or
/// `STEP_ERROR`.
unsafe extern "C" fn helper_for_iter(
    jf: *mut JitFrame,
    iter: u32,
    dst: u32,
    exit: u32,
    pc: u32,
) -> u64 {
    // SAFETY: see above.
    let (vm, base) = unsafe { enter(jf, pc) };
    let it = vm.stack[base + iter as usize].clone();
    let r = vm.next(&it);
    let next = match &r {
        Ok(Some(_)) => pc as u64 + 1,
        _ => exit as u64,
    };
    let r = r.map(|v| {
        if let Some(v) = v {
            vm.stack[base + dst as usize] = v;
        }
    });
    match unsafe { leave(jf, vm, base, r) } {
        0 => next,
        e => e,
    }
}
