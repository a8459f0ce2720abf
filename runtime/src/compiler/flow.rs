//! Definite-assignment analysis over finished bytecode.
//!
//! The code generator puts a `CheckBound` before every read of a local
//! variable. This pass proves, with a forward must-analysis over the
//! control-flow graph (including the edges into exception handlers), which
//! of them can never fail and deletes those, as CPython's compiler chooses
//! between LOAD_FAST and LOAD_FAST_CHECK. Writes through PEP 667's frame
//! proxy can only bind variables, never unbind them, so the proof holds.

use crate::bytecode::instr::{Instr, Label, Reg};

#[derive(Clone, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn empty(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn get(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn clear(&mut self, i: usize) {
        self.0[i / 64] &= !(1 << (i % 64));
    }
    /// Intersects in place; true if anything changed.
    fn meet(&mut self, other: &Bits) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let n = *a & *b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }
}

pub fn remove_redundant_checks(
    instrs: &mut Vec<Instr>,
    lines: &mut Vec<u32>,
    instr_handler: &mut Vec<Option<u32>>,
    handlers: &mut [(Label, Reg)],
    nparams: usize,
    consts: std::ops::Range<usize>,
) {
    let n = instrs.len();
    if n == 0 || !instrs.iter().any(|i| matches!(i, Instr::CheckBound { .. })) {
        return;
    }
    // Every register is tracked, temporaries included: comprehensions save
    // a variable into a temporary and restore it, possibly unbound.
    let nregs = consts.end;
    let mut state: Vec<Option<Bits>> = vec![None; n + 1];
    let mut entry = Bits::empty(nregs);
    for p in 0..nparams {
        entry.set(p);
    }
    for c in consts {
        entry.set(c);
    }
    state[0] = Some(entry);
    let mut work = vec![0usize];
    let mut queued = vec![false; n + 1];
    queued[0] = true;
    while let Some(i) = work.pop() {
        queued[i] = false;
        if i >= n {
            continue;
        }
        let input = state[i].clone().expect("visited");
        let mut out = input.clone();
        let instr = &instrs[i];
        match *instr {
            Instr::CheckBound { reg } => out.set(reg.idx()),
            Instr::DeleteFast { reg } | Instr::Clear { reg } => out.clear(reg.idx()),
            Instr::Move { dst, src } => {
                if input.get(src.idx()) {
                    out.set(dst.idx());
                } else {
                    out.clear(dst.idx());
                }
            }
            _ => instr.for_each_write(|r| out.set(r.idx())),
        }
        // The exception edge leaves before the instruction's effect and
        // delivers the exception in the handler's register.
        let on_exc = instr_handler[i].map(|h| {
            let (label, exc) = handlers[h as usize];
            let mut st = input.clone();
            st.set(exc.idx());
            (label.0 as usize, st)
        });
        let mut succs: Vec<(usize, &Bits)> = Vec::with_capacity(3);
        if !instr.is_terminal() {
            succs.push((i + 1, &out));
        }
        if let Some(t) = instr.target() {
            // An exhausted ForIter jumps without writing its target.
            let taken = if matches!(instr, Instr::ForIter { .. }) {
                &input
            } else {
                &out
            };
            succs.push((t.0 as usize, taken));
        }
        if let Some((l, st)) = &on_exc {
            succs.push((*l, st));
        }
        for (s, st) in succs {
            let changed = match &mut state[s] {
                None => {
                    state[s] = Some(st.clone());
                    true
                }
                Some(existing) => existing.meet(st),
            };
            if changed && !queued[s] {
                queued[s] = true;
                work.push(s);
            }
        }
    }
    let remove: Vec<bool> = (0..n)
        .map(|i| match instrs[i] {
            Instr::CheckBound { reg } => state[i].as_ref().is_some_and(|s| s.get(reg.idx())),
            _ => false,
        })
        .collect();
    if !remove.iter().any(|&r| r) {
        return;
    }
    // new_pc[i]: where old instruction i (or the next kept one) ends up.
    let mut new_pc = vec![0u32; n + 1];
    let mut k = 0u32;
    for i in 0..n {
        new_pc[i] = k;
        if !remove[i] {
            k += 1;
        }
    }
    new_pc[n] = k;
    let mut out_i = Vec::with_capacity(k as usize);
    let mut out_l = Vec::with_capacity(k as usize);
    let mut out_h = Vec::with_capacity(k as usize);
    for i in 0..n {
        if remove[i] {
            continue;
        }
        let mut ins = instrs[i];
        if let Some(t) = ins.target_mut() {
            *t = Label(new_pc[t.0 as usize]);
        }
        out_i.push(ins);
        out_l.push(lines[i]);
        out_h.push(instr_handler[i]);
    }
    for (l, _) in handlers.iter_mut() {
        *l = Label(new_pc[l.0 as usize]);
    }
    *instrs = out_i;
    *lines = out_l;
    *instr_handler = out_h;
}
