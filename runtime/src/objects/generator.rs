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
