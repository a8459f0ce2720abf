//! Python's built-in object kinds: their storage and the operations that
//! need no interpreter. Behaviour that calls back into Python lives in
//! `interp/`; the Python-visible methods in `builtins/`.

pub mod cell;
pub mod dict;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod hashing;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod other;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typeobj;

pub use self::str::{PyBytes, PyStr};
pub use cell::PyCell;
pub use dict::PyDict;
pub use frame::PyFrame;
pub use function::{BuiltinFn, PyBuiltin, PyFunction, PyMethod};
pub use generator::PyGenerator;
pub use instance::{ExcData, PyInstance};
pub use iter::{IterState, PyIter};
pub use list::PyList;
pub use module::PyModule;
pub use other::Other;
pub use range::PyRange;
pub use set::PySet;
pub use slice::PySlice;
pub use tuple::PyTuple;
pub use typeobj::{PyType, TypeKind};
