//! Generator objects: a suspended frame's registers and position.

use super::{PyDict, PyFrame, PyStr};
use crate::bytecode::instr::Reg;
use crate::bytecode::CodeObject;
use crate::value::{PyErr, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub struct PyGenerator {
    pub code: Rc<CodeObject>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub state: RefCell<GenState>,
}

pub struct GenState {
    pub regs: Vec<Value>,
    /// Where execution resumes.
    pub pc: usize,
    /// The register that receives the value passed to `send()`.
    pub send_dst: Reg,
    pub globals: Rc<PyDict>,
    pub builtins: Rc<PyDict>,
    pub locals: Option<Value>,
    pub frame_obj: Option<Rc<PyFrame>>,
    /// Exceptions being handled inside the generator while suspended.
    pub handled: Vec<PyErr>,
    pub started: bool,
    pub running: bool,
    pub finished: bool,
}

impl PyGenerator {
    /// The instruction a generator suspended at `pc` stopped on: the
    /// `yield` before it, or the `yield from` that resumes there. Its line
    /// is the frame's `f_lineno`.
    pub fn suspended_at(&self, pc: usize) -> usize {
        use crate::bytecode::instr::Instr;
        match self.code.instrs.get(pc) {
            Some(Instr::YieldFrom { .. }) => pc,
            _ if pc > 0 && matches!(self.code.instrs[pc - 1], Instr::Yield { .. }) => pc - 1,
            _ => pc,
        }
    }

    /// The iterator a generator suspended in `yield from` delegates to
    /// (`gi_yieldfrom`).
    pub fn delegate(&self) -> Option<Value> {
        use crate::bytecode::instr::Instr;
        let st = self.state.borrow();
        if !st.started || st.finished || st.running {
            return None;
        }
        match self.code.instrs.get(st.pc) {
            Some(Instr::YieldFrom { iter, .. }) => st.regs.get(iter.idx()).cloned(),
            _ => None,
        }
    }
}

thread_local! {
    /// Suspended generators dropped inside a `try` or `with`: their
    /// `close()` is still owed (CPython finalizes a generator when its last
    /// reference goes). The interpreter runs them at its next point that
    /// releases a register (`Clear`).
    ///
    /// What is left when the thread ends is leaked, not dropped: those
    /// generators outlived their runtime, whose objects they may refer to.
    static PENDING_CLOSE: RefCell<std::mem::ManuallyDrop<Vec<Value>>> =
        const { RefCell::new(std::mem::ManuallyDrop::new(Vec::new())) };
}

/// Whether finalizations are waiting.
pub fn close_pending() -> bool {
    PENDING_CLOSE
        .try_with(|p| !p.borrow().is_empty())
        .unwrap_or(false)
}

/// The generators waiting to be closed.
pub fn take_pending_close() -> Vec<Value> {
    PENDING_CLOSE
        .try_with(|p| std::mem::take(&mut **p.borrow_mut()))
        .unwrap_or_default()
}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        let code = self.code.clone();
        let pc = {
            let st = self.state.get_mut();
            if !st.started || st.finished || st.running {
                return;
            }
            st.pc
        };
        let at = self.suspended_at(pc);
        let st = self.state.get_mut();
        if code.handler_for(at).is_none() {
            // Closing would only raise GeneratorExit through no handler.
            return;
        }
        // The suspended frame moves to a new generator object that is
        // closed later; this one is going away.
        let moved = GenState {
            regs: std::mem::take(&mut st.regs),
            pc: st.pc,
            send_dst: st.send_dst,
            globals: st.globals.clone(),
            builtins: st.builtins.clone(),
            locals: st.locals.take(),
            frame_obj: st.frame_obj.take(),
            handled: std::mem::take(&mut st.handled),
            started: true,
            running: false,
            finished: false,
        };
        st.finished = true;
        let g = PyGenerator {
            code,
            name: RefCell::new(self.name.borrow().clone()),
            qualname: RefCell::new(self.qualname.borrow().clone()),
            state: RefCell::new(moved),
        };
        let v = Value::Other(Rc::new(super::Other::Generator(g)));
        // During thread teardown the generator is simply dropped.
        let _ = PENDING_CLOSE.try_with(|p| p.borrow_mut().push(v));
    }
}
