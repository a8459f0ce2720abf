//! slotpy's runtime: front end, compiler, register bytecode, objects,
//! interpreter and built-ins. The `jit` tier plugs in through
//! [`jit_iface::JitBackend`].

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod exc_kind;
pub mod frontend;
pub mod interp;
pub mod jit_iface;
pub mod objects;
pub mod value;

pub use interp::{TierChoice, Vm, VmOptions};
pub use value::{PyErr, PyResult, Value};
