//! Register bytecode: instructions, code objects, and their listing.

pub mod code;
pub mod dis;
pub mod instr;

pub use code::{CodeKind, CodeObject, ExcEntry, RegInfo, RegKind, Tier};
pub use instr::{ConstIdx, Instr, Label, NameIdx, RaiseKind, Reg, UnaryOpKind};
