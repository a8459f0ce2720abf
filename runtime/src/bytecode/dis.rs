//! `slotpy dis`: a readable listing of register code.
//!
//! Each code object gets a header with its tier (and, for `name` code, why
//! it is in that tier), its register map, constants and names, then one
//! instruction per line with the source line. Operands are shown by what
//! they are: a local variable by its name (reading it costs nothing), a
//! constant by its value, a temporary as `rN`, a namespace key in quotes.
//! The instructions that touch dicts by name (`LoadName`, `StoreName`,
//! `LoadGlobal`...) are the cost of the `name` tier made visible.

use super::code::{CodeKind, CodeObject, RegKind, Tier};
use super::instr::{Instr, Reg};
use crate::value::Value;
use std::fmt::Write;

/// Why a code object runs in its tier, in words.
pub fn tier_reason(code: &CodeObject) -> &'static str {
    match (code.tier, code.kind) {
        (Tier::Fast, _) => "function body: locals are registers",
        (Tier::Name, _) if code.forced_name => "function body forced by --tier=name",
        (Tier::Name, CodeKind::Module) => "module code",
        (Tier::Name, CodeKind::Class) => "class body",
        (Tier::Name, CodeKind::Exec | CodeKind::Interactive) => "exec/compile source",
        (Tier::Name, CodeKind::Eval) => "eval source",
        (Tier::Name, _) => "namespace code",
    }
}

/// The listing of `code` and every code object nested in it.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in code.consts.iter() {
        if let Value::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn const_text(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => crate::objects::float::repr(f.get()),
        Value::Str(s) => crate::interp::format::str_repr(s.as_str()),
        Value::Bytes(b) => crate::interp::format::bytes_repr(&b.data),
        Value::Ellipsis => "...".into(),
        Value::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_text).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Value::Code(c) => format!("<code {}>", c.qualname.as_str()),
        _ => "<const>".into(),
    }
}

struct Names<'a> {
    code: &'a CodeObject,
}

impl Names<'_> {
    fn reg(&self, r: Reg) -> String {
        if r.is_none() {
            return "-".into();
        }
        let i = r.idx();
        let c = self.code;
        if i < c.vars.len() {
            let v = &c.vars[i];
            return match v.kind {
                RegKind::Local | RegKind::Hidden => v.name.as_str().to_string(),
                RegKind::Cell => format!("cell:{}", v.name.as_str()),
                RegKind::Free => format!("free:{}", v.name.as_str()),
            };
        }
        let cb = c.const_base.idx();
        if i >= cb && i - cb < c.consts.len() {
            return const_text(&c.consts[i - cb]);
        }
        format!("r{i}")
    }

    fn window(&self, start: Reg, count: usize) -> String {
        let regs: Vec<String> = (0..count).map(|k| self.reg(start.offset(k))).collect();
        regs.join(", ")
    }

    fn name(&self, n: super::instr::NameIdx) -> String {
        format!("'{}'", self.code.names[n.0 as usize].as_str())
    }
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} ({}) tier={}  [{}]  {}:{}",
        code.qualname.as_str(),
        kind_name(code.kind),
        code.tier.as_str(),
        tier_reason(code),
        code.filename,
        code.firstlineno
    );
    let n = Names { code };
    let mut regs = Vec::new();
    for (i, v) in code.vars.iter().enumerate() {
        let kind = match v.kind {
            RegKind::Local => "",
            RegKind::Hidden => " (comprehension)",
            RegKind::Cell => " (cell)",
            RegKind::Free => " (free)",
        };
        regs.push(format!("r{i}={}{kind}", v.name.as_str()));
    }
    let ntemps = code.const_base.idx() - code.vars.len();
    if ntemps > 0 {
        regs.push(format!(
            "r{}..r{} temporaries",
            code.vars.len(),
            code.const_base.idx() - 1
        ));
    }
    let _ = writeln!(
        out,
        "  registers: {}",
        if regs.is_empty() {
            "none".into()
        } else {
            regs.join("  ")
        }
    );
    if !code.consts.is_empty() {
        let consts: Vec<String> = code
            .consts
            .iter()
            .enumerate()
            .map(|(i, c)| format!("r{}={}", code.const_base.idx() + i, const_text(c)))
            .collect();
        let _ = writeln!(out, "  constants: {}", consts.join("  "));
    }
    if !code.names.is_empty() {
        let names: Vec<&str> = code.names.iter().map(|s| s.as_str()).collect();
        let _ = writeln!(out, "  names: {}", names.join(" "));
    }
    let mut handler_at = std::collections::HashMap::new();
    for e in code.exc_table.iter() {
        handler_at.insert(e.handler.0 as usize, ());
    }
    for (pc, ins) in code.instrs.iter().enumerate() {
        let text = format_instr(&n, ins);
        let mark = if handler_at.contains_key(&pc) {
            ">>"
        } else {
            "  "
        };
        let _ = writeln!(out, "  {:>5} {mark}{:>4}  {}", code.lines[pc], pc, text);
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "  exception table:");
        for e in code.exc_table.iter() {
            let _ = writeln!(
                out,
                "    {} to {} -> {} ({})",
                e.start.0,
                e.end.0.saturating_sub(1),
                e.handler.0,
                n.reg(e.exc)
            );
        }
    }
}

pub fn kind_name(k: CodeKind) -> &'static str {
    match k {
        CodeKind::Module => "module",
        CodeKind::Class => "class body",
        CodeKind::Function => "function",
        CodeKind::Lambda => "lambda",
        CodeKind::GenExpr => "generator expression",
        CodeKind::Exec => "exec",
        CodeKind::Eval => "eval",
        CodeKind::Interactive => "interactive",
    }
}

fn format_instr(n: &Names, ins: &Instr) -> String {
    use Instr::*;
    let r = |x: Reg| n.reg(x);
    let op = |name: &str, rest: String| format!("{name:<18} {rest}");
    match *ins {
        Nop => "Nop".into(),
        Move { dst, src } => op("Move", format!("{} <- {}", r(dst), r(src))),
        LoadName { dst, name } => op(
            "LoadName",
            format!(
                "{} <- {}  (locals, globals, builtins)",
                r(dst),
                n.name(name)
            ),
        ),
        StoreName { name, src } => op("StoreName", format!("{} <- {}", n.name(name), r(src))),
        DeleteName { name } => op("DeleteName", n.name(name)),
        LoadLocal { dst, name } => op(
            "LoadLocal",
            format!("{} <- {}  (locals dict)", r(dst), n.name(name)),
        ),
        StoreLocal { name, src } => op("StoreLocal", format!("{} <- {}", n.name(name), r(src))),
        DeleteLocal { name } => op("DeleteLocal", n.name(name)),
        LoadGlobal { dst, name } => op(
            "LoadGlobal",
            format!("{} <- {}  (globals, builtins)", r(dst), n.name(name)),
        ),
        StoreGlobal { name, src } => op("StoreGlobal", format!("{} <- {}", n.name(name), r(src))),
        DeleteGlobal { name } => op("DeleteGlobal", n.name(name)),
        LoadClassDeref { dst, name, cell } => op(
            "LoadClassDeref",
            format!("{} <- {} or {}", r(dst), n.name(name), r(cell)),
        ),
        LoadDeref { dst, cell } => op("LoadDeref", format!("{} <- {}", r(dst), r(cell))),
        StoreDeref { cell, src } => op("StoreDeref", format!("{} <- {}", r(cell), r(src))),
        DeleteDeref { cell } => op("DeleteDeref", r(cell)),
        CheckBound { reg } => op("CheckBound", r(reg)),
        DeleteFast { reg } => op("DeleteFast", r(reg)),
        Clear { reg } => op("Clear", r(reg)),
        Binary {
            op: o,
            dst,
            lhs,
            rhs,
        } => op(
            "Binary",
            format!("{} <- {} {} {}", r(dst), r(lhs), o.symbol(), r(rhs)),
        ),
        InPlace {
            op: o,
            dst,
            lhs,
            rhs,
        } => op(
            "InPlace",
            format!("{} <- {} {}= {}", r(dst), r(lhs), o.symbol(), r(rhs)),
        ),
        Unary { op: o, dst, src } => {
            let s = match o {
                super::instr::UnaryOpKind::Neg => "-",
                super::instr::UnaryOpKind::Pos => "+",
                super::instr::UnaryOpKind::Invert => "~",
            };
            op("Unary", format!("{} <- {}{}", r(dst), s, r(src)))
        }
        Not { dst, src } => op("Not", format!("{} <- not {}", r(dst), r(src))),
        Compare {
            op: o,
            dst,
            lhs,
            rhs,
        } => op(
            "Compare",
            format!("{} <- {} {} {}", r(dst), r(lhs), o.symbol(), r(rhs)),
        ),
        Jump { target } => op("Jump", format!("-> {}", target.0)),
        JumpIfTrue { cond, target } => op("JumpIfTrue", format!("{} -> {}", r(cond), target.0)),
        JumpIfFalse { cond, target } => op("JumpIfFalse", format!("{} -> {}", r(cond), target.0)),
        CompareJumpIfFalse {
            op: o,
            lhs,
            rhs,
            target,
        } => op(
            "CompareJumpIfFalse",
            format!("{} {} {} else -> {}", r(lhs), o.symbol(), r(rhs), target.0),
        ),
        GetIter { dst, src } => op("GetIter", format!("{} <- iter({})", r(dst), r(src))),
        ForIter { iter, dst, exit } => op(
            "ForIter",
            format!("{} <- next({}) else -> {}", r(dst), r(iter), exit.0),
        ),
        Return { src } => op("Return", r(src)),
        BuildList { dst, start, count } => op(
            "BuildList",
            format!("{} <- [{}]", r(dst), n.window(start, count as usize)),
        ),
        BuildTuple { dst, start, count } => op(
            "BuildTuple",
            format!("{} <- ({})", r(dst), n.window(start, count as usize)),
        ),
        BuildSet { dst, start, count } => op(
            "BuildSet",
            format!("{} <- {{{}}}", r(dst), n.window(start, count as usize)),
        ),
        BuildMap { dst, start, count } => op(
            "BuildMap",
            format!("{} <- {{{}}}", r(dst), n.window(start, 2 * count as usize)),
        ),
        BuildSlice { dst, start } => op(
            "BuildSlice",
            format!("{} <- slice({})", r(dst), n.window(start, 3)),
        ),
        BuildString { dst, start, count } => op(
            "BuildString",
            format!("{} <- concat({})", r(dst), n.window(start, count as usize)),
        ),
        FormatValue {
            dst,
            src,
            conv,
            spec,
        } => {
            let c = if conv == 0 {
                String::new()
            } else {
                format!("!{}", conv as char)
            };
            op(
                "FormatValue",
                format!("{} <- format({}{}, {})", r(dst), r(src), c, r(spec)),
            )
        }
        ListAppend { list, item } => op("ListAppend", format!("{}.append({})", r(list), r(item))),
        ListExtend { list, src, .. } => op("ListExtend", format!("{}.extend({})", r(list), r(src))),
        SetAdd { set, item } => op("SetAdd", format!("{}.add({})", r(set), r(item))),
        SetUpdate { set, src } => op("SetUpdate", format!("{}.update({})", r(set), r(src))),
        DictInsert { dict, key, value } => op(
            "DictInsert",
            format!("{}[{}] <- {}", r(dict), r(key), r(value)),
        ),
        DictUpdate { dict, src } => op("DictUpdate", format!("{}.update({})", r(dict), r(src))),
        DictMerge { dict, src, .. } => op("DictMerge", format!("{}.merge({})", r(dict), r(src))),
        ListToTuple { dst, src } => op("ListToTuple", format!("{} <- tuple({})", r(dst), r(src))),
        UnpackSequence { src, dst, count } => op(
            "UnpackSequence",
            format!("{} <- {}", n.window(dst, count as usize), r(src)),
        ),
        UnpackEx {
            src,
            dst,
            before,
            after,
        } => op(
            "UnpackEx",
            format!(
                "{} <- {} (star at {})",
                n.window(dst, before as usize + after as usize + 1),
                r(src),
                before
            ),
        ),
        GetAttr { dst, obj, name } => op(
            "GetAttr",
            format!(
                "{} <- {}.{}",
                r(dst),
                r(obj),
                &n.name(name)[1..n.name(name).len() - 1]
            ),
        ),
        SetAttr { obj, name, src } => op(
            "SetAttr",
            format!(
                "{}.{} <- {}",
                r(obj),
                &n.name(name)[1..n.name(name).len() - 1],
                r(src)
            ),
        ),
        DelAttr { obj, name } => op(
            "DelAttr",
            format!("{}.{}", r(obj), &n.name(name)[1..n.name(name).len() - 1]),
        ),
        GetItem { dst, obj, key } => op("GetItem", format!("{} <- {}[{}]", r(dst), r(obj), r(key))),
        SetItem { obj, key, src } => op("SetItem", format!("{}[{}] <- {}", r(obj), r(key), r(src))),
        DelItem { obj, key } => op("DelItem", format!("{}[{}]", r(obj), r(key))),
        Call {
            dst,
            func,
            args,
            argc,
        } => op(
            "Call",
            format!(
                "{} <- {}({})",
                r(dst),
                r(func),
                n.window(args, argc as usize)
            ),
        ),
        CallKw {
            dst,
            func,
            args,
            argc,
            kwnames,
        } => op(
            "CallKw",
            format!(
                "{} <- {}({}) kw={}",
                r(dst),
                r(func),
                n.window(args, argc as usize),
                const_text(&n.code.consts[kwnames.0 as usize])
            ),
        ),
        CallEx {
            dst,
            func,
            args,
            kwargs,
        } => op(
            "CallEx",
            format!("{} <- {}(*{}, **{})", r(dst), r(func), r(args), r(kwargs)),
        ),
        CallMethod {
            dst,
            obj,
            name,
            args,
            argc,
        } => op(
            "CallMethod",
            format!(
                "{} <- {}.{}({})",
                r(dst),
                r(obj),
                &n.name(name)[1..n.name(name).len() - 1],
                n.window(args, argc as usize)
            ),
        ),
        MakeFunction { dst, code, .. } => op(
            "MakeFunction",
            format!(
                "{} <- {}",
                r(dst),
                const_text(&n.code.consts[code.0 as usize])
            ),
        ),
        LoadBuildClass { dst } => op("LoadBuildClass", r(dst)),
        LoadLocals { dst } => op("LoadLocals", r(dst)),
        Raise { kind, exc, cause } => match kind {
            super::instr::RaiseKind::Reraise => "Raise".into(),
            _ => op(
                "Raise",
                if cause.is_none() {
                    r(exc)
                } else {
                    format!("{} from {}", r(exc), r(cause))
                },
            ),
        },
        Reraise { exc } => op("Reraise", r(exc)),
        PushExcInfo { exc } => op("PushExcInfo", r(exc)),
        PopExcInfo => "PopExcInfo".into(),
        CheckExcMatch { dst, exc, typ } => op(
            "CheckExcMatch",
            format!("{} <- isinstance({}, {})", r(dst), r(exc), r(typ)),
        ),
        RaiseAssert { msg } => op("RaiseAssert", r(msg)),
        ImportName {
            dst,
            name,
            fromlist,
            level,
        } => op(
            "ImportName",
            format!(
                "{} <- import {} from {} level {}",
                r(dst),
                n.name(name),
                r(fromlist),
                level
            ),
        ),
        ImportFrom { dst, module, name } => op(
            "ImportFrom",
            format!(
                "{} <- {}.{}",
                r(dst),
                r(module),
                &n.name(name)[1..n.name(name).len() - 1]
            ),
        ),
        ImportStar { module } => op("ImportStar", r(module)),
        SetupAnnotations => "SetupAnnotations".into(),
        PrintExpr { src } => op("PrintExpr", r(src)),
        WithEnter { exit, value, mgr } => op(
            "WithEnter",
            format!("{}, {} <- {}", r(exit), r(value), r(mgr)),
        ),
        WithExit { dst, exit, exc } => {
            op("WithExit", format!("{} <- {}({})", r(dst), r(exit), r(exc)))
        }
        MakeCell { reg } => op("MakeCell", r(reg)),
        MatchSequence { dst, subj } => op("MatchSequence", format!("{} <- {}", r(dst), r(subj))),
        MatchMapping { dst, subj } => op("MatchMapping", format!("{} <- {}", r(dst), r(subj))),
        MatchKeys { dst, subj, keys } => op(
            "MatchKeys",
            format!("{} <- {}[{}]", r(dst), r(subj), r(keys)),
        ),
        MatchClass {
            dst,
            subj,
            cls,
            nargs,
            ..
        } => op(
            "MatchClass",
            format!("{} <- {}({}) nargs={}", r(dst), r(cls), r(subj), nargs),
        ),
        CopyDictWithout { dst, src, keys } => op(
            "CopyDictWithout",
            format!("{} <- {} - {}", r(dst), r(src), r(keys)),
        ),
        GetLen { dst, src } => op("GetLen", format!("{} <- len({})", r(dst), r(src))),
        Yield { dst, src } => op("Yield", format!("{} <- yield {}", r(dst), r(src))),
        YieldFrom { dst, iter } => op("YieldFrom", format!("{} <- yield from {}", r(dst), r(iter))),
    }
}
