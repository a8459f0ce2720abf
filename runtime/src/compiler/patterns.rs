//! `match` statements: patterns compiled to tests and jumps.
//!
//! Captures are stored as soon as their sub-pattern matches; a case whose
//! pattern fails later may leave some of its names bound, which CPython
//! also permits ("names bound during a failed match may remain bound").

use super::codegen::Compiler;
use crate::bytecode::instr::*;
use crate::frontend::ast::*;
use crate::frontend::SyntaxErr;
use crate::value::Value;

type CResult<T> = Result<T, SyntaxErr>;

pub(super) fn compile_match<'a>(
    c: &mut Compiler<'a>,
    subject: &'a Expr,
    cases: &'a [MatchCase],
) -> CResult<()> {
    let subj = c.p_expr(subject)?;
    let subj = c.p_stable(subj);
    let end = c.p_label();
    for (i, case) in cases.iter().enumerate() {
        let irrefutable = is_irrefutable(&case.pattern);
        if irrefutable && case.guard.is_none() && i + 1 != cases.len() {
            let msg = match &case.pattern.kind {
                PatternKind::As { name: Some(n), .. } => {
                    format!("name capture '{n}' makes remaining patterns unreachable")
                }
                _ => "wildcard makes remaining patterns unreachable".to_string(),
            };
            return Err(c.p_err(&msg, case.pattern.loc));
        }
        check_names(c, &case.pattern, &mut Vec::new())?;
        let next = c.p_label();
        c.p_line(case.pattern.loc.line);
        let mark = c.p_mark();
        pattern(c, &case.pattern, subj, next)?;
        if let Some(g) = &case.guard {
            c.p_cond_jump(g, false, next)?;
        }
        c.p_release(mark);
        c.p_stmts(&case.body)?;
        c.p_emit(Instr::Jump { target: Label(end) });
        c.p_bind(next);
    }
    c.p_bind(end);
    Ok(())
}

/// The compile-time checks CPython makes on a pattern: each name bound
/// once, alternatives binding the same names, no duplicate literal keys.
/// Appends the names `p` binds to `names`.
fn check_names(c: &Compiler, p: &Pattern, names: &mut Vec<Ident>) -> CResult<()> {
    let bind = |n: &Ident, names: &mut Vec<Ident>| {
        if names.contains(n) {
            return Err(c.p_err(
                &format!("multiple assignments to name '{n}' in pattern"),
                p.loc,
            ));
        }
        names.push(n.clone());
        Ok(())
    };
    match &p.kind {
        PatternKind::Value(_) | PatternKind::Singleton(_) => {}
        PatternKind::Star(n) => {
            if let Some(n) = n {
                bind(n, names)?;
            }
        }
        PatternKind::As { pattern, name } => {
            if let Some(sub) = pattern {
                check_names(c, sub, names)?;
            }
            if let Some(n) = name {
                bind(n, names)?;
            }
        }
        PatternKind::Sequence(items) => {
            for it in items {
                check_names(c, it, names)?;
            }
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut seen: Vec<String> = Vec::new();
            for k in keys {
                if let Some(r) = literal_key_repr(k) {
                    if seen.contains(&r) {
                        return Err(c.p_err(
                            &format!("mapping pattern checks duplicate key ({r})"),
                            p.loc,
                        ));
                    }
                    seen.push(r);
                }
            }
            for sub in patterns {
                check_names(c, sub, names)?;
            }
            if let Some(n) = rest {
                bind(n, names)?;
            }
        }
        PatternKind::Class {
            patterns,
            kwd_patterns,
            ..
        } => {
            for sub in patterns.iter().chain(kwd_patterns) {
                check_names(c, sub, names)?;
            }
        }
        PatternKind::Or(alts) => {
            let mut first: Option<Vec<Ident>> = None;
            for alt in alts {
                let mut own = Vec::new();
                check_names(c, alt, &mut own)?;
                match &first {
                    None => first = Some(own),
                    Some(f) => {
                        if f.len() != own.len() || !own.iter().all(|n| f.contains(n)) {
                            return Err(
                                c.p_err("alternative patterns bind different names", alt.loc)
                            );
                        }
                    }
                }
            }
            for n in first.unwrap_or_default() {
                bind(&n, names)?;
            }
        }
    }
    Ok(())
}

/// The repr of a literal mapping-pattern key, for duplicate detection.
fn literal_key_repr(k: &Expr) -> Option<String> {
    match &k.kind {
        ExprKind::Constant(v) => Some(match v {
            Constant::None => "None".into(),
            Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
            Constant::Str(s) => crate::interp::format::str_repr(s),
            Constant::Bytes(b) => crate::interp::format::bytes_repr(b),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => crate::objects::float::repr(*f),
            _ => return None,
        }),
        ExprKind::UnaryOp { operand, .. } => literal_key_repr(operand).map(|r| format!("-{r}")),
        _ => None,
    }
}

fn is_irrefutable(p: &Pattern) -> bool {
    match &p.kind {
        PatternKind::As { pattern: None, .. } => true,
        PatternKind::As {
            pattern: Some(p), ..
        } => is_irrefutable(p),
        PatternKind::Or(ps) => ps.iter().any(is_irrefutable),
        _ => false,
    }
}

fn jump_if_false(c: &mut Compiler, cond: Reg, fail: u32) {
    c.p_emit(Instr::JumpIfFalse {
        cond,
        target: Label(fail),
    });
}

/// Matches `subj` against `p`, jumping to `fail` when it does not match.
fn pattern<'a>(c: &mut Compiler<'a>, p: &'a Pattern, subj: Reg, fail: u32) -> CResult<()> {
    c.p_line(p.loc.line);
    match &p.kind {
        PatternKind::Value(e) => {
            let v = c.p_expr(e)?;
            let t = c.p_temp();
            c.p_emit(Instr::Compare {
                op: CmpOp::Eq,
                dst: t,
                lhs: subj,
                rhs: v,
            });
            jump_if_false(c, t, fail);
        }
        PatternKind::Singleton(k) => {
            let v = match k {
                Constant::None => c.p_none(),
                Constant::Bool(b) => c.p_const(Value::bool(*b)),
                _ => c.p_none(),
            };
            let t = c.p_temp();
            c.p_emit(Instr::Compare {
                op: CmpOp::Is,
                dst: t,
                lhs: subj,
                rhs: v,
            });
            jump_if_false(c, t, fail);
        }
        PatternKind::As { pattern: sub, name } => {
            if let Some(sub) = sub {
                pattern(c, sub, subj, fail)?;
            }
            if let Some(n) = name {
                c.p_store_name(n, subj);
            }
        }
        PatternKind::Star(_) => return Err(c.p_err("can't use starred name here", p.loc)),
        PatternKind::Or(alts) => {
            let ok = c.p_label();
            for (i, alt) in alts.iter().enumerate() {
                if i + 1 == alts.len() {
                    pattern(c, alt, subj, fail)?;
                } else {
                    let next = c.p_label();
                    pattern(c, alt, subj, next)?;
                    c.p_emit(Instr::Jump { target: Label(ok) });
                    c.p_bind(next);
                }
            }
            c.p_bind(ok);
        }
        PatternKind::Sequence(items) => {
            let t = c.p_temp();
            c.p_emit(Instr::MatchSequence { dst: t, subj });
            jump_if_false(c, t, fail);
            let star = items
                .iter()
                .position(|i| matches!(i.kind, PatternKind::Star(_)));
            let n = items.len();
            let len = c.p_temp();
            c.p_emit(Instr::GetLen {
                dst: len,
                src: subj,
            });
            let want = c.p_const(Value::Int(if star.is_some() {
                n as i64 - 1
            } else {
                n as i64
            }));
            c.p_emit(Instr::CompareJumpIfFalse {
                op: if star.is_some() {
                    CmpOp::GtE
                } else {
                    CmpOp::Eq
                },
                lhs: len,
                rhs: want,
                target: Label(fail),
            });
            let dst = c.p_temps(n);
            match star {
                None => c.p_emit(Instr::UnpackSequence {
                    src: subj,
                    dst,
                    count: n as u16,
                }),
                Some(k) => c.p_emit(Instr::UnpackEx {
                    src: subj,
                    dst,
                    before: k as u8,
                    after: (n - k - 1) as u8,
                }),
            }
            for (i, item) in items.iter().enumerate() {
                match &item.kind {
                    PatternKind::Star(Some(name)) => c.p_store_name(name, dst.offset(i)),
                    PatternKind::Star(None) => {}
                    _ => pattern(c, item, dst.offset(i), fail)?,
                }
            }
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let t = c.p_temp();
            c.p_emit(Instr::MatchMapping { dst: t, subj });
            jump_if_false(c, t, fail);
            let n = keys.len();
            let kstart = c.p_temps(n);
            for (i, k) in keys.iter().enumerate() {
                c.p_expr_into(k, kstart.offset(i))?;
            }
            let ktuple = c.p_temp();
            c.p_emit(Instr::BuildTuple {
                dst: ktuple,
                start: kstart,
                count: n as u16,
            });
            let vals = c.p_temp();
            c.p_emit(Instr::MatchKeys {
                dst: vals,
                subj,
                keys: ktuple,
            });
            let none = c.p_none();
            let isnone = c.p_temp();
            c.p_emit(Instr::Compare {
                op: CmpOp::IsNot,
                dst: isnone,
                lhs: vals,
                rhs: none,
            });
            jump_if_false(c, isnone, fail);
            let vdst = c.p_temps(n);
            c.p_emit(Instr::UnpackSequence {
                src: vals,
                dst: vdst,
                count: n as u16,
            });
            for (i, sub) in patterns.iter().enumerate() {
                pattern(c, sub, vdst.offset(i), fail)?;
            }
            if let Some(r) = rest {
                let d = c.p_temp();
                c.p_emit(Instr::CopyDictWithout {
                    dst: d,
                    src: subj,
                    keys: ktuple,
                });
                c.p_store_name(r, d);
            }
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let cr = c.p_expr(cls)?;
            let cr = c.p_stable(cr);
            let names: Vec<Value> = kwd_attrs.iter().map(|a| Value::str(a)).collect();
            let kwnames = c.p_const_idx(Value::tuple(names));
            let vals = c.p_temp();
            c.p_emit(Instr::MatchClass {
                dst: vals,
                subj,
                cls: cr,
                nargs: patterns.len() as u16,
                kwnames,
            });
            let none = c.p_none();
            let ok = c.p_temp();
            c.p_emit(Instr::Compare {
                op: CmpOp::IsNot,
                dst: ok,
                lhs: vals,
                rhs: none,
            });
            jump_if_false(c, ok, fail);
            let n = patterns.len() + kwd_patterns.len();
            let vdst = c.p_temps(n);
            c.p_emit(Instr::UnpackSequence {
                src: vals,
                dst: vdst,
                count: n as u16,
            });
            for (i, sub) in patterns.iter().chain(kwd_patterns).enumerate() {
                pattern(c, sub, vdst.offset(i), fail)?;
            }
        }
    }
    Ok(())
}
