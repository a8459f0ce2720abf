//! The interpreter: frames, the register evaluation loop, and the object
//! protocols (calls, operators, attributes, iteration, classes, imports).

mod attr;
mod builtin_attrs;
mod call;
mod classes;
mod containers;
pub mod eval;
mod exceptions;
pub mod explain;
pub mod format;
pub mod generator;
mod import;
mod iterate;
pub mod jit_entry;
mod namespace;
mod native_call;
pub mod ops;
mod suggest;
pub mod vm;

pub use vm::{Frame, TierChoice, Vm, VmOptions};
