//! The runtime's only view of the `jit` tier.
//!
//! The `jit` crate depends on this one and implements [`JitBackend`]; the
//! embedding facade installs it into a runtime. The interpreter never
//! names Cranelift: it reports hot loops through this trait and enters
//! whatever native code the backend hands back.

use crate::bytecode::CodeObject;
use std::rc::Rc;

/// A compiler for hot loops of `fast` code.
pub trait JitBackend {
    /// A short name for `--stats` and diagnostics.
    fn name(&self) -> &'static str;

    /// The interpreter found the loop headed at instruction `header` of
    /// `code` hot. Returns whether native code is now available for it.
    fn compile_loop(&mut self, code: &Rc<CodeObject>, header: usize) -> bool;
}

/// Counters the interpreter keeps about the jit tier.
#[derive(Default, Debug, Clone)]
pub struct JitStats {
    pub loops_compiled: u64,
    pub loops_rejected: u64,
}
