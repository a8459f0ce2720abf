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
