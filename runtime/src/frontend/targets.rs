//! Assignment and deletion targets the grammar accepts but CPython's
//! parser rejects, with its messages (its `invalid_*` rules). These are
//! parser errors: they win over every symbol table or compiler error.

use super::ast::*;
use super::parse::LineIndex;
use super::syntax_error::SyntaxErr;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Targets {
    Star,
    Del,
    For,
}

struct Checker<'a> {
    lines: &'a LineIndex<'a>,
    filename: &'a str,
}

/// Checks every statement of the module, in source order.
pub fn check(module: &Module, lines: &LineIndex, filename: &str) -> Result<(), SyntaxErr> {
    Checker { lines, filename }.stmts(&module.body)
}

/// `_PyPegen_get_invalid_target`: the first part of a target that cannot
/// be assigned (or deleted).
fn invalid_target(e: &Expr, t: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|e| invalid_target(e, t))
        }
        ExprKind::Starred { value, .. } => {
            if t == Targets::Del {
                Some(e)
            } else {
                invalid_target(value, t)
            }
        }
        // `for a in b in c:` parses the target as a comparison.
        ExprKind::Compare { left, ops, .. } if t == Targets::For => {
            if ops[0] == CmpOp::In {
                invalid_target(left, t)
            } else {
                None
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

impl Checker<'_> {
    fn err(&self, msg: String, loc: Loc) -> SyntaxErr {
        SyntaxErr {
            text: Some(self.lines.line_text(loc.line).to_string()),
            ..SyntaxErr::at(msg, self.filename, loc)
        }
    }

    fn target(&self, e: &Expr, t: Targets) -> Result<(), SyntaxErr> {
        match invalid_target(e, t) {
            None => Ok(()),
            Some(bad) => {
                let verb = if t == Targets::Del {
                    "delete"
                } else {
                    "assign to"
                };
                Err(self.err(format!("cannot {verb} {}", bad.kind_name()), bad.loc))
            }
        }
    }

    fn stmts(&self, stmts: &[Stmt]) -> Result<(), SyntaxErr> {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&self, s: &Stmt) -> Result<(), SyntaxErr> {
        match &s.kind {
            StmtKind::Assign { targets, value }
                if targets
                    .iter()
                    .any(|t| invalid_target(t, Targets::Star).is_some()) =>
            {
                if let Some(e) = self.equals_typo(targets, value) {
                    return Err(e);
                }
                for t in targets {
                    self.target(t, Targets::Star)?;
                }
            }
            StmtKind::AugAssign { target, .. }
                if !matches!(
                    target.kind,
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) =>
            {
                return Err(self.err(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        target.kind_name()
                    ),
                    target.loc,
                ));
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t, Targets::Del)?;
                }
            }
            StmtKind::For {
                target,
                body,
                orelse,
                ..
            } => {
                self.target(target, Targets::For)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    if let Some(t) = &item.target {
                        self.target(t, Targets::Star)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::FunctionDef(f) => self.stmts(&f.body)?,
            StmtKind::ClassDef(c) => self.stmts(&c.body)?,
            StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    self.stmts(&c.body)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// CPython's `invalid_named_expression` rule, which its parser tries
    /// at the start of an invalid assignment: `f() = 1` reads as a
    /// mistyped comparison.
    fn equals_typo(&self, targets: &[Expr], value: &Expr) -> Option<SyntaxErr> {
        let first = &targets[0];
        let last = match &first.kind {
            ExprKind::Tuple { elts, .. } if !self.parenthesized(first) => elts.last()?,
            _ => first,
        };
        let next = targets.get(1).unwrap_or(value);
        let operand = self.leading_operand(next)?;
        // The operand must not itself be followed by `=`.
        if targets.len() > 1 && std::ptr::eq(operand, next) {
            return None;
        }
        if let ExprKind::Name { .. } = last.kind {
            let loc = Loc {
                end_line: operand.loc.end_line,
                end_col: operand.loc.end_col,
                ..last.loc
            };
            return Some(self.err(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                loc,
            ));
        }
        let excluded = match &last.kind {
            ExprKind::List { .. } | ExprKind::Tuple { .. } => true,
            ExprKind::Comprehension(c) => c.kind == CompKind::Generator,
            ExprKind::Constant(Constant::None | Constant::Bool(_)) => true,
            _ => !self.is_operand(last),
        };
        if excluded {
            return None;
        }
        Some(self.err(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                last.kind_name()
            ),
            last.loc,
        ))
    }

    /// Whether `e` is a `bitwise_or` of the grammar: no comparison,
    /// boolean operator, conditional, lambda or starred expression unless
    /// in parentheses.
    fn is_operand(&self, e: &Expr) -> bool {
        self.parenthesized(e)
            || !matches!(
                e.kind,
                ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        ..
                    }
                    | ExprKind::IfExp { .. }
                    | ExprKind::Lambda(_)
                    | ExprKind::Starred { .. }
                    | ExprKind::Yield(_)
                    | ExprKind::YieldFrom(_)
                    | ExprKind::Tuple { .. }
            )
    }

    /// The `bitwise_or` an expression starts with, if any.
    fn leading_operand<'e>(&self, e: &'e Expr) -> Option<&'e Expr> {
        if self.is_operand(e) {
            return Some(e);
        }
        match &e.kind {
            ExprKind::Tuple { elts, .. } => self.leading_operand(elts.first()?),
            ExprKind::Compare { left, .. } => self.leading_operand(left),
            ExprKind::BoolOp { values, .. } => self.leading_operand(values.first()?),
            ExprKind::IfExp { body, .. } => self.leading_operand(body),
            _ => None,
        }
    }

    /// Written inside parentheses of its own.
    fn parenthesized(&self, e: &Expr) -> bool {
        let start = self.lines.offset(e.loc.line, e.loc.col);
        let end = self.lines.offset(e.loc.end_line, e.loc.end_col);
        let src = self.lines.source();
        if let ExprKind::Tuple { .. } = &e.kind {
            // A parenthesized tuple's range includes its parentheses: the
            // one it starts with closes at its end.
            return src[start..].starts_with('(')
                && closing_paren(&src[start..]) == end.checked_sub(start + 1);
        }
        let before = src[..start].trim_end().ends_with('(');
        let after = src[end..].trim_start().starts_with(')');
        before && after
    }
}

/// The byte index of the parenthesis closing the one `s` starts with.
fn closing_paren(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}
