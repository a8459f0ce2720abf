//! Int arithmetic with Python's semantics on i64 machine values, shared
//! by compiled loops and compiled functions. Where the result would leave
//! i64 or the operation raises, the caller's [`Guards`] decide what native
//! code does instead (leave to the interpreter).

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, types, InstBuilder};
use cranelift_frontend::FunctionBuilder;
use slotpy_runtime::frontend::ast::{BinOp, CmpOp};

/// Where int arithmetic is lowered, and what happens when it cannot
/// finish natively.
pub trait Guards<'f> {
    fn fb(&mut self) -> &mut FunctionBuilder<'f>;
    /// Leaves native code when `cond` holds: the operation raises
    /// (`raises`) or its result does not fit in an i64.
    fn fail_if(&mut self, cond: ir::Value, raises: bool);
}

/// The condition code of an int comparison.
pub fn int_cc(op: CmpOp) -> IntCC {
    match op {
        CmpOp::Eq => IntCC::Equal,
        CmpOp::NotEq => IntCC::NotEqual,
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::LtE => IntCC::SignedLessThanOrEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        _ => IntCC::SignedGreaterThanOrEqual,
    }
}

/// `a op b` for ints (`k`: `b`'s value when a constant).
pub fn int_binary<'f>(
    g: &mut impl Guards<'f>,
    op: BinOp,
    a: ir::Value,
    b: ir::Value,
    k: Option<i64>,
) -> ir::Value {
    match op {
        // With a constant operand, overflow is a comparison the
        // branch can fuse with.
        BinOp::Add | BinOp::Sub if k.is_some() => {
            let c = k.unwrap_or_default();
            let c = if op == BinOp::Sub {
                c.checked_neg()
            } else {
                Some(c)
            };
            match c {
                Some(c) => {
                    let of = if c >= 0 {
                        g.fb()
                            .ins()
                            .icmp_imm_s(IntCC::SignedGreaterThan, a, i64::MAX - c)
                    } else {
                        g.fb()
                            .ins()
                            .icmp_imm_s(IntCC::SignedLessThan, a, i64::MIN - c)
                    };
                    g.fail_if(of, false);
                    g.fb().ins().iadd_imm_s(a, c)
                }
                None => {
                    let (v, of) = g.fb().ins().ssub_overflow(a, b);
                    g.fail_if(of, false);
                    v
                }
            }
        }
        BinOp::Add => {
            let (v, of) = g.fb().ins().sadd_overflow(a, b);
            g.fail_if(of, false);
            v
        }
        BinOp::Sub => {
            let (v, of) = g.fb().ins().ssub_overflow(a, b);
            g.fail_if(of, false);
            v
        }
        BinOp::Mul => {
            let (v, of) = g.fb().ins().smul_overflow(a, b);
            g.fail_if(of, false);
            v
        }
        BinOp::BitAnd => g.fb().ins().band(a, b),
        BinOp::BitOr => g.fb().ins().bor(a, b),
        BinOp::BitXor => g.fb().ins().bxor(a, b),
        BinOp::FloorDiv | BinOp::Mod => {
            let zero = g.fb().ins().icmp_imm_s(IntCC::Equal, b, 0);
            g.fail_if(zero, true);
            let is_min = g.fb().ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
            let is_m1 = g.fb().ins().icmp_imm_s(IntCC::Equal, b, -1);
            let both = g.fb().ins().band(is_min, is_m1);
            g.fail_if(both, false);
            let q = g.fb().ins().sdiv(a, b);
            let r = g.fb().ins().srem(a, b);
            // Python rounds towards negative infinity: adjust when the
            // remainder is non-zero and its sign differs from b's.
            let nz = g.fb().ins().icmp_imm_s(IntCC::NotEqual, r, 0);
            let x = g.fb().ins().bxor(r, b);
            let neg = g.fb().ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
            let adjust = g.fb().ins().band(nz, neg);
            let adj = g.fb().ins().uextend(types::I64, adjust);
            if op == BinOp::FloorDiv {
                g.fb().ins().isub(q, adj)
            } else {
                let add = g.fb().ins().imul(adj, b);
                g.fb().ins().iadd(r, add)
            }
        }
        BinOp::LShift => {
            let neg = g.fb().ins().icmp_imm_s(IntCC::SignedLessThan, b, 0);
            g.fail_if(neg, true);
            let wide = g.fb().ins().icmp_imm_s(IntCC::SignedGreaterThan, b, 63);
            g.fail_if(wide, false);
            let v = g.fb().ins().ishl(a, b);
            let back = g.fb().ins().sshr(v, b);
            let lost = g.fb().ins().icmp(IntCC::NotEqual, back, a);
            g.fail_if(lost, false);
            v
        }
        BinOp::RShift => {
            let neg = g.fb().ins().icmp_imm_s(IntCC::SignedLessThan, b, 0);
            g.fail_if(neg, true);
            let c63 = g.fb().ins().iconst(types::I64, 63);
            let s = g.fb().ins().umin(b, c63);
            g.fb().ins().sshr(a, s)
        }
        _ => unreachable!("binary_result admits only the operators above"),
    }
}
