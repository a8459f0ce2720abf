//! Compile-time errors, before they become Python `SyntaxError` objects.

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
    /// The offending source line, when known.
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
            text: None,
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
