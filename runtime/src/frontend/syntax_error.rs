//! Compile-time errors, before they become Python `SyntaxError` objects.

use super::ast::Loc;

/// Which `SyntaxError` subclass CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrKind::SyntaxError => "SyntaxError",
            SyntaxErrKind::IndentationError => "IndentationError",
            SyntaxErrKind::TabError => "TabError",
        }
    }
}

/// A syntax error found by the parser, the symbol table or the compiler.
#[derive(Clone, Debug)]
pub struct SyntaxErr {
    pub kind: SyntaxErrKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based character offset, as CPython's `SyntaxError.offset`.
    pub col: u32,
    /// `SyntaxError.end_lineno`.
    pub end_line: u32,
    /// `SyntaxError.end_offset` (1-based, just past the offending range).
    pub end_col: u32,
    /// The offending source line. The parser knows it; errors found later
    /// (symbol table, compiler) leave it `None` and CPython reads the line
    /// back from the file named `filename`, if there is one.
    pub text: Option<String>,
}

impl SyntaxErr {
    pub fn new(msg: impl Into<String>, filename: &str, line: u32, col: u32) -> Self {
        SyntaxErr {
            kind: SyntaxErrKind::SyntaxError,
            msg: msg.into(),
            filename: filename.to_string(),
            line,
            col,
            end_line: line,
            end_col: col,
            text: None,
        }
    }

    /// An error spanning a node of the tree, as CPython's
    /// `RAISE_SYNTAX_ERROR_KNOWN_RANGE` and the symbol table's locations.
    pub fn at(msg: impl Into<String>, filename: &str, loc: Loc) -> Self {
        SyntaxErr {
            end_line: loc.end_line,
            end_col: loc.end_col + 1,
            ..SyntaxErr::new(msg, filename, loc.line, loc.col + 1)
        }
    }
}

impl std::fmt::Display for SyntaxErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.line
        )
    }
}
