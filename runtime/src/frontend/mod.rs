//! Source text to syntax tree.

pub mod ast;
mod fstring;
pub mod parse;
pub mod syntax_error;
mod targets;

pub use parse::{parse, LineIndex, ParseMode};
pub use syntax_error::{SyntaxErr, SyntaxErrKind};
