//! slotpy's `jit` tier: hot loops of `fast` code lowered to native code
//! with Cranelift. The runtime reaches this crate only through
//! [`slotpy_runtime::jit_iface::JitBackend`].

use slotpy_runtime::bytecode::CodeObject;
use slotpy_runtime::jit_iface::JitBackend;
use std::rc::Rc;

/// The Cranelift-based backend.
#[derive(Default)]
pub struct CraneliftBackend {}

impl CraneliftBackend {
    pub fn new() -> Self {
        CraneliftBackend {}
    }
}

impl JitBackend for CraneliftBackend {
    fn name(&self) -> &'static str {
        "cranelift"
    }

    fn compile_loop(&mut self, _code: &Rc<CodeObject>, _header: usize) -> bool {
        // Loop compilation lands with the jit issue; until then every loop
        // stays in the fast interpreter.
        false
    }
}
