//! Operators: arithmetic, comparison, truth, hashing, `len` and `in`, with
//! CPython's dispatch rules (reflected operands, subclass priority,
//! NotImplemented) and error messages.

use super::vm::Vm;
use crate::bytecode::UnaryOpKind;
use crate::exc_kind::ExcKind;
use crate::frontend::ast::{BinOp, CmpOp};
use crate::objects::hashing::{self, eq_fast, hash_fast};
use crate::objects::int::{self as intops, to_big};
use crate::objects::*;
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// A number operand.
enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

fn num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(b.get() as i64)),
        Value::BigInt(b) => Some(Num::B(b)),
        Value::Float(f) => Some(Num::F(f.get())),
        _ => None,
    }
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

pub fn op_symbol(op: CmpOp) -> &'static str {
    op.symbol()
}

fn cmp_dunder(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => unreachable!("rich comparison"),
    }
}

impl Vm {
    /// A method defined by a class (not a built-in type) for `v`.
    pub fn user_special(&mut self, v: &Value, name: &'static str) -> Option<Value> {
        let t = match v {
            Value::Instance(i) => i.class(),
            Value::Type(t) => match &*t.metaclass.borrow() {
                Some(m) if !m.builtin => m.clone(),
                _ => return None,
            },
            Value::Other(o) => match &**o {
                Other::Object { class, .. } => class.clone(),
                Other::Native { .. } | Other::Complex { .. } => {
                    // Rust-implemented types keep their special methods in
                    // their class dict (searched without allocating: this
                    // runs for every step of their iterators).
                    let class = match &**o {
                        Other::Native { class, .. } => class.clone(),
                        _ => self.types.complex.clone(),
                    };
                    let n = self.intern(name);
                    if let Some(f) = class.dict.get_str(&n) {
                        return Some(f);
                    }
                    for c in class.mro.borrow().iter() {
                        if Rc::ptr_eq(c, &self.types.object) {
                            break;
                        }
                        if let Some(f) = c.dict.get_str(&n) {
                            return Some(f);
                        }
                    }
                    return None;
                }
                _ => return None,
            },
            _ => return None,
        };
        let key = name.as_ptr() as usize;
        if let Some(hit) = t.cached_special(key, self.type_epoch) {
            return hit;
        }
        let n = self.intern(name);
        let found = Self::find_special(&t, &n);
        t.store_special(key, self.type_epoch, found.clone());
        found
    }

    /// A special method along the MRO of a class: built-in types count only
    /// for the methods they define themselves (object's defaults are
    /// implemented natively).
    /// Whether a class written in Python (not a built-in type) in `t`'s
    /// MRO defines `name`: the object overrides the built-in behaviour.
    pub(crate) fn python_defines(t: &Rc<PyType>, name: &str) -> bool {
        std::iter::once(t)
            .chain(t.mro.borrow().iter())
            .any(|c| !c.builtin && c.dict.get_item_str(name).is_some())
    }

    fn find_special(t: &Rc<PyType>, n: &PyStr) -> Option<Value> {
        let check = |c: &Rc<PyType>| -> Option<Value> {
            if c.builtin && c.kind == TypeKind::Object {
                return None;
            }
            c.dict.get_str(n)
        };
        if let Some(f) = check(t) {
            return Some(f);
        }
        for c in t.mro.borrow().iter() {
            if let Some(f) = check(c) {
                return Some(f);
            }
        }
        None
    }

    /// Calls a special method found on the type, binding `obj`.
    pub fn call_special(&mut self, f: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
        // A Rust method (the special methods of Rust-implemented types)
        // is called directly, without a bound-method object.
        if let Value::Builtin(b) = f {
            if b.binding == crate::objects::function::Binding::Method && b.bound.is_none() {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend_from_slice(args);
                return (b.func)(self, &a, &[]);
            }
        }
        let bound = self.bind_descriptor(f, obj)?;
        self.call(&bound, args, &[])
    }

    /// The built-in value inside an instance of a subclass of a built-in.
    pub fn unwrap_base(v: &Value) -> Value {
        if let Value::Instance(i) = v {
            let b = i.base.borrow();
            if !b.is_unbound() {
                return b.clone();
            }
        }
        v.clone()
    }

    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = self.native_binary(op, a, b)? {
            return Ok(r);
        }
        self.user_binary(op, a, b, false)
    }

    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.collect(b)?;
                l.items_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mul, Value::List(l)) => {
                let n = self.repeat_count(b)?;
                let mut items = l.items_mut();
                let orig = items.clone();
                items.clear();
                for _ in 0..n {
                    items.extend(orig.iter().cloned());
                }
                return Ok(a.clone());
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s))
                if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
            {
                let r = self.set_binary(op, a, b)?;
                if let Value::Set(r) = r {
                    s.clear();
                    s.merge_set(&r);
                }
                return Ok(a.clone());
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                // `d |= x` takes whatever dict.update takes.
                crate::builtins::mapping::dict_fill(self, d, Some(b), &[])?;
                return Ok(a.clone());
            }
            (BinOp::BitOr, Value::Other(o))
                if matches!(&**o, crate::objects::Other::FrameLocalsProxy(_))
                    && (matches!(b, Value::Dict(_)) || Self::as_proxy(b).is_some()) =>
            {
                let Some(f) = Self::as_proxy(a) else {
                    unreachable!("checked above")
                };
                let items = match Self::as_proxy(b) {
                    Some(g) => self.proxy_items(&g),
                    None => match b {
                        Value::Dict(d) => d.items(),
                        _ => Vec::new(),
                    },
                };
                for (k, v) in items {
                    self.proxy_set(&f, k, v)?;
                }
                return Ok(a.clone());
            }
            _ => {}
        }
        if matches!(a, Value::Instance(_) | Value::Other(_)) {
            let (_, _, iname) = dunder(op);
            if let Some(f) = self.user_special(a, iname) {
                let r = self.call_special(&f, a, &[b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.native_binary(op, a, b)? {
            return Ok(r);
        }
        self.user_binary(op, a, b, true)
    }

    fn user_binary(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        let (lname, rname, _) = dunder(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let lf = self.user_special(a, lname);
        let mut rf = if Rc::ptr_eq(&ta, &tb) {
            None
        } else {
            self.user_special(b, rname)
        };
        if let Some(r) = &rf {
            // The right operand goes first when its type is a proper
            // subclass that overrides the reflected method (CPython's
            // `method_is_overloaded`).
            if tb.is_subtype(&ta)
                && !Rc::ptr_eq(&ta, &tb)
                && !self.user_special(a, rname).is_some_and(|l| l.is(r))
            {
                let res = self.call_special(r, b, &[a.clone()])?;
                if !matches!(res, Value::NotImplemented) {
                    return Ok(res);
                }
                rf = None;
            }
        }
        if let Some(l) = &lf {
            let res = self.call_special(l, a, &[b.clone()])?;
            if !matches!(res, Value::NotImplemented) {
                return Ok(res);
            }
        } else {
            let (ua, ub) = (Self::unwrap_base(a), Self::unwrap_base(b));
            if !matches!(ua, Value::Instance(_))
                && !matches!(ub, Value::Instance(_))
                && (!ua.is(a) || !ub.is(b))
            {
                if let Some(r) = self.native_binary(op, &ua, &ub)? {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = &rf {
            let res = self.call_special(r, b, &[a.clone()])?;
            if !matches!(res, Value::NotImplemented) {
                return Ok(res);
            }
        }
        if op == BinOp::BitOr {
            if let Some(u) = crate::builtins::generic_alias::union_of(self, a, b)? {
                return Ok(u);
            }
        }
        if op == BinOp::Mul {
            // Sequence repetition by an object with __index__.
            for (seq, n) in [(a, b), (b, a)] {
                let s = Self::unwrap_base(seq);
                if matches!(
                    s,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                ) && self.user_special(n, "__index__").is_some()
                {
                    let count = crate::builtins::operator::index_value(self, n)?;
                    let count = self.repeat_count(&count)?;
                    return self.repeat(&s, count);
                }
            }
        }
        Err(self.binary_type_error(op, a, b, inplace))
    }

    fn binary_type_error(
        &self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> crate::value::PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let ua = Self::unwrap_base(a);
        match (op, &ua) {
            (BinOp::Add, Value::Str(_)) if !matches!(Self::unwrap_base(b), Value::Str(_)) => {
                return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"))
            }
            (BinOp::Add, Value::Bytes(_)) => {
                return self.type_error(format!("can't concat {tb} to bytes"))
            }
            (BinOp::Add, Value::List(_)) if !matches!(b, Value::List(_)) => {
                return self.type_error(format!("can only concatenate list (not \"{tb}\") to list"))
            }
            (BinOp::Add, Value::Tuple(_)) if !matches!(b, Value::Tuple(_)) => {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{tb}\") to tuple"
                ))
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) => {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
            }
            _ => {}
        }
        if op == BinOp::Mul
            && matches!(
                Self::unwrap_base(b),
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            )
        {
            return self.type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
        }
        let sym = match op {
            BinOp::Pow if !inplace => "** or pow()".to_string(),
            _ if inplace => format!("{}=", op.symbol()),
            _ => op.symbol().to_string(),
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    /// Operators between built-in values; `None` when the combination is
    /// not built in (then dunder methods decide).
    pub fn native_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Some(Value::bool(x.get() & y.get()))),
                BinOp::BitOr => return Ok(Some(Value::bool(x.get() | y.get()))),
                BinOp::BitXor => return Ok(Some(Value::bool(x.get() ^ y.get()))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (num(a), num(b)) {
            return self.numeric(op, x, y);
        }
        use Value::*;
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Str(x), Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (BinOp::Add, List(x), List(y)) => {
                let mut v = x.snapshot();
                v.extend(y.items().iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Tuple(x), Tuple(y)) => {
                let mut v = x.as_slice().to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Add, Bytes(x), Bytes(y)) => {
                let mut v = x.data.to_vec();
                v.extend_from_slice(&y.data);
                Value::Bytes(Rc::new(PyBytes::new(v)))
            }
            (BinOp::Mul, Str(_) | List(_) | Tuple(_) | Bytes(_), Int(_) | Bool(_) | BigInt(_)) => {
                let n = self.repeat_count(b)?;
                self.repeat(a, n)?
            }
            (BinOp::Mul, Int(_) | Bool(_) | BigInt(_), Str(_) | List(_) | Tuple(_) | Bytes(_)) => {
                let n = self.repeat_count(a)?;
                self.repeat(b, n)?
            }
            (BinOp::Mod, Str(fmt), _) => return Ok(Some(self.percent_format(fmt, b)?)),
            (BinOp::Mod, Bytes(fmt), _) => {
                let out = self.bytes_percent_format(&fmt.data, b)?;
                Value::Bytes(Rc::new(PyBytes::new(out)))
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
            ) => self.set_binary(op, a, b)?,
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Other(o), _) if matches!(&**o, crate::objects::Other::DictView { kind, .. } if *kind != iter::DictIterKind::Values) =>
            {
                let l = self.view_as_set(a)?;
                let r = self.view_as_set(b)?;
                let Value::Set(_) = &l else {
                    return Ok(Option::None);
                };
                self.set_binary(op, &l, &r)?
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Set(_) | FrozenSet(_),
                Other(o),
            ) if matches!(&**o, crate::objects::Other::DictView { kind, .. } if *kind != iter::DictIterKind::Values) =>
            {
                let r = self.view_as_set(b)?;
                self.set_binary(op, a, &r)?
            }
            (BinOp::BitOr, Dict(x), Dict(y)) => {
                let d = Rc::new(x.copy());
                let dv = Value::Dict(d);
                self.dict_update(&dv, &Value::Dict(y.clone()), Option::None)?;
                dv
            }
            // PEP 667: `proxy | dict` and `dict | proxy` give dicts.
            (BinOp::BitOr, Dict(_) | Other(_), Dict(_) | Other(_)) => {
                match self.proxy_as_dict_pair(a, b) {
                    Some((x, y)) => return self.native_binary(op, &x, &y),
                    Option::None => return Ok(Option::None),
                }
            }
            _ => return Ok(Option::None),
        }))
    }

    fn numeric(&mut self, op: BinOp, a: Num, b: Num) -> PyResult<Option<Value>> {
        if let (Num::I(x), Num::I(y)) = (&a, &b) {
            if let Some(v) = super::eval::int_fast(op, *x, *y) {
                return Ok(Some(v));
            }
            if op == BinOp::Pow {
                return intops::pow_i64(*x, *y)
                    .map(Some)
                    .map_err(|e| self.native(e));
            }
        }
        let is_float = matches!(a, Num::F(_)) || matches!(b, Num::F(_));
        if is_float {
            let x = self.num_f64(&a)?;
            let y = self.num_f64(&b)?;
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div => crate::objects::float::truediv(x, y).map_err(|e| self.native(e))?,
                BinOp::FloorDiv => {
                    crate::objects::float::floordiv(x, y).map_err(|e| self.native(e))?
                }
                BinOp::Mod => crate::objects::float::modulo(x, y).map_err(|e| self.native(e))?,
                BinOp::Pow => {
                    if x == 0.0 && y < 0.0 {
                        return Err(self.err(
                            ExcKind::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
                        // A negative base to a fractional power is complex.
                        return crate::builtins::complex::power(self, (x, 0.0), (y, 0.0)).map(Some);
                    }
                    crate::objects::float::pow(x, y).map_err(|e| self.native(e))?
                }
                _ => return Ok(None),
            };
            return Ok(Some(Value::float(r)));
        }
        let x = match a {
            Num::I(i) => BigInt::from(i),
            Num::B(b) => b.clone(),
            Num::F(_) => unreachable!(),
        };
        let y = match b {
            Num::I(i) => BigInt::from(i),
            Num::B(b) => b.clone(),
            Num::F(_) => unreachable!(),
        };
        let r = match op {
            BinOp::Add => Ok(Value::from_bigint(&x + &y)),
            BinOp::Sub => Ok(Value::from_bigint(&x - &y)),
            BinOp::Mul => Ok(Value::from_bigint(&x * &y)),
            BinOp::Div => intops::truediv(&x, &y),
            BinOp::FloorDiv => intops::floordiv(&x, &y),
            BinOp::Mod => intops::modulo(&x, &y),
            BinOp::Pow => intops::pow(&x, &y),
            BinOp::LShift => intops::lshift(&x, &y),
            BinOp::RShift => intops::rshift(&x, &y),
            BinOp::BitAnd => Ok(Value::from_bigint(&x & &y)),
            BinOp::BitOr => Ok(Value::from_bigint(&x | &y)),
            BinOp::BitXor => Ok(Value::from_bigint(&x ^ &y)),
            BinOp::MatMul => return Ok(None),
        };
        r.map(Some).map_err(|e| self.native(e))
    }

    fn num_f64(&self, n: &Num) -> PyResult<f64> {
        Ok(match n {
            Num::I(i) => *i as f64,
            Num::F(f) => *f,
            Num::B(b) => intops::big_to_f64(b).map_err(|e| self.native(e))?,
        })
    }

    fn repeat_count(&self, n: &Value) -> PyResult<usize> {
        match n {
            Value::Int(i) => Ok((*i).max(0) as usize),
            Value::Bool(b) => Ok(b.get() as usize),
            Value::BigInt(b) => {
                if b.is_negative() {
                    Ok(0)
                } else {
                    Err(self.err(
                        ExcKind::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
            }
            _ => Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(n)
            ))),
        }
    }

    fn repeat(&self, seq: &Value, n: usize) -> PyResult<Value> {
        let too_big = |len: usize| len.checked_mul(n).is_none_or(|t| t > (1 << 40));
        Ok(match seq {
            Value::Str(s) => {
                if too_big(s.as_str().len()) {
                    return Err(self.err_empty(ExcKind::MemoryError));
                }
                Value::string(s.as_str().repeat(n))
            }
            Value::List(l) => {
                if too_big(l.len()) {
                    return Err(self.err_empty(ExcKind::MemoryError));
                }
                if let (1, Some(Value::Bool(b))) = (l.len(), l.get(0)) {
                    return Ok(Value::List(Rc::new(PyList::repeat_bool(b.get(), n))));
                }
                let items = l.items();
                if too_big(items.len()) {
                    return Err(self.err_empty(ExcKind::MemoryError));
                }
                let mut v = Vec::with_capacity(items.len() * n);
                if let [item] = &items[..] {
                    v.resize(n, item.clone());
                } else {
                    for _ in 0..n {
                        v.extend(items.iter().cloned());
                    }
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                if too_big(t.len()) {
                    return Err(self.err_empty(ExcKind::MemoryError));
                }
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            Value::Bytes(b) => Value::Bytes(Rc::new(PyBytes::new(b.data.repeat(n)))),
            _ => unreachable!(),
        })
    }

    pub fn unary_op(&mut self, op: UnaryOpKind, a: &Value) -> PyResult<Value> {
        match (op, a) {
            (UnaryOpKind::Neg, Value::Int(i)) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => Value::from_bigint(-BigInt::from(*i)),
                })
            }
            (UnaryOpKind::Neg, Value::Bool(b)) => return Ok(Value::Int(-(b.get() as i64))),
            (UnaryOpKind::Neg, Value::BigInt(b)) => return Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOpKind::Neg, Value::Float(f)) => return Ok(Value::float(-f.get())),
            (UnaryOpKind::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => {
                return Ok(a.clone())
            }
            (UnaryOpKind::Pos, Value::Bool(b)) => return Ok(Value::Int(b.get() as i64)),
            (UnaryOpKind::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
            (UnaryOpKind::Invert, Value::Bool(b)) => return Ok(Value::Int(!(b.get() as i64))),
            (UnaryOpKind::Invert, Value::BigInt(b)) => {
                return Ok(Value::from_bigint(-(**b).clone() - 1))
            }
            _ => {}
        }
        let (name, sym) = match op {
            UnaryOpKind::Neg => ("__neg__", "-"),
            UnaryOpKind::Pos => ("__pos__", "+"),
            UnaryOpKind::Invert => ("__invert__", "~"),
        };
        if let Some(f) = self.user_special(a, name) {
            return self.call_special(&f, a, &[]);
        }
        let base = Self::unwrap_base(a);
        if !base.is(a) {
            return self.unary_op(op, &base);
        }
        Err(self.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(a)
        )))
    }

    // ---- truth, length, hashing ----

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Unbound => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => f.get() != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) | Value::Other(_) => {
                if let Some(f) = self.user_special(v, "__bool__") {
                    let r = self.call_special(&f, v, &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                if let Some(f) = self.user_special(v, "__len__") {
                    let r = self.call_special(&f, v, &[])?;
                    return Ok(self.len_result(&r)? != 0);
                }
                let base = Self::unwrap_base(v);
                if !base.is(v) {
                    return self.truthy(&base);
                }
                if let Value::Other(o) = v {
                    match &**o {
                        Other::DictView { dict, .. } => return Ok(!dict.is_empty()),
                        Other::FrameLocalsProxy(f) => {
                            let f = f.clone();
                            return Ok(self.proxy_len(&f)? != 0);
                        }
                        _ => {}
                    }
                }
                true
            }
            _ => true,
        })
    }

    fn len_result(&self, r: &Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if *i >= 0 => Ok(*i as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b.get() as usize),
            Value::BigInt(b) if b.is_negative() => {
                Err(self.value_error("__len__() should return >= 0"))
            }
            Value::BigInt(_) => Err(self.err(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )),
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            ))),
        }
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.len(),
            Value::Bytes(b) => b.data.len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) => match r.len().to_i64() {
                Some(n) => n as usize,
                None => {
                    return Err(self.err(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ))
                }
            },
            Value::Instance(_) | Value::Other(_) | Value::Type(_) => {
                if let Some(f) = self.user_special(v, "__len__") {
                    let r = self.call_special(&f, v, &[])?;
                    return self.len_result(&r);
                }
                let base = Self::unwrap_base(v);
                if !base.is(v) {
                    return self.len(&base);
                }
                if let Value::Other(o) = v {
                    match &**o {
                        Other::DictView { dict, .. } => return Ok(dict.len()),
                        Other::FrameLocalsProxy(f) => return self.proxy_len(f),
                        _ => {}
                    }
                }
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )));
            }
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )))
            }
        })
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = hash_fast(v) {
            return Ok(h);
        }
        match v {
            Value::Instance(i) => {
                let cls = i.class();
                let n = self.intern("__hash__");
                match cls.lookup(&n) {
                    Some(Value::None) => Err(self.unhashable(v)),
                    // A built-in type's own `__hash__` (inherited from
                    // `object` or a built-in base) is handled below.
                    Some(f) if !matches!(&f, Value::Builtin(b) if b.owner_type.is_some()) => {
                        let r = self.call_special(&f, v, &[])?;
                        match r {
                            // A machine int is the hash as it is (CPython
                            // reduces only ints too big for a hash word).
                            Value::Int(i) => Ok(hashing::fix(i)),
                            Value::Bool(b) => Ok(b.get() as i64),
                            Value::BigInt(b) => Ok(hashing::hash_bigint(&b)),
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => {
                        let base = Self::unwrap_base(v);
                        if !base.is(v) {
                            return self.hash(&base);
                        }
                        Ok(hashing::fix((Rc::as_ptr(i) as usize >> 4) as i64))
                    }
                }
            }
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.len());
                for item in t.iter() {
                    hs.push(self.hash(item)?);
                }
                Ok(hashing::hash_tuple(hs.into_iter()))
            }
            Value::Range(r) => {
                // CPython hashes (len, start, step), with start and step
                // replaced by None where they do not matter.
                let len = Value::from_bigint(r.len());
                let start = Value::from_bigint(r.start());
                let step = Value::from_bigint(r.step());
                let key = match &len {
                    Value::Int(0) => vec![len, Value::None, Value::None],
                    Value::Int(1) => vec![len, start, Value::None],
                    _ => vec![len, start, step],
                };
                self.hash(&Value::tuple(key))
            }
            Value::Slice(s) => self.hash(&Value::tuple(vec![
                s.start.clone(),
                s.stop.clone(),
                s.step.clone(),
            ])),
            Value::FrozenSet(s) => {
                // CPython's frozenset hash: order-independent mix.
                let mut h: u64 = 0;
                for (eh, _) in s.entries() {
                    let x = eh as u64;
                    h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
                }
                h ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                h ^= (h >> 11) ^ (h >> 25);
                h = h.wrapping_mul(69069).wrapping_add(907133923);
                Ok(hashing::fix(h as i64))
            }
            Value::Other(o) => match &**o {
                Other::DictView { .. } | Other::FrameLocalsProxy(_) => Err(self.unhashable(v)),
                // Rust-implemented types declare themselves unhashable
                // with `__hash__ = None`, as classes do.
                Other::Native { class, .. }
                    if class
                        .lookup(&self.intern("__hash__"))
                        .is_some_and(|h| h.is_none()) =>
                {
                    Err(self.unhashable(v))
                }
                _ => Ok(hashing::fix((Rc::as_ptr(o) as usize >> 4) as i64)),
            },
            _ => Err(self.unhashable(v)),
        }
    }

    fn unhashable(&self, v: &Value) -> crate::value::PyErr {
        self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
    }

    // ---- comparison ----

    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = eq_fast(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    pub fn compare_op(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => Ok(Value::bool(a.is(b))),
            CmpOp::IsNot => Ok(Value::bool(!a.is(b))),
            CmpOp::In => Ok(Value::bool(self.contains(b, a)?)),
            CmpOp::NotIn => Ok(Value::bool(!self.contains(b, a)?)),
            _ => self.rich_compare(op, a, b),
        }
    }

    pub fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(o) = self.native_compare(op, a, b)? {
            return Ok(Value::bool(o));
        }
        if matches!(a, Value::Other(_)) || matches!(b, Value::Other(_)) {
            // PEP 667: a frame-locals proxy compares as the dict it shows.
            if let Some((x, y)) = self.proxy_as_dict_pair(a, b) {
                return self.rich_compare(op, &x, &y);
            }
        }
        let (lname, rname) = cmp_dunder(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let mut rf = self.user_special(b, rname);
        let lf = self.user_special(a, lname);
        if let Some(r) = &rf {
            if !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) {
                let res = self.call_special(r, b, &[a.clone()])?;
                if !matches!(res, Value::NotImplemented) {
                    return Ok(res);
                }
                rf = None;
            }
        }
        if let Some(l) = &lf {
            let res = self.call_special(l, a, &[b.clone()])?;
            if !matches!(res, Value::NotImplemented) {
                return Ok(res);
            }
        }
        if let Some(r) = &rf {
            let res = self.call_special(r, b, &[a.clone()])?;
            if !matches!(res, Value::NotImplemented) {
                return Ok(res);
            }
        }
        // Built-in bases of subclass instances.
        let (ua, ub) = (Self::unwrap_base(a), Self::unwrap_base(b));
        if (!ua.is(a) || !ub.is(b))
            && !matches!(ua, Value::Instance(_))
            && !matches!(ub, Value::Instance(_))
        {
            if let Some(o) = self.native_compare(op, &ua, &ub)? {
                return Ok(Value::bool(o));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::NotEq => {
                // object.__ne__ inverts __eq__.
                if let Some(l) = self.user_special(a, "__eq__") {
                    let res = self.call_special(&l, a, &[b.clone()])?;
                    if !matches!(res, Value::NotImplemented) {
                        return Ok(Value::bool(!self.truthy(&res)?));
                    }
                }
                if let Some(r) = self.user_special(b, "__eq__") {
                    let res = self.call_special(&r, b, &[a.clone()])?;
                    if !matches!(res, Value::NotImplemented) {
                        return Ok(Value::bool(!self.truthy(&res)?));
                    }
                }
                Ok(Value::bool(!a.is(b)))
            }
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                ta.name(),
                tb.name()
            ))),
        }
    }

    /// Comparisons between built-in values; `None` if not built in.
    fn native_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        use Value::*;
        let ord = match (a, b) {
            (Int(_) | Bool(_) | BigInt(_) | Float(_), Int(_) | Bool(_) | BigInt(_) | Float(_)) => {
                match num_cmp(a, b) {
                    Some(o) => o,
                    // NaN: only != holds.
                    Option::None => return Ok(Some(op == CmpOp::NotEq)),
                }
            }
            (Str(x), Str(y)) => x.as_str().cmp(y.as_str()),
            (Bytes(x), Bytes(y)) => x.data.cmp(&y.data),
            (Tuple(_), Tuple(_)) | (List(_), List(_)) => {
                let xs = seq_items(a);
                let ys = seq_items(b);
                return self.compare_sequences(op, &xs, &ys).map(Some);
            }
            (None, None) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => Ordering::Equal,
            // Bound methods are equal when they bind the same function to
            // the same object.
            (Method(x), Method(y)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                if x.func.is(&y.func) && x.receiver.is(&y.receiver) {
                    Ordering::Equal
                } else {
                    Ordering::Less
                }
            }
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                return self.compare_sets(op, x, y).map(Some);
            }
            (Dict(x), Dict(y)) => {
                return match op {
                    CmpOp::Eq => Ok(Some(self.dict_eq(x, y)?)),
                    CmpOp::NotEq => Ok(Some(!self.dict_eq(x, y)?)),
                    _ => Ok(Option::None),
                };
            }
            (Slice(x), Slice(y)) => {
                let xs = vec![x.start.clone(), x.stop.clone(), x.step.clone()];
                let ys = vec![y.start.clone(), y.stop.clone(), y.step.clone()];
                return self.compare_sequences(op, &xs, &ys).map(Some);
            }
            (Range(x), Range(y)) => {
                let same = range_eq(x, y);
                return match op {
                    CmpOp::Eq => Ok(Some(same)),
                    CmpOp::NotEq => Ok(Some(!same)),
                    _ => Ok(Option::None),
                };
            }
            (Other(x), Set(_) | FrozenSet(_)) | (Set(_) | FrozenSet(_), Other(x)) if matches!(&**x, crate::objects::Other::DictView { kind, .. } if *kind != iter::DictIterKind::Values) =>
            {
                let l = self.view_as_set(a)?;
                let r = self.view_as_set(b)?;
                let (Set(x) | FrozenSet(x)) = &l else {
                    return Ok(Option::None);
                };
                let (Set(y) | FrozenSet(y)) = &r else {
                    return Ok(Option::None);
                };
                return self.compare_sets(op, x, y).map(Some);
            }
            (Other(x), Other(y)) => {
                if let (
                    crate::objects::Other::DictView { dict: d1, kind: k1 },
                    crate::objects::Other::DictView { dict: d2, kind: k2 },
                ) = (&**x, &**y)
                {
                    if k1 == k2
                        && *k1 != iter::DictIterKind::Values
                        && matches!(op, CmpOp::Eq | CmpOp::NotEq)
                    {
                        let s1 = self.view_set(d1, *k1)?;
                        let s2 = self.view_set(d2, *k2)?;
                        let e = s1.len() == s2.len() && self.compare_sets(CmpOp::LtE, &s1, &s2)?;
                        return Ok(Some(if op == CmpOp::Eq { e } else { !e }));
                    }
                }
                return Ok(Option::None);
            }
            _ => {
                if matches!(a, Instance(_) | Other(_)) || matches!(b, Instance(_) | Other(_)) {
                    return Ok(Option::None);
                }
                return match op {
                    CmpOp::Eq => Ok(Some(a.is(b))),
                    CmpOp::NotEq => Ok(Some(!a.is(b))),
                    _ => Ok(Option::None),
                };
            }
        };
        Ok(Some(match op {
            CmpOp::Eq => ord == Ordering::Equal,
            CmpOp::NotEq => ord != Ordering::Equal,
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::LtE => ord != Ordering::Greater,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::GtE => ord != Ordering::Less,
            _ => unreachable!(),
        }))
    }

    /// A dict view or any iterable as a set value, for set operators.
    fn view_as_set(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
            _ => {
                let s = PySet::new();
                crate::builtins::set_fill(self, &s, v)?;
                Ok(Value::Set(Rc::new(s)))
            }
        }
    }

    fn view_set(&mut self, d: &PyDict, kind: iter::DictIterKind) -> PyResult<PySet> {
        let s = PySet::new();
        match kind {
            iter::DictIterKind::Keys => {
                for k in d.keys() {
                    s.add(self, k)?;
                }
            }
            _ => {
                for (k, v) in d.items() {
                    s.add(self, Value::tuple(vec![k, v]))?;
                }
            }
        }
        Ok(s)
    }

    fn compare_sequences(&mut self, op: CmpOp, xs: &[Value], ys: &[Value]) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && xs.len() != ys.len() {
            return Ok(op == CmpOp::NotEq);
        }
        self.enter_native()?;
        let r = (|| {
            for (x, y) in xs.iter().zip(ys) {
                if !self.eq(x, y)? {
                    return match op {
                        CmpOp::Eq => Ok(false),
                        CmpOp::NotEq => Ok(true),
                        _ => {
                            let r = self.rich_compare(op, x, y)?;
                            self.truthy(&r)
                        }
                    };
                }
            }
            let (n, m) = (xs.len(), ys.len());
            Ok(match op {
                CmpOp::Eq => true,
                CmpOp::NotEq => false,
                CmpOp::Lt => n < m,
                CmpOp::LtE => n <= m,
                CmpOp::Gt => n > m,
                CmpOp::GtE => n >= m,
                _ => unreachable!(),
            })
        })();
        self.leave_native();
        r
    }

    fn compare_sets(&mut self, op: CmpOp, x: &PySet, y: &PySet) -> PyResult<bool> {
        let subset = |vm: &mut Vm, a: &PySet, b: &PySet| -> PyResult<bool> {
            if a.len() > b.len() {
                return Ok(false);
            }
            for (h, k) in a.entries() {
                if !b.contains_hashed(vm, h, &k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => x.len() == y.len() && subset(self, x, y)?,
            CmpOp::NotEq => !(x.len() == y.len() && subset(self, x, y)?),
            CmpOp::LtE => subset(self, x, y)?,
            CmpOp::Lt => x.len() < y.len() && subset(self, x, y)?,
            CmpOp::GtE => subset(self, y, x)?,
            CmpOp::Gt => y.len() < x.len() && subset(self, y, x)?,
            _ => unreachable!(),
        })
    }

    fn dict_eq(&mut self, x: &PyDict, y: &PyDict) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in x.items() {
            match y.get(self, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ---- membership ----

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(i) => Ok(s.as_str().contains(i.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Bytes(b) => crate::builtins::bytes::contains(self, &b.data, item),
            Value::List(_) | Value::Tuple(_) => {
                let items = seq_items(container);
                for x in &items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) | Value::FrozenSet(s) => match item {
                Value::Set(inner) => {
                    // A set searched for in a set is compared as frozenset.
                    let fs = Value::FrozenSet(Rc::new(inner.copy()));
                    s.contains(self, &fs)
                }
                _ => s.contains(self, item),
            },
            Value::Range(r) => match item {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let Some(i) = to_big(item) else {
                        return Ok(false);
                    };
                    Ok(r.contains_int(&i))
                }
                _ => {
                    let items = self.collect(container)?;
                    for x in &items {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            Value::Other(o) if matches!(&**o, Other::DictView { .. }) => {
                let Other::DictView { dict, kind } = &**o else {
                    unreachable!()
                };
                match kind {
                    iter::DictIterKind::Keys => dict.contains(self, item),
                    iter::DictIterKind::Items => {
                        let Value::Tuple(t) = item else {
                            return Ok(false);
                        };
                        if t.len() != 2 {
                            return Ok(false);
                        }
                        match dict.get(self, &t[0])? {
                            Some(v) => self.eq(&v, &t[1]),
                            None => Ok(false),
                        }
                    }
                    iter::DictIterKind::Values => {
                        for v in dict.values() {
                            if self.eq(&v, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                }
            }
            Value::Other(o) if matches!(&**o, Other::FrameLocalsProxy(_)) => {
                let Other::FrameLocalsProxy(f) = &**o else {
                    unreachable!()
                };
                let f = f.clone();
                Ok(self.proxy_get(&f, item)?.is_some())
            }
            _ => {
                if let Some(f) = self.user_special(container, "__contains__") {
                    let r = self.call_special(&f, container, &[item.clone()])?;
                    return self.truthy(&r);
                }
                let base = Self::unwrap_base(container);
                if !base.is(container) {
                    return self.contains(&base, item);
                }
                let it = match self.get_iter(container) {
                    Ok(it) => it,
                    Err(_) => {
                        return Err(self.type_error(format!(
                            "argument of type '{}' is not iterable",
                            self.type_name(container)
                        )))
                    }
                };
                while let Some(x) = self.next(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.as_slice().to_vec(),
        _ => vec![],
    }
}

fn range_eq(x: &PyRange, y: &PyRange) -> bool {
    let (n, m) = (x.len(), y.len());
    if n != m {
        return false;
    }
    if n.is_zero() {
        return true;
    }
    if x.start() != y.start() {
        return false;
    }
    n == BigInt::from(1) || x.step() == y.step()
}

/// Exact ordering of two real numbers (`None` for NaN).
pub fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.get().partial_cmp(&y.get()),
        (Value::Float(x), _) => int_float_cmp(b, x.get()).map(|o| o.reverse()),
        (_, Value::Float(y)) => int_float_cmp(a, y.get()),
        _ => {
            let x = to_big(a)?;
            let y = to_big(b)?;
            Some(x.cmp(&y))
        }
    }
}

/// Compares an int with a float exactly.
fn int_float_cmp(i: &Value, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = hashing::float_to_bigint(fl)?;
    let ib = to_big(i)?;
    match ib.cmp(&fb) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

pub fn f64_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f.get()),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(b.get() as i64 as f64),
        Value::BigInt(b) => b.to_f64(),
        _ => None,
    }
}
