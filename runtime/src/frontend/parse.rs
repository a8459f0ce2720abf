//! The one file that knows the parser crate.
//!
//! `rustpython-parser` is unmaintained; everything it produces is converted
//! here into [`crate::frontend::ast`], and its errors into [`SyntaxErr`] with
//! CPython's wording where we can recognise the situation. Replacing the
//! parser (for example with `ruff_python_parser`) means replacing this file.

use super::ast::*;
use super::syntax_error::{SyntaxErr, SyntaxErrKind};
use rustpython_parser::ast::{self as py, Ranged};
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{Mode, ParseErrorType, Tok};
use std::rc::Rc;

/// What kind of source text is being compiled (`compile()`'s `mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseMode {
    Exec,
    Eval,
    Single,
}

/// Parses `source`; on success returns the module body (for `Eval`, a single
/// expression statement).
pub fn parse(source: &str, mode: ParseMode, filename: &str) -> Result<Module, SyntaxErr> {
    let lines = LineIndex::new(source);
    let pmode = match mode {
        ParseMode::Exec => Mode::Module,
        ParseMode::Eval => Mode::Expression,
        ParseMode::Single => Mode::Interactive,
    };
    if mode != ParseMode::Exec && is_blank(source) {
        // CPython reports the end of the input, column 0.
        let line = source.lines().count() as u32;
        return Err(SyntaxErr {
            text: Some(lines.line_text(line).to_string()),
            ..SyntaxErr::new("invalid syntax", filename, line, 0)
        });
    }
    // f-strings are read by `fstring` and handed to the parser crate as
    // placeholders of the same length (PEP 701 syntax it cannot read).
    let mut groups = Vec::new();
    let rewritten = super::fstring::rewrite(source, 0, &mut groups);
    let text: &str = if groups.is_empty() {
        source
    } else {
        &rewritten
    };
    // Errors are read from the same text: its offsets and lines are the
    // source's, and the placeholders lex as names.
    let parsed = rustpython_parser::parse(text, pmode, filename)
        .map_err(|e| convert_error(e, text, &lines, filename))?;
    let mut conv = Converter {
        lines: &lines,
        next_scope: 0,
        error: None,
        fstrings: groups,
        filename,
    };
    let body = match parsed {
        py::Mod::Module(m) => conv.stmts(m.body),
        py::Mod::Interactive(m) => conv.stmts(m.body),
        py::Mod::Expression(e) => {
            let expr = conv.expr(*e.body);
            let loc = expr.loc;
            vec![Stmt {
                kind: StmtKind::Expr(expr),
                loc,
            }]
        }
        py::Mod::FunctionType(_) => Vec::new(),
    };
    if let Some((msg, offset)) = conv.error {
        return Err(error_at(msg, offset, &lines, filename));
    }
    if mode == ParseMode::Single {
        check_single(&body, source, &lines, filename)?;
    }
    let module = Module { body };
    super::targets::check(&module, &lines, filename)?;
    Ok(module)
}

/// `compile(..., 'single')` takes one statement: one compound statement
/// (ending with a newline when written on one line, as typed at the
/// prompt) or one line of simple statements.
fn check_single(
    body: &[Stmt],
    source: &str,
    lines: &LineIndex,
    filename: &str,
) -> Result<(), SyntaxErr> {
    let Some(first) = body.first() else {
        return Ok(());
    };
    let compound = matches!(
        first.kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
            | StmtKind::Try { .. }
    );
    let line = first.loc.end_line;
    let error = |msg: &str, line: u32, col: u32| SyntaxErr {
        text: Some(lines.line_text(line).to_string()),
        ..SyntaxErr::new(msg, filename, line, col)
    };
    if let Some(second) = body.get(1) {
        if compound || second.loc.line > line {
            return Err(error(
                "multiple statements found while compiling a single statement",
                line,
                first.loc.col + 1,
            ));
        }
    }
    // A block on the header's line ends only at a newline (a block on
    // lines of its own is closed by the end of the input).
    if compound && first.loc.line == first.loc.end_line && !source.ends_with('\n') {
        return Err(error("invalid syntax", line, 0));
    }
    Ok(())
}

/// Only blank lines and comments: nothing to evaluate.
fn is_blank(source: &str) -> bool {
    source.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#')
    })
}

/// Byte offset to (line, column) translation.
pub struct LineIndex<'a> {
    source: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(source: &'a str) -> Self {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { source, starts }
    }

    /// 1-based line and 0-based character column of a byte offset.
    pub fn locate(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.source.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let col = self.source[start..offset].chars().count();
        (line as u32 + 1, col as u32)
    }

    pub fn source(&self) -> &'a str {
        self.source
    }

    /// The byte offset of a 1-based line and 0-based character column.
    pub fn offset(&self, line: u32, col: u32) -> usize {
        let Some(&start) = self.starts.get((line as usize).saturating_sub(1)) else {
            return self.source.len();
        };
        self.source[start..]
            .char_indices()
            .nth(col as usize)
            .map_or(self.source.len(), |(i, _)| start + i)
    }

    pub fn line_text(&self, line: u32) -> &'a str {
        let i = (line as usize).saturating_sub(1);
        if i >= self.starts.len() {
            return "";
        }
        let start = self.starts[i];
        let end = self.starts.get(i + 1).copied().unwrap_or(self.source.len());
        self.source[start..end].trim_end_matches(['\n', '\r'])
    }
}

struct Converter<'a> {
    lines: &'a LineIndex<'a>,
    next_scope: u32,
    /// The first error the parser crate lets through (message, offset).
    error: Option<(String, usize)>,
    /// The f-strings read by `fstring` (placeholder index -> literals).
    fstrings: Vec<Vec<super::fstring::Piece>>,
    filename: &'a str,
}

/// Identifiers are compared after NFKC normalization (PEP 3131): `ｗｉｄｔｈ`
/// and `width` are one name.
fn ident(id: &py::Identifier) -> Ident {
    let s = id.as_str();
    if s.is_ascii() {
        Rc::from(s)
    } else {
        use unicode_normalization::UnicodeNormalization;
        Rc::from(s.nfkc().collect::<String>().as_str())
    }
}

impl Converter<'_> {
    fn loc(&self, range: rustpython_parser::text_size::TextRange) -> Loc {
        let (line, col) = self.lines.locate(usize::from(range.start()));
        let (end_line, end_col) = self.lines.locate(usize::from(range.end()));
        Loc {
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// A generator expression as a call's argument needs its own
    /// parentheses unless it is the only argument.
    fn check_genexp_args(&mut self, args: &[py::Expr], nkw: usize) {
        if self.error.is_some() {
            return;
        }
        for a in args {
            if let py::Expr::GeneratorExp(g) = a {
                let start = usize::from(g.range.start());
                let src = self.lines.source;
                // A sole generator argument may not have a trailing comma.
                let trailing = src[usize::from(g.range.end())..]
                    .trim_start()
                    .starts_with(',');
                if (args.len() + nkw >= 2 || trailing) && !src[start..].starts_with('(') {
                    self.error = Some(("Generator expression must be parenthesized".into(), start));
                    return;
                }
            }
        }
    }

    /// The expression of concatenated literals `fstring` read.
    fn fstring_group(&mut self, i: usize, loc: Loc) -> ExprKind {
        use super::fstring::Piece;
        let pieces = self.fstrings[i].clone();
        let mut values: Vec<Expr> = Vec::new();
        let mut has_fstring = false;
        for piece in pieces {
            match piece {
                Piece::Plain { src, start } => match self.parse_at(&src, start).map(|e| e.kind) {
                    Some(ExprKind::Constant(Constant::Str(s))) => push_lit(&mut values, &s, loc),
                    Some(_) if self.error.is_none() => {
                        self.error = Some(("cannot mix bytes and nonbytes literals".into(), start));
                    }
                    _ => {}
                },
                Piece::FString(parts) => {
                    has_fstring = true;
                    self.fstring_parts(parts, &mut values, loc);
                }
            }
        }
        if !has_fstring
            || values
                .iter()
                .all(|v| matches!(v.kind, ExprKind::Constant(_)))
        {
            let mut text = String::new();
            for v in values {
                if let ExprKind::Constant(Constant::Str(s)) = v.kind {
                    text.push_str(&s);
                }
            }
            return ExprKind::Constant(Constant::Str(Rc::from(text.as_str())));
        }
        ExprKind::JoinedStr(values)
    }

    fn fstring_parts(
        &mut self,
        parts: Vec<super::fstring::Part>,
        values: &mut Vec<Expr>,
        group_loc: Loc,
    ) {
        use super::fstring::Part;
        for part in parts {
            match part {
                Part::Lit(s) => push_lit(values, &s, group_loc),
                Part::Field(f) => {
                    if let Some(d) = &f.debug {
                        push_lit(values, d, group_loc);
                    }
                    let nested = super::fstring::rewrite(&f.expr, f.expr_start, &mut self.fstrings);
                    let value = self
                        .parse_at(&format!("({nested})"), f.expr_start.saturating_sub(1))
                        .unwrap_or(Expr {
                            kind: ExprKind::Constant(Constant::None),
                            loc: self.loc_at(f.expr_start),
                        });
                    let loc = value.loc;
                    let conversion = match (f.conversion, &f.debug, &f.spec) {
                        (Some(c), _, _) => Some(c),
                        (None, Some(_), None) => Some('r'),
                        _ => None,
                    };
                    let spec = f.spec.map(|sp| {
                        let mut sv = Vec::new();
                        self.fstring_parts(sp, &mut sv, group_loc);
                        Box::new(Expr {
                            kind: ExprKind::JoinedStr(sv),
                            loc,
                        })
                    });
                    values.push(Expr {
                        kind: ExprKind::FormattedValue {
                            value: Box::new(value),
                            conversion,
                            spec,
                        },
                        loc,
                    });
                }
            }
        }
    }

    /// Parses the expression `src` found at byte `offset` of the source;
    /// an error is recorded and gives `None`.
    fn parse_at(&mut self, src: &str, offset: usize) -> Option<Expr> {
        let start = rustpython_parser::text_size::TextSize::from(offset as u32);
        match rustpython_parser::parse_starts_at(src, Mode::Expression, self.filename, start) {
            Ok(py::Mod::Expression(e)) => Some(self.expr(*e.body)),
            Ok(_) => None,
            Err(e) => {
                if self.error.is_none() {
                    let at = usize::from(e.offset);
                    let err = convert_error(e, self.lines.source, self.lines, self.filename);
                    self.error = Some((format!("f-string: {}", err.msg), at));
                }
                None
            }
        }
    }

    fn loc_at(&self, offset: usize) -> Loc {
        let (line, col) = self.lines.locate(offset);
        Loc {
            line,
            col,
            end_line: line,
            end_col: col,
        }
    }

    fn scope(&mut self) -> ScopeNode {
        self.next_scope += 1;
        ScopeNode(self.next_scope)
    }

    fn stmts(&mut self, stmts: Vec<py::Stmt>) -> Vec<Stmt> {
        stmts.into_iter().map(|s| self.stmt(s)).collect()
    }

    fn exprs(&mut self, exprs: Vec<py::Expr>) -> Vec<Expr> {
        exprs.into_iter().map(|e| self.expr(e)).collect()
    }

    fn bexpr(&mut self, e: impl Into<Box<py::Expr>>) -> Box<Expr> {
        Box::new(self.expr(*e.into()))
    }

    fn oexpr(&mut self, e: Option<Box<py::Expr>>) -> Option<Expr> {
        e.map(|e| self.expr(*e))
    }

    fn stmt(&mut self, stmt: py::Stmt) -> Stmt {
        let loc = self.loc(stmt.range());
        let stmt_start = stmt.range().start();
        let kind = match stmt {
            py::Stmt::FunctionDef(f) => {
                let type_params = self.type_params(f.type_params);
                self.function(
                    f.name,
                    type_params,
                    *f.args,
                    f.body,
                    f.decorator_list,
                    f.returns,
                    false,
                )
            }
            py::Stmt::AsyncFunctionDef(f) => {
                let type_params = self.type_params(f.type_params);
                self.function(
                    f.name,
                    type_params,
                    *f.args,
                    f.body,
                    f.decorator_list,
                    f.returns,
                    true,
                )
            }
            py::Stmt::ClassDef(c) => {
                // Decorators and bases are evaluated before the class body
                // opens its scope, so they are converted first: scope ids
                // then follow source order, as the symbol table visits them.
                let type_params = self.type_params(c.type_params);
                let decorators = self.exprs(c.decorator_list);
                let bases = self.exprs(c.bases);
                let keywords = self.keywords(c.keywords);
                let scope = self.scope();
                StmtKind::ClassDef(Box::new(ClassDef {
                    name: ident(&c.name),
                    type_params,
                    bases,
                    keywords,
                    body: self.stmts(c.body),
                    decorators,
                    scope,
                }))
            }
            py::Stmt::Return(r) => StmtKind::Return(self.oexpr(r.value)),
            py::Stmt::Delete(d) => StmtKind::Delete(self.exprs(d.targets)),
            py::Stmt::Assign(a) => StmtKind::Assign {
                targets: self.exprs(a.targets),
                value: self.expr(*a.value),
            },
            py::Stmt::TypeAlias(t) => {
                // The grammar makes the alias's name a plain name.
                let name = match *t.name {
                    py::Expr::Name(n) => ident(&n.id),
                    _ => Rc::from(""),
                };
                let type_params = self.type_params(t.type_params);
                let value = self.expr(*t.value);
                StmtKind::TypeAlias {
                    name,
                    type_params,
                    value,
                    scope: self.scope(),
                }
            }
            py::Stmt::AugAssign(a) => StmtKind::AugAssign {
                target: self.expr(*a.target),
                op: binop(a.op),
                value: self.expr(*a.value),
            },
            py::Stmt::AnnAssign(a) => {
                // A parenthesized name is not "simple" (CPython's AST).
                let simple = a.simple && a.target.range().start() == stmt_start;
                StmtKind::AnnAssign {
                    target: self.expr(*a.target),
                    annotation: self.expr(*a.annotation),
                    value: self.oexpr(a.value),
                    simple,
                }
            }
            py::Stmt::For(f) => StmtKind::For {
                target: self.expr(*f.target),
                iter: self.expr(*f.iter),
                body: self.stmts(f.body),
                orelse: self.stmts(f.orelse),
                is_async: false,
            },
            py::Stmt::AsyncFor(f) => StmtKind::For {
                target: self.expr(*f.target),
                iter: self.expr(*f.iter),
                body: self.stmts(f.body),
                orelse: self.stmts(f.orelse),
                is_async: true,
            },
            py::Stmt::While(w) => StmtKind::While {
                test: self.expr(*w.test),
                body: self.stmts(w.body),
                orelse: self.stmts(w.orelse),
            },
            py::Stmt::If(i) => StmtKind::If {
                test: self.expr(*i.test),
                body: self.stmts(i.body),
                orelse: self.stmts(i.orelse),
            },
            py::Stmt::With(w) => StmtKind::With {
                items: self.with_items(w.items),
                body: self.stmts(w.body),
                is_async: false,
            },
            py::Stmt::AsyncWith(w) => StmtKind::With {
                items: self.with_items(w.items),
                body: self.stmts(w.body),
                is_async: true,
            },
            py::Stmt::Match(m) => StmtKind::Match {
                subject: self.expr(*m.subject),
                cases: m
                    .cases
                    .into_iter()
                    .map(|c| MatchCase {
                        pattern: self.pattern(c.pattern),
                        guard: self.oexpr(c.guard),
                        body: self.stmts(c.body),
                    })
                    .collect(),
            },
            py::Stmt::Raise(r) => StmtKind::Raise {
                exc: self.oexpr(r.exc),
                cause: self.oexpr(r.cause),
            },
            py::Stmt::Try(t) => StmtKind::Try {
                body: self.stmts(t.body),
                handlers: self.handlers(t.handlers),
                orelse: self.stmts(t.orelse),
                finalbody: self.stmts(t.finalbody),
                is_star: false,
            },
            py::Stmt::TryStar(t) => StmtKind::Try {
                body: self.stmts(t.body),
                handlers: self.handlers(t.handlers),
                orelse: self.stmts(t.orelse),
                finalbody: self.stmts(t.finalbody),
                is_star: true,
            },
            py::Stmt::Assert(a) => StmtKind::Assert {
                test: self.expr(*a.test),
                msg: self.oexpr(a.msg),
            },
            py::Stmt::Import(i) => StmtKind::Import(self.aliases(i.names)),
            py::Stmt::ImportFrom(i) => StmtKind::ImportFrom {
                module: i.module.as_ref().map(ident),
                names: self.aliases(i.names),
                level: i.level.map(|l| l.to_u32()).unwrap_or(0),
            },
            py::Stmt::Global(g) => StmtKind::Global(g.names.iter().map(ident).collect()),
            py::Stmt::Nonlocal(n) => StmtKind::Nonlocal(n.names.iter().map(ident).collect()),
            py::Stmt::Expr(e) => StmtKind::Expr(self.expr(*e.value)),
            py::Stmt::Pass(_) => StmtKind::Pass,
            py::Stmt::Break(_) => StmtKind::Break,
            py::Stmt::Continue(_) => StmtKind::Continue,
        };
        Stmt { kind, loc }
    }

    fn type_params(&mut self, params: Vec<py::TypeParam>) -> Vec<TypeParam> {
        params
            .into_iter()
            .map(|p| {
                let loc = self.loc(p.range());
                let (name, kind, bound) = match p {
                    py::TypeParam::TypeVar(v) => (v.name, TypeParamKind::TypeVar, v.bound),
                    py::TypeParam::ParamSpec(v) => (v.name, TypeParamKind::ParamSpec, None),
                    py::TypeParam::TypeVarTuple(v) => (v.name, TypeParamKind::TypeVarTuple, None),
                };
                let bound = self.oexpr(bound);
                TypeParam {
                    name: ident(&name),
                    kind,
                    bound,
                    loc,
                    scope: self.scope(),
                }
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        name: py::Identifier,
        type_params: Vec<TypeParam>,
        args: py::Arguments,
        body: Vec<py::Stmt>,
        decorators: Vec<py::Expr>,
        returns: Option<Box<py::Expr>>,
        is_async: bool,
    ) -> StmtKind {
        let decorators = self.exprs(decorators);
        let params = self.params(args);
        let returns = self.oexpr(returns);
        let scope = self.scope();
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name: ident(&name),
            type_params,
            params,
            body: self.stmts(body),
            decorators,
            returns,
            is_async,
            scope,
        }))
    }

    fn params(&mut self, a: py::Arguments) -> Parameters {
        let conv = |p: py::ArgWithDefault, this: &mut Self| Param {
            loc: this.loc(p.def.range),
            name: ident(&p.def.arg),
            annotation: this.oexpr(p.def.annotation),
            default: this.oexpr(p.default),
        };
        let mut out = Parameters::default();
        for p in a.posonlyargs {
            let p = conv(p, self);
            out.posonly.push(p);
        }
        for p in a.args {
            let p = conv(p, self);
            out.args.push(p);
        }
        out.vararg = a.vararg.map(|v| self.arg(*v));
        for p in a.kwonlyargs {
            let p = conv(p, self);
            out.kwonly.push(p);
        }
        out.kwarg = a.kwarg.map(|v| self.arg(*v));
        out
    }

    fn arg(&mut self, a: py::Arg) -> Param {
        Param {
            loc: self.loc(a.range),
            name: ident(&a.arg),
            annotation: self.oexpr(a.annotation),
            default: None,
        }
    }

    fn keywords(&mut self, kws: Vec<py::Keyword>) -> Vec<Keyword> {
        kws.into_iter()
            .map(|k| Keyword {
                loc: self.loc(k.range),
                arg: k.arg.as_ref().map(ident),
                value: self.expr(k.value),
            })
            .collect()
    }

    fn aliases(&mut self, names: Vec<py::Alias>) -> Vec<Alias> {
        names
            .into_iter()
            .map(|a| Alias {
                loc: self.loc(a.range),
                name: ident(&a.name),
                asname: a.asname.as_ref().map(ident),
            })
            .collect()
    }

    fn with_items(&mut self, items: Vec<py::WithItem>) -> Vec<WithItem> {
        items
            .into_iter()
            .map(|i| WithItem {
                context: self.expr(i.context_expr),
                target: self.oexpr(i.optional_vars),
            })
            .collect()
    }

    fn handlers(&mut self, hs: Vec<py::ExceptHandler>) -> Vec<ExceptHandler> {
        hs.into_iter()
            .map(|h| {
                let py::ExceptHandler::ExceptHandler(h) = h;
                ExceptHandler {
                    loc: self.loc(h.range),
                    typ: self.oexpr(h.type_),
                    name: h.name.as_ref().map(ident),
                    body: self.stmts(h.body),
                }
            })
            .collect()
    }

    fn pattern(&mut self, p: py::Pattern) -> Pattern {
        let loc = self.loc(p.range());
        let kind = match p {
            py::Pattern::MatchValue(v) => PatternKind::Value(self.expr(*v.value)),
            py::Pattern::MatchSingleton(s) => PatternKind::Singleton(constant(s.value)),
            py::Pattern::MatchSequence(s) => {
                PatternKind::Sequence(s.patterns.into_iter().map(|p| self.pattern(p)).collect())
            }
            py::Pattern::MatchMapping(m) => PatternKind::Mapping {
                keys: self.exprs(m.keys),
                patterns: m.patterns.into_iter().map(|p| self.pattern(p)).collect(),
                rest: m.rest.as_ref().map(ident),
            },
            py::Pattern::MatchClass(c) => PatternKind::Class {
                cls: self.expr(*c.cls),
                patterns: c.patterns.into_iter().map(|p| self.pattern(p)).collect(),
                kwd_attrs: c.kwd_attrs.iter().map(ident).collect(),
                kwd_patterns: c
                    .kwd_patterns
                    .into_iter()
                    .map(|p| self.pattern(p))
                    .collect(),
            },
            py::Pattern::MatchStar(s) => PatternKind::Star(s.name.as_ref().map(ident)),
            py::Pattern::MatchAs(a) => PatternKind::As {
                pattern: a.pattern.map(|p| Box::new(self.pattern(*p))),
                name: a.name.as_ref().map(ident),
            },
            py::Pattern::MatchOr(o) => {
                PatternKind::Or(o.patterns.into_iter().map(|p| self.pattern(p)).collect())
            }
        };
        Pattern { kind, loc }
    }

    fn comprehension(
        &mut self,
        kind: CompKind,
        elt: py::Expr,
        value: Option<py::Expr>,
        generators: Vec<py::Comprehension>,
    ) -> ExprKind {
        // The first iterable is evaluated in the enclosing scope, before the
        // comprehension's own scope opens.
        let mut gens = generators.into_iter();
        let first = gens.next().expect("a comprehension has a generator");
        let first_iter = self.expr(first.iter);
        let scope = self.scope();
        let mut out = vec![CompFor {
            target: self.expr(first.target),
            iter: first_iter,
            ifs: self.exprs(first.ifs),
            is_async: first.is_async,
        }];
        for g in gens {
            out.push(CompFor {
                iter: self.expr(g.iter),
                target: self.expr(g.target),
                ifs: self.exprs(g.ifs),
                is_async: g.is_async,
            });
        }
        let elt = self.expr(elt);
        let value = value.map(|v| self.expr(v));
        ExprKind::Comprehension(Box::new(Comprehension {
            kind,
            elt,
            value,
            generators: out,
            scope,
        }))
    }

    fn expr(&mut self, e: py::Expr) -> Expr {
        let loc = self.loc(e.range());
        let kind = match e {
            py::Expr::BoolOp(b) => ExprKind::BoolOp {
                op: match b.op {
                    py::BoolOp::And => BoolOp::And,
                    py::BoolOp::Or => BoolOp::Or,
                },
                values: self.exprs(b.values),
            },
            py::Expr::NamedExpr(n) => {
                let value = self.bexpr(n.value);
                ExprKind::NamedExpr {
                    target: self.bexpr(n.target),
                    value,
                }
            }
            py::Expr::BinOp(b) => ExprKind::BinOp {
                left: self.bexpr(b.left),
                op: binop(b.op),
                right: self.bexpr(b.right),
            },
            py::Expr::UnaryOp(u) => ExprKind::UnaryOp {
                op: match u.op {
                    py::UnaryOp::Invert => UnaryOp::Invert,
                    py::UnaryOp::Not => UnaryOp::Not,
                    py::UnaryOp::UAdd => UnaryOp::UAdd,
                    py::UnaryOp::USub => UnaryOp::USub,
                },
                operand: self.bexpr(u.operand),
            },
            py::Expr::Lambda(l) => {
                let params = self.params(*l.args);
                let scope = self.scope();
                ExprKind::Lambda(Box::new(Lambda {
                    params,
                    body: self.expr(*l.body),
                    scope,
                }))
            }
            py::Expr::IfExp(i) => ExprKind::IfExp {
                test: self.bexpr(i.test),
                body: self.bexpr(i.body),
                orelse: self.bexpr(i.orelse),
            },
            py::Expr::Dict(d) => {
                let mut keys = Vec::new();
                let mut values = Vec::new();
                for (k, v) in d.keys.into_iter().zip(d.values) {
                    keys.push(k.map(|k| self.expr(k)));
                    values.push(self.expr(v));
                }
                ExprKind::Dict { keys, values }
            }
            py::Expr::Set(s) => ExprKind::Set(self.exprs(s.elts)),
            py::Expr::ListComp(c) => self.comprehension(CompKind::List, *c.elt, None, c.generators),
            py::Expr::SetComp(c) => self.comprehension(CompKind::Set, *c.elt, None, c.generators),
            py::Expr::DictComp(c) => {
                self.comprehension(CompKind::Dict, *c.key, Some(*c.value), c.generators)
            }
            py::Expr::GeneratorExp(c) => {
                self.comprehension(CompKind::Generator, *c.elt, None, c.generators)
            }
            py::Expr::Await(a) => ExprKind::Await(self.bexpr(a.value)),
            py::Expr::Yield(y) => ExprKind::Yield(y.value.map(|v| self.bexpr(v))),
            py::Expr::YieldFrom(y) => ExprKind::YieldFrom(self.bexpr(y.value)),
            py::Expr::Compare(c) => ExprKind::Compare {
                left: self.bexpr(c.left),
                ops: c.ops.iter().map(|o| cmpop(*o)).collect(),
                comparators: self.exprs(c.comparators),
            },
            py::Expr::Call(c) => {
                self.check_genexp_args(&c.args, c.keywords.len());
                let func = self.bexpr(c.func);
                let sole_genexp = match &c.args[..] {
                    // Without parentheses of its own, the parser crate
                    // starts it at its element.
                    [py::Expr::GeneratorExp(g)]
                        if c.keywords.is_empty() && g.range.start() == g.elt.range().start() =>
                    {
                        Some(usize::from(g.range.start()))
                    }
                    _ => None,
                };
                let mut args = self.exprs(c.args);
                // A generator expression that is a call's only argument
                // owns the call's parentheses: it starts at the `(`.
                if let (Some(start), [arg]) = (sole_genexp, &mut args[..]) {
                    if let Some(open) = self.lines.source[..start].rfind('(') {
                        let (line, col) = self.lines.locate(open);
                        arg.loc.line = line;
                        arg.loc.col = col;
                    }
                }
                ExprKind::Call {
                    func,
                    args,
                    keywords: self.keywords(c.keywords),
                }
            }
            py::Expr::FormattedValue(f) => ExprKind::FormattedValue {
                value: self.bexpr(f.value),
                conversion: f.conversion.to_char(),
                spec: f.format_spec.map(|s| self.bexpr(s)),
            },
            py::Expr::JoinedStr(j) => ExprKind::JoinedStr(self.exprs(j.values)),
            py::Expr::Constant(c) => ExprKind::Constant(constant(c.value)),
            py::Expr::Attribute(a) => ExprKind::Attribute {
                value: self.bexpr(a.value),
                attr: ident(&a.attr),
                ctx: ctx(a.ctx),
            },
            py::Expr::Subscript(s) => {
                let value = self.bexpr(s.value);
                let mut index = self.bexpr(s.slice);
                // `a[*b]` (PEP 646) indexes with the tuple `(*b,)`, as in
                // CPython's own tree.
                if let ExprKind::Starred { .. } = index.kind {
                    let loc = index.loc;
                    index = Box::new(Expr {
                        kind: ExprKind::Tuple {
                            elts: vec![*index],
                            ctx: Ctx::Load,
                        },
                        loc,
                    });
                }
                ExprKind::Subscript {
                    value,
                    index,
                    ctx: ctx(s.ctx),
                }
            }
            py::Expr::Starred(s) => ExprKind::Starred {
                value: self.bexpr(s.value),
                ctx: ctx(s.ctx),
            },
            py::Expr::Name(n) => match super::fstring::placeholder_index(n.id.as_str())
                .filter(|i| *i < self.fstrings.len())
            {
                Some(i) => self.fstring_group(i, loc),
                None => ExprKind::Name {
                    id: ident(&n.id),
                    ctx: ctx(n.ctx),
                },
            },
            py::Expr::List(l) => ExprKind::List {
                elts: self.exprs(l.elts),
                ctx: ctx(l.ctx),
            },
            py::Expr::Tuple(t) => ExprKind::Tuple {
                elts: self.exprs(t.elts),
                ctx: ctx(t.ctx),
            },
            py::Expr::Slice(s) => ExprKind::Slice {
                lower: s.lower.map(|v| self.bexpr(v)),
                upper: s.upper.map(|v| self.bexpr(v)),
                step: s.step.map(|v| self.bexpr(v)),
            },
        };
        Expr { kind, loc }
    }
}

fn ctx(c: py::ExprContext) -> Ctx {
    match c {
        py::ExprContext::Load => Ctx::Load,
        py::ExprContext::Store => Ctx::Store,
        py::ExprContext::Del => Ctx::Del,
    }
}

/// Appends literal text to f-string values, merging with a literal before.
fn push_lit(values: &mut Vec<Expr>, s: &str, loc: Loc) {
    if s.is_empty() {
        return;
    }
    if let Some(Expr {
        kind: ExprKind::Constant(Constant::Str(prev)),
        ..
    }) = values.last_mut()
    {
        *prev = Rc::from(format!("{prev}{s}").as_str());
        return;
    }
    values.push(Expr {
        kind: ExprKind::Constant(Constant::Str(Rc::from(s))),
        loc,
    });
}

fn constant(c: py::Constant) -> Constant {
    match c {
        py::Constant::None => Constant::None,
        py::Constant::Bool(b) => Constant::Bool(b),
        py::Constant::Str(s) => Constant::Str(Rc::from(s.as_str())),
        py::Constant::Bytes(b) => Constant::Bytes(Rc::from(b.as_slice())),
        py::Constant::Int(i) => Constant::Int(i),
        py::Constant::Tuple(t) => Constant::Tuple(t.into_iter().map(constant).collect()),
        py::Constant::Float(f) => Constant::Float(f),
        py::Constant::Complex { real, imag } => Constant::Complex { re: real, im: imag },
        py::Constant::Ellipsis => Constant::Ellipsis,
    }
}

fn binop(op: py::Operator) -> BinOp {
    match op {
        py::Operator::Add => BinOp::Add,
        py::Operator::Sub => BinOp::Sub,
        py::Operator::Mult => BinOp::Mul,
        py::Operator::MatMult => BinOp::MatMul,
        py::Operator::Div => BinOp::Div,
        py::Operator::Mod => BinOp::Mod,
        py::Operator::Pow => BinOp::Pow,
        py::Operator::LShift => BinOp::LShift,
        py::Operator::RShift => BinOp::RShift,
        py::Operator::BitOr => BinOp::BitOr,
        py::Operator::BitXor => BinOp::BitXor,
        py::Operator::BitAnd => BinOp::BitAnd,
        py::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: py::CmpOp) -> CmpOp {
    match op {
        py::CmpOp::Eq => CmpOp::Eq,
        py::CmpOp::NotEq => CmpOp::NotEq,
        py::CmpOp::Lt => CmpOp::Lt,
        py::CmpOp::LtE => CmpOp::LtE,
        py::CmpOp::Gt => CmpOp::Gt,
        py::CmpOp::GtE => CmpOp::GtE,
        py::CmpOp::Is => CmpOp::Is,
        py::CmpOp::IsNot => CmpOp::IsNot,
        py::CmpOp::In => CmpOp::In,
        py::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// CPython's tokenizer errors about brackets: a closing bracket that
/// matches nothing, or an opening one never closed. `error_line` is the
/// line of a generic parser error (an unclosed bracket is reported instead
/// only when opened on an earlier line), `None` when the parser ran out of
/// input.
fn bracket_error(
    source: &str,
    lines: &LineIndex,
    filename: &str,
    error_line: Option<u32>,
) -> Option<SyntaxErr> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    for tok in rustpython_parser::lexer::lex(source, Mode::Module) {
        let (tok, range) = match tok {
            Ok(t) => t,
            Err(e) => {
                // The lexer stops just after a closing bracket with
                // nothing open.
                let mut at = usize::from(e.location).min(source.len());
                if e.error == LexicalErrorType::NestingError && at > 0 {
                    at -= 1;
                }
                let c = source[at..].chars().next().unwrap_or(' ');
                if matches!(c, ')' | ']' | '}') && stack.is_empty() {
                    return Some(error_at(format!("unmatched '{c}'"), at, lines, filename));
                }
                if e.error == LexicalErrorType::StringError {
                    return Some(unterminated_error(source, lines, at, filename));
                }
                break;
            }
        };
        let start = usize::from(range.start());
        let c = match tok {
            Tok::Lpar => '(',
            Tok::Lsqb => '[',
            Tok::Lbrace => '{',
            Tok::Rpar => ')',
            Tok::Rsqb => ']',
            Tok::Rbrace => '}',
            _ => continue,
        };
        match c {
            '(' | '[' | '{' => stack.push((c, start)),
            _ => {
                let open = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    None => {
                        return Some(error_at(format!("unmatched '{c}'"), start, lines, filename))
                    }
                    Some((o, at)) if o != open => {
                        let (oline, _) = lines.locate(at);
                        let (line, _) = lines.locate(start);
                        let msg = if oline == line {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{o}'")
                        } else {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{o}' on line {oline}")
                        };
                        return Some(error_at(msg, start, lines, filename));
                    }
                    Some(_) => {}
                }
            }
        }
    }
    let &(o, at) = stack.last()?;
    if error_line.is_some_and(|l| l <= lines.locate(at).0) {
        return None;
    }
    Some(error_at(
        format!("'{o}' was never closed"),
        at,
        lines,
        filename,
    ))
}

/// `line` indented deeper than the line before it, which opens no block.
fn unexpected_indent(lines: &LineIndex, line: u32, filename: &str) -> Option<SyntaxErr> {
    let indent = |t: &str| t.len() - t.trim_start().len();
    let text = lines.line_text(line);
    let prev = (1..line)
        .rev()
        .map(|l| lines.line_text(l))
        .find(|t| !t.trim().is_empty() && !t.trim_start().starts_with('#'));
    let deeper = match prev {
        Some(p) => indent(text) > indent(p) && !p.trim_end().ends_with(':'),
        None => indent(text) > 0,
    };
    deeper.then(|| SyntaxErr {
        kind: SyntaxErrKind::IndentationError,
        text: Some(text.to_string()),
        ..SyntaxErr::new("unexpected indent", filename, line, indent(text) as u32)
    })
}

/// A compound statement header without its colon: `if x` then a newline.
fn lacks_colon(source: &str, lines: &LineIndex, offset: usize) -> bool {
    let (line, _) = lines.locate(offset);
    let before = source[lines.offset(line, 0)..offset].trim();
    let first = before
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    let rest = before[first.len()..].trim();
    let header = match first {
        "else" | "try" | "finally" => rest.is_empty(),
        "except" if rest.is_empty() => true,
        "if" | "elif" | "while" | "for" | "with" | "def" | "class" | "except" => !rest.is_empty(),
        _ => false,
    };
    header && !before.ends_with(':')
}

/// Where CPython reports a `try` block with no handler: the token after
/// the block (at the end of input, the newline ending the block).
fn missing_except(source: &str, lines: &LineIndex, offset: usize, at_eof: bool) -> Option<usize> {
    let indent = |t: &str| t.len() - t.trim_start().len();
    let is_try = |t: &str| {
        let t = t.trim();
        t.starts_with("try") && t[3..].trim() == ":"
    };
    let (line, _) = lines.locate(offset);
    if at_eof {
        let last = (1..=line)
            .rev()
            .find(|&l| !lines.line_text(l).trim().is_empty())?;
        let mut level = indent(lines.line_text(last));
        for l in (1..last).rev() {
            let t = lines.line_text(l);
            if t.trim().is_empty() || indent(t) >= level {
                continue;
            }
            if is_try(t) {
                return Some(lines.offset(last, lines.line_text(last).chars().count() as u32));
            }
            level = indent(t);
        }
        return None;
    }
    let level = indent(lines.line_text(line));
    let t = source[lines.offset(line, 0)..].trim_start();
    if t.starts_with("except") || t.starts_with("finally") {
        return None;
    }
    let header = (1..line).rev().find(|&l| {
        let t = lines.line_text(l);
        !t.trim().is_empty() && indent(t) <= level
    })?;
    let h = lines.line_text(header);
    (indent(h) == level && is_try(h) && header < line).then_some(offset)
}

/// The column of the quote opening a string left unterminated on `line`.
fn open_quote(line: &str) -> Option<usize> {
    let mut open: Option<(usize, char)> = None;
    let mut escaped = false;
    for (i, c) in line.chars().enumerate() {
        match open {
            Some(_) if escaped => escaped = false,
            Some((_, q)) => {
                if c == '\\' {
                    escaped = true;
                } else if c == q {
                    open = None;
                }
            }
            None if c == '#' => return None,
            None if c == '\'' || c == '"' => open = Some((i, c)),
            None => {}
        }
    }
    open.map(|(i, _)| i)
}

fn error_at(msg: String, offset: usize, lines: &LineIndex, filename: &str) -> SyntaxErr {
    let (line, col) = lines.locate(offset);
    SyntaxErr {
        text: Some(lines.line_text(line).to_string()),
        ..SyntaxErr::new(msg, filename, line, col + 1)
    }
}

fn convert_error(
    err: rustpython_parser::ParseError,
    source: &str,
    lines: &LineIndex,
    filename: &str,
) -> SyntaxErr {
    let mut offset = usize::from(err.offset).min(source.len());
    let at_eof = source[offset..].trim().is_empty();
    let mut kind = SyntaxErrKind::SyntaxError;
    // CPython's parser runs out of input only with brackets still open,
    // or meets the tokenizer's bracket errors when it gets to them.
    let nesting = matches!(
        err.error,
        ParseErrorType::Lexical(LexicalErrorType::NestingError)
    );
    if nesting {
        // The parser meets an unexpected indent before the bracket.
        let (line, _) = lines.locate(offset);
        if let Some(e) = unexpected_indent(lines, line, filename) {
            return e;
        }
    }
    if nesting || at_eof || matches!(err.error, ParseErrorType::Eof) {
        if let Some(e) = bracket_error(source, lines, filename, None) {
            return e;
        }
    }
    if let Some(at) = missing_except(source, lines, offset, at_eof) {
        return error_at(
            "expected 'except' or 'finally' block".to_string(),
            at,
            lines,
            filename,
        );
    }
    // Errors CPython finds after parsing (symbol table, compiler): they
    // carry no source text and span the offending name.
    let mut later_stage: Option<u32> = None;
    let msg = match &err.error {
        ParseErrorType::Eof => {
            if source.trim().is_empty() {
                "invalid syntax".to_string()
            } else {
                "unexpected EOF while parsing".to_string()
            }
        }
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            kind = SyntaxErrKind::IndentationError;
            // CPython points at the last character of the indentation.
            let (line, _) = lines.locate(offset);
            let text = lines.line_text(line);
            let indent = text.len() - text.trim_start().len();
            offset = lines.offset(line, 0) + indent.saturating_sub(1);
            "unexpected indent".to_string()
        }
        ParseErrorType::UnrecognizedToken(Tok::Newline, _)
            if lacks_colon(source, lines, offset) =>
        {
            "expected ':'".to_string()
        }
        ParseErrorType::UnrecognizedToken(_, Some(exp)) if exp == "Indent" => {
            kind = SyntaxErrKind::IndentationError;
            expected_block_message(source, lines, offset)
        }
        ParseErrorType::UnrecognizedToken(Tok::Dedent, _) => {
            kind = SyntaxErrKind::IndentationError;
            "unindent does not match any outer indentation level".to_string()
        }
        ParseErrorType::UnrecognizedToken(Tok::ColonEqual, _) => {
            if let Some(e) = walrus_target_error(source, lines, offset, filename) {
                return e;
            }
            "invalid syntax".to_string()
        }
        ParseErrorType::UnrecognizedToken(_, Some(exp)) if exp == "':'" => {
            "expected ':'".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            kind = SyntaxErrKind::IndentationError;
            if offset >= source.trim_end().len() {
                // At the end of the header line that has no block.
                offset = source.trim_end().len();
                expected_block_message(source, lines, offset)
            } else {
                "unindent does not match any outer indentation level".to_string()
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::TabError)
        | ParseErrorType::Lexical(LexicalErrorType::TabsAfterSpaces) => {
            kind = SyntaxErrKind::TabError;
            "inconsistent use of tabs and spaces in indentation".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::DefaultArgumentError) => {
            "parameter without a default follows parameter with a default".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::DuplicateArgumentError(name)) => {
            later_stage = Some(name.chars().count() as u32);
            format!("duplicate argument '{name}' in function definition")
        }
        ParseErrorType::Lexical(LexicalErrorType::DuplicateKeywordArgumentError(name)) => {
            later_stage = Some(name.chars().count() as u32);
            format!("keyword argument repeated: {name}")
        }
        ParseErrorType::Lexical(LexicalErrorType::PositionalArgumentError) => {
            "positional argument follows keyword argument".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::UnpackedArgumentError) => {
            // At the comma before the unpacked argument.
            if let Some(comma) = source[..offset].rfind(',') {
                offset = comma;
            }
            "iterable argument unpacking follows keyword argument unpacking".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
            "unexpected character after line continuation character".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof | LexicalErrorType::StringError) => {
            return unterminated_error(source, lines, offset, filename);
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
            format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
        }
        ParseErrorType::Lexical(LexicalErrorType::OtherError(msg)) => msg.clone(),
        ParseErrorType::Lexical(LexicalErrorType::FStringError(e)) => format!("f-string: {e}"),
        _ => "invalid syntax".to_string(),
    };
    let (line, col) = lines.locate(offset);
    if msg == "invalid syntax" {
        // Tokenizer errors later in the source win over a generic error.
        if let Some(e) = bracket_error(source, lines, filename, Some(line)) {
            return e;
        }
    }
    let err = SyntaxErr {
        kind,
        ..SyntaxErr::new(msg, filename, line, col + 1)
    };
    match later_stage {
        Some(len) => SyntaxErr {
            end_col: col + 1 + len,
            ..err
        },
        None => SyntaxErr {
            text: Some(lines.line_text(line).to_string()),
            ..err
        },
    }
}

/// `(x.a := 1)`: CPython names what stands before the `:=` (its
/// `invalid_named_expression` rule), found here by parsing the text back
/// to the enclosing bracket or separator.
fn walrus_target_error(
    source: &str,
    lines: &LineIndex,
    offset: usize,
    filename: &str,
) -> Option<SyntaxErr> {
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in source[..offset].char_indices().rev() {
        match c {
            ')' | ']' | '}' => depth += 1,
            '(' | '[' | '{' if depth == 0 => {
                start = i + 1;
                break;
            }
            '(' | '[' | '{' => depth -= 1,
            ',' | ';' | '\n' if depth == 0 => {
                start = i + 1;
                break;
            }
            _ => {}
        }
    }
    let text = &source[start..offset];
    let lead = text.len() - text.trim_start().len();
    let text = text.trim();
    let parsed = rustpython_parser::parse(text, Mode::Expression, filename).ok()?;
    let py::Mod::Expression(e) = parsed else {
        return None;
    };
    let text_lines = LineIndex::new(text);
    let mut conv = Converter {
        lines: &text_lines,
        next_scope: 0,
        error: None,
        fstrings: Vec::new(),
        filename,
    };
    let target = conv.expr(*e.body);
    if let ExprKind::Name { .. } = target.kind {
        // A name can be assigned: the `:=` itself is misplaced.
        return None;
    }
    let (line, col) = lines.locate(start + lead);
    let (end_line, end_col) = lines.locate(start + lead + text.len());
    let loc = Loc {
        line,
        col,
        end_line,
        end_col,
    };
    Some(SyntaxErr {
        text: Some(lines.line_text(line).to_string()),
        ..SyntaxErr::at(
            format!(
                "cannot use assignment expressions with {}",
                target.kind_name()
            ),
            filename,
            loc,
        )
    })
}

/// A string left open, reported at its opening quote(s).
fn unterminated_error(source: &str, lines: &LineIndex, offset: usize, filename: &str) -> SyntaxErr {
    let (line, _) = lines.locate(offset);
    let text = lines.line_text(line);
    // The delimiter occurring an odd number of times is the open one; its
    // last occurrence opens the string.
    let triple = ["\"\"\"", "'''"]
        .into_iter()
        .find(|q| source.matches(q).count() % 2 == 1);
    if let Some(q) = triple {
        let at = source.rfind(q).unwrap_or(offset);
        let end = lines.locate(source.len()).0;
        return error_at(
            format!("unterminated triple-quoted string literal (detected at line {end})"),
            at,
            lines,
            filename,
        );
    }
    match open_quote(text) {
        Some(col) => error_at(
            format!("unterminated string literal (detected at line {line})"),
            lines.offset(line, col as u32),
            lines,
            filename,
        ),
        None => error_at(
            "unexpected EOF while parsing".to_string(),
            offset,
            lines,
            filename,
        ),
    }
}

/// CPython names the statement that lacks its block:
/// "expected an indented block after 'if' statement on line 3".
fn expected_block_message(source: &str, lines: &LineIndex, offset: usize) -> String {
    let (line, _) = lines.locate(offset.min(source.len()));
    // Find the nearest preceding line that ends with ':'.
    let mut l = line;
    while l >= 1 {
        let text = lines.line_text(l).trim();
        if text.ends_with(':') {
            let first = text
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
                .unwrap_or("");
            let what = match first {
                "if" => "'if' statement".to_string(),
                "elif" => "'elif' statement".to_string(),
                "else" => "'else' statement".to_string(),
                "for" => "'for' statement".to_string(),
                "while" => "'while' statement".to_string(),
                "try" => "'try' statement".to_string(),
                "finally" => "'finally' statement".to_string(),
                "except" => "'except' statement".to_string(),
                "with" => "'with' statement".to_string(),
                "def" | "async" => "function definition".to_string(),
                "class" => "class definition".to_string(),
                _ => return "expected an indented block".to_string(),
            };
            return format!("expected an indented block after {what} on line {l}");
        }
        if l == 1 {
            break;
        }
        l -= 1;
    }
    "expected an indented block".to_string()
}
