//! Frame objects (`sys._getframe()`), created only when Python code asks.
//!
//! A running frame's registers live in the interpreter's value stack; the
//! frame object refers to them by the frame's position so that PEP 667's
//! `f_locals` proxy reads and writes the real variables. When the frame
//! finishes, its registers are copied here so the object stays usable.

use super::PyDict;
use crate::bytecode::CodeObject;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct PyFrame {
    pub code: Rc<CodeObject>,
    pub globals: Rc<PyDict>,
    pub builtins: Rc<PyDict>,
    /// The namespace mapping of `name`-tier code (module, class, exec).
    pub locals: Option<Value>,
    /// Position in the interpreter's frame stack while running.
    pub live: Cell<Option<usize>>,
    /// The registers after the frame finished.
    pub final_regs: RefCell<Vec<Value>>,
    pub final_line: Cell<u32>,
    /// PEP 667: names written through `f_locals` that are not variables
    /// of the code. Visible to `locals()`, never to compiled name lookups.
    pub extra: RefCell<Option<Rc<PyDict>>>,
    pub back: RefCell<Option<Rc<PyFrame>>>,
}
