//! Running generators: resuming a saved frame, `send`, `throw`, `close`,
//! and `yield from` delegation.

use super::eval::Exit;
use super::vm::{Frame, Vm};
use crate::bytecode::instr::{Instr, Reg};
use crate::exc_kind::ExcKind;
use crate::objects::generator::{GenState, PyGenerator};
use crate::objects::*;
use crate::value::{PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// One step of a generator or sub-iterator.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Turns the frame just pushed for a generator function into a
    /// generator object.
    pub(crate) fn make_generator(&mut self, base: usize) -> Value {
        let f = self.frames.pop().expect("generator frame");
        self.depth -= 1;
        let regs: Vec<Value> = self.stack.drain(base..).collect();
        let g = PyGenerator {
            name: RefCell::new(f.code.name.clone()),
            qualname: RefCell::new(f.code.qualname.clone()),
            code: f.code,
            state: RefCell::new(GenState {
                regs,
                pc: 0,
                send_dst: Reg::NONE,
                globals: f.globals,
                builtins: f.builtins,
                locals: f.locals,
                frame_obj: None,
                handled: Vec::new(),
                started: false,
                running: false,
                finished: false,
            }),
        };
        Value::Other(Rc::new(Other::Generator(g)))
    }

    /// Resumes `gen` with a sent value or a thrown exception.
    pub fn gen_resume(
        &mut self,
        gen: &PyGenerator,
        send: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Step> {
        {
            let mut st = gen.state.borrow_mut();
            if st.running {
                return Err(self.value_error("generator already executing"));
            }
            if st.finished {
                return match throw {
                    Some(e) => Err(e),
                    None => Err(self.err_empty(ExcKind::StopIteration)),
                };
            }
            if !st.started {
                if let Some(e) = throw {
                    st.finished = true;
                    return Err(e);
                }
                if !send.is_none() {
                    return Err(
                        self.type_error("can't send non-None value to a just-started generator")
                    );
                }
            }
        }
        // A generator suspended in `yield from` passes throw() on.
        let mut throw = throw;
        let mut send = send;
        if let Some(e) = throw.take() {
            match self.throw_to_delegate(gen, e)? {
                Ok(Some(v)) => return Ok(Step::Yielded(v)),
                Ok(None) => {}
                Err(e) => throw = Some(e),
            }
            send = Value::None;
        }
        if self.depth >= self.opts.recursion_limit {
            return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let base = self.stack.len();
        {
            let mut st = gen.state.borrow_mut();
            // Writes through a suspended generator's f_locals went to its
            // frame object's copy of the registers: that copy is current.
            if let Some(o) = st.frame_obj.clone() {
                st.regs = std::mem::take(&mut *o.final_regs.borrow_mut());
            }
            self.stack.append(&mut st.regs);
            if st.started && !st.send_dst.is_none() && throw.is_none() {
                self.stack[base + st.send_dst.idx()] = send;
            }
            let exc_depth = self.handled.len();
            self.handled.append(&mut st.handled);
            self.frames.push(Frame {
                code: gen.code.clone(),
                base,
                pc: st.pc,
                globals: st.globals.clone(),
                builtins: st.builtins.clone(),
                locals: st.locals.clone(),
                obj: st.frame_obj.take(),
                exc_depth,
            });
            if let Some(o) = &self.frames.last().expect("frame").obj {
                o.live.set(Some(self.frames.len() - 1));
            }
            self.depth += 1;
            st.started = true;
            st.running = true;
        }
        let result = stacker::maybe_grow(256 * 1024, 4 * 1024 * 1024, || self.run_frame(throw));
        let mut st = gen.state.borrow_mut();
        st.running = false;
        match result {
            Ok(Exit::Yield(v)) => {
                let f = self.frames.pop().expect("generator frame");
                self.depth -= 1;
                st.pc = f.pc;
                st.send_dst = match gen.code.instrs[f.pc] {
                    Instr::YieldFrom { dst, .. } => dst,
                    _ => match gen.code.instrs[f.pc - 1] {
                        Instr::Yield { dst, .. } => dst,
                        _ => Reg::NONE,
                    },
                };
                st.regs = self.stack.drain(f.base..).collect();
                st.handled = self.handled.drain(f.exc_depth..).collect();
                if let Some(o) = &f.obj {
                    o.live.set(None);
                    *o.final_regs.borrow_mut() = st.regs.clone();
                    o.final_line.set(gen.code.line_at(gen.suspended_at(f.pc)));
                    // A suspended generator has no caller.
                    *o.back.borrow_mut() = None;
                }
                st.frame_obj = f.obj;
                Ok(Step::Yielded(v))
            }
            Ok(Exit::Stepped) => unreachable!("only run_frame_step steps"),
            Ok(Exit::Return(v)) => {
                st.finished = true;
                drop(st);
                self.pop_frame();
                Ok(Step::Returned(v))
            }
            Err(e) => {
                st.finished = true;
                drop(st);
                self.pop_frame();
                if self.is_exc_kind(&e, ExcKind::StopIteration) {
                    let r = self.err(ExcKind::RuntimeError, "generator raised StopIteration");
                    *r.exc().cause.borrow_mut() = Some(e.clone());
                    *r.exc().context.borrow_mut() = Some(e);
                    r.exc().suppress_context.set(true);
                    return Err(r);
                }
                Err(e)
            }
        }
    }

    /// If `gen` is suspended in `yield from`, hands the exception to the
    /// sub-iterator: `Ok(Some(v))` it yielded, `Ok(None)` it returned (the
    /// value is stored and the generator continues), `Err(e)` raise `e` in
    /// the generator.
    fn throw_to_delegate(
        &mut self,
        gen: &PyGenerator,
        e: PyErr,
    ) -> PyResult<Result<Option<Value>, PyErr>> {
        let (sub, dst, pc) = {
            let st = gen.state.borrow();
            match gen.code.instrs.get(st.pc) {
                Some(Instr::YieldFrom { dst, iter }) if st.started => {
                    (st.regs[iter.idx()].clone(), *dst, st.pc)
                }
                _ => return Ok(Err(e)),
            }
        };
        let is_exit = self.is_exc_kind(&e, ExcKind::GeneratorExit);
        let outcome = if let Value::Other(o) = &sub {
            if let Other::Generator(sg) = &**o {
                if is_exit {
                    self.gen_close(sg)?;
                    return Ok(Err(e));
                }
                Some(self.gen_resume(sg, Value::None, Some(e.clone())))
            } else {
                None
            }
        } else {
            None
        };
        let outcome = match outcome {
            Some(o) => o,
            None => {
                let name = if is_exit { "close" } else { "throw" };
                let n = Rc::new(PyStr::new(name));
                match self.get_attr_opt(&sub, &n)? {
                    None => return Ok(Err(e)),
                    Some(m) => {
                        if is_exit {
                            self.call0(&m)?;
                            return Ok(Err(e));
                        }
                        match self.call1(&m, e.value()) {
                            Ok(v) => Ok(Step::Yielded(v)),
                            Err(err) if self.is_exc_kind(&err, ExcKind::StopIteration) => {
                                Ok(Step::Returned(stop_value(&err)))
                            }
                            Err(err) => Err(err),
                        }
                    }
                }
            }
        };
        match outcome {
            Ok(Step::Yielded(v)) => Ok(Ok(Some(v))),
            Ok(Step::Returned(v)) => {
                let mut st = gen.state.borrow_mut();
                st.regs[dst.idx()] = v;
                st.pc = pc + 1;
                st.send_dst = Reg::NONE;
                Ok(Ok(None))
            }
            Err(err) => {
                // Raised inside the generator at the `yield from`.
                Ok(Err(err))
            }
        }
    }

    /// `yield from` one step: send `sent` to the sub-iterator.
    pub(crate) fn yield_from_step(&mut self, it: &Value, sent: Value) -> PyResult<Step> {
        let sent = if sent.is_unbound() { Value::None } else { sent };
        if let Value::Other(o) = it {
            if let Other::Generator(g) = &**o {
                return match self.gen_resume(g, sent, None) {
                    Err(e) if self.is_exc_kind(&e, ExcKind::StopIteration) => {
                        Ok(Step::Returned(stop_value(&e)))
                    }
                    r => r,
                };
            }
        }
        let r = if sent.is_none() {
            let n = self.intern("__next__");
            self.call_method(it, &n, &[])
        } else {
            let n = self.intern("send");
            self.call_method(it, &n, &[sent])
        };
        match r {
            Ok(v) => Ok(Step::Yielded(v)),
            Err(e) if self.is_exc_kind(&e, ExcKind::StopIteration) => {
                Ok(Step::Returned(stop_value(&e)))
            }
            Err(e) => Err(e),
        }
    }

    /// `next(gen)`: `None` when it returned.
    pub fn gen_next(&mut self, gen: &PyGenerator) -> PyResult<Option<Value>> {
        match self.gen_resume(gen, Value::None, None) {
            Ok(Step::Yielded(v)) => Ok(Some(v)),
            Ok(Step::Returned(_)) => Ok(None),
            Err(e)
                if gen.state.borrow().finished && self.is_exc_kind(&e, ExcKind::StopIteration) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Closes the generators whose last reference went away while
    /// suspended in a `try` (their `finally` and `__exit__` run now); as in
    /// CPython, an exception from one is not propagated.
    pub fn run_pending_closes(&mut self) {
        for g in crate::objects::generator::take_pending_close() {
            let Value::Other(o) = &g else { continue };
            let Other::Generator(gen) = &**o else {
                continue;
            };
            // Generators of another runtime on this thread are not this
            // one's to run, nor to drop (their runtime may be gone): they
            // are leaked.
            if !Rc::ptr_eq(&gen.state.borrow().builtins, &self.builtins) {
                std::mem::forget(g);
                continue;
            }
            let _ = self.gen_close(gen);
        }
    }

    pub fn gen_close(&mut self, gen: &PyGenerator) -> PyResult<Value> {
        {
            let st = gen.state.borrow();
            if st.finished || !st.started {
                drop(st);
                gen.state.borrow_mut().finished = true;
                return Ok(Value::None);
            }
        }
        let exit = self.err_empty(ExcKind::GeneratorExit);
        match self.gen_resume(gen, Value::None, Some(exit)) {
            Ok(Step::Yielded(_)) => {
                Err(self.err(ExcKind::RuntimeError, "generator ignored GeneratorExit"))
            }
            Ok(Step::Returned(v)) => Ok(v),
            Err(e)
                if self.is_exc_kind(&e, ExcKind::GeneratorExit)
                    || self.is_exc_kind(&e, ExcKind::StopIteration) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }
}

/// The value carried by a StopIteration (`return x` in a generator).
pub fn stop_value(e: &PyErr) -> Value {
    e.exc()
        .args
        .borrow()
        .as_slice()
        .first()
        .cloned()
        .unwrap_or(Value::None)
}
