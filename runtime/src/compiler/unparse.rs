//! Expression to source text, as CPython's `ast_unparse.c` writes it:
//! under `from __future__ import annotations` an annotation is stored as
//! this text instead of being evaluated.

use crate::frontend::ast::*;
use crate::interp::format::{bytes_repr, str_repr};
use crate::objects::float;

// CPython's precedence levels, lowest first.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The text of an annotation (`_PyAST_ExprAsUnicode`).
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST);
    out
}

fn open(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn joined(out: &mut String, items: &[Expr], level: u8) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, level);
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (pr, sep) = match op {
                BoolOp::And => (PR_AND, " and "),
                BoolOp::Or => (PR_OR, " or "),
            };
            open(out, level > pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                expr(out, v, pr + 1);
            }
            close(out, level > pr);
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > PR_TUPLE);
            expr(out, target, PR_ATOM);
            out.push_str(" := ");
            expr(out, value, PR_ATOM);
            close(out, level > PR_TUPLE);
        }
        ExprKind::BinOp { left, op, right } => {
            let pr = match op {
                BinOp::Add | BinOp::Sub => PR_ARITH,
                BinOp::Mul | BinOp::MatMul | BinOp::Div | BinOp::Mod | BinOp::FloorDiv => PR_TERM,
                BinOp::LShift | BinOp::RShift => PR_SHIFT,
                BinOp::BitOr => PR_BOR,
                BinOp::BitXor => PR_BXOR,
                BinOp::BitAnd => PR_BAND,
                BinOp::Pow => PR_POWER,
            };
            let rassoc = u8::from(*op == BinOp::Pow);
            open(out, level > pr);
            expr(out, left, pr + rassoc);
            out.push(' ');
            out.push_str(op.symbol());
            out.push(' ');
            expr(out, right, pr + 1 - rassoc);
            close(out, level > pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (pr, sym) = match op {
                UnaryOp::Invert => (PR_FACTOR, "~"),
                UnaryOp::Not => (PR_NOT, "not "),
                UnaryOp::UAdd => (PR_FACTOR, "+"),
                UnaryOp::USub => (PR_FACTOR, "-"),
            };
            open(out, level > pr);
            out.push_str(sym);
            expr(out, operand, pr);
            close(out, level > pr);
        }
        ExprKind::Lambda(l) => {
            open(out, level > PR_TEST);
            out.push_str("lambda");
            let mut params = String::new();
            parameters(&mut params, &l.params);
            if !params.is_empty() {
                out.push(' ');
                out.push_str(&params);
            }
            out.push_str(": ");
            expr(out, &l.body, PR_TEST);
            close(out, level > PR_TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > PR_TEST);
            expr(out, body, PR_TEST + 1);
            out.push_str(" if ");
            expr(out, test, PR_TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, PR_TEST);
            close(out, level > PR_TEST);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST);
                        out.push_str(": ");
                        expr(out, v, PR_TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                joined(out, elts, PR_TEST);
                out.push('}');
            }
        }
        ExprKind::Comprehension(c) => {
            let (l, r) = match c.kind {
                CompKind::List => ('[', ']'),
                CompKind::Set | CompKind::Dict => ('{', '}'),
                CompKind::Generator => ('(', ')'),
            };
            out.push(l);
            expr(out, &c.elt, PR_TEST);
            if let Some(v) = &c.value {
                out.push_str(": ");
                expr(out, v, PR_TEST);
            }
            for g in &c.generators {
                out.push_str(if g.is_async { " async for " } else { " for " });
                expr(out, &g.target, PR_TUPLE);
                out.push_str(" in ");
                expr(out, &g.iter, PR_TEST + 1);
                for cond in &g.ifs {
                    out.push_str(" if ");
                    expr(out, cond, PR_TEST + 1);
                }
            }
            out.push(r);
        }
        ExprKind::Await(v) => {
            open(out, level > PR_AWAIT);
            out.push_str("await ");
            expr(out, v, PR_ATOM);
            close(out, level > PR_AWAIT);
        }
        ExprKind::Yield(v) => match v {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, PR_TEST);
                out.push(')');
            }
        },
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, PR_TEST);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open(out, level > PR_CMP);
            expr(out, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(op.symbol());
                out.push(' ');
                expr(out, c, PR_CMP + 1);
            }
            close(out, level > PR_CMP);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, PR_ATOM);
            let lone_genexp = args.len() == 1
                && keywords.is_empty()
                && matches!(&args[0].kind, ExprKind::Comprehension(c) if c.kind == CompKind::Generator);
            if lone_genexp {
                expr(out, &args[0], PR_TEST);
                return;
            }
            out.push('(');
            joined(out, args, PR_TEST);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, PR_TEST);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => {
            out.push('f');
            let mut body = String::new();
            fstring_part(&mut body, e);
            out.push_str(&str_repr(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, PR_ATOM);
            // `1 .real`: a decimal integer would swallow the dot.
            if let ExprKind::Constant(Constant::Int(_)) = &value.kind {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, index, .. } => {
            expr(out, value, PR_ATOM);
            out.push('[');
            match &index.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    joined(out, elts, PR_TEST);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, index, PR_TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, PR_BOR);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            joined(out, elts, PR_TEST);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > PR_TUPLE);
            joined(out, elts, PR_TEST);
            if elts.len() == 1 {
                out.push(',');
            }
            close(out, level > PR_TUPLE);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, PR_TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, PR_TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, PR_TEST);
            }
        }
    }
}

/// The inside of an f-string: literal text with braces doubled, and
/// replacement fields.
fn fstring_part(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::JoinedStr(parts) => {
            for p in parts {
                fstring_part(out, p);
            }
        }
        ExprKind::Constant(Constant::Str(s)) => {
            out.push_str(&s.replace('{', "{{").replace('}', "}}"));
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            spec,
        } => {
            let mut inner = String::new();
            expr(&mut inner, value, PR_TEST + 1);
            out.push('{');
            if inner.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&inner);
            if let Some(c) = conversion {
                out.push('!');
                out.push(*c);
            }
            if let Some(s) = spec {
                out.push(':');
                fstring_part(out, s);
            }
            out.push('}');
        }
        _ => {
            let mut inner = String::new();
            expr(&mut inner, e, PR_TEST + 1);
            out.push_str(&inner);
        }
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::Float(f) => out.push_str(&real(*f)),
        Constant::Complex { re, im } => {
            // complex's repr: no ".0" on integral parts.
            let part = |f: f64| {
                let s = real(f);
                s.strip_suffix(".0").map_or(s.clone(), str::to_string)
            };
            if *re == 0.0 && re.is_sign_positive() {
                out.push_str(&part(*im));
                out.push('j');
            } else {
                out.push('(');
                out.push_str(&part(*re));
                out.push_str(if im.is_sign_negative() { "-" } else { "+" });
                out.push_str(&part(im.abs()));
                out.push_str("j)");
            }
        }
        Constant::Ellipsis => out.push_str("..."),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant(out, item);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
    }
}

/// Infinities are written as an overflowing literal, as CPython does.
fn real(f: f64) -> String {
    if f.is_infinite() {
        "1e309".to_string()
    } else {
        float::repr(f)
    }
}

fn parameters(out: &mut String, p: &Parameters) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let param = |out: &mut String, p: &Param| {
        out.push_str(&p.name);
        if let Some(d) = &p.default {
            out.push('=');
            expr(out, d, PR_TEST);
        }
    };
    for a in &p.posonly {
        sep(out);
        param(out, a);
    }
    if !p.posonly.is_empty() {
        sep(out);
        out.push('/');
    }
    for a in &p.args {
        sep(out);
        param(out, a);
    }
    if let Some(v) = &p.vararg {
        sep(out);
        out.push('*');
        out.push_str(&v.name);
    } else if !p.kwonly.is_empty() {
        sep(out);
        out.push('*');
    }
    for a in &p.kwonly {
        sep(out);
        param(out, a);
    }
    if let Some(k) = &p.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.name);
    }
}
