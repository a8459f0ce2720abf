//! The iterator protocol: `iter()`, `next()`, and collecting iterables.

use super::vm::Vm;
use crate::exc_kind::ExcKind;
use crate::objects::iter::DictIterKind;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

fn it(state: IterState) -> Value {
    Value::Iter(Rc::new(PyIter::new(state)))
}

impl Vm {
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Iter(_) => v.clone(),
            Value::Range(r) => match r.small() {
                Some((start, step, n)) => it(IterState::Range {
                    next: start,
                    step,
                    remaining: n,
                }),
                None => it(IterState::BigRange {
                    range: r.clone(),
                    index: num_bigint::BigInt::from(0),
                }),
            },
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) => it(IterState::Seq {
                seq: v.clone(),
                index: 0,
            }),
            Value::Str(s) => it(IterState::Str {
                s: s.clone(),
                byte: 0,
            }),
            Value::Dict(d) => it(IterState::Dict {
                dict: d.clone(),
                pos: 0,
                kind: DictIterKind::Keys,
                len: d.len(),
                version: d.version(),
            }),
            Value::Set(s) | Value::FrozenSet(s) => it(IterState::Set {
                set: s.clone(),
                pos: 0,
                len: s.len(),
            }),
            Value::Other(o) => match &**o {
                Other::Generator(_) => v.clone(),
                Other::DictView { dict, kind } => it(IterState::Dict {
                    dict: dict.clone(),
                    pos: 0,
                    kind: *kind,
                    len: dict.len(),
                    version: dict.version(),
                }),
                Other::FrameLocalsProxy(f) => {
                    let keys = self.proxy_keys(f)?;
                    it(IterState::Seq {
                        seq: Value::list(keys),
                        index: 0,
                    })
                }
                _ => return self.iter_via_dunder(v),
            },
            _ => return self.iter_via_dunder(v),
        })
    }

    fn iter_via_dunder(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(f) = self.user_special(v, "__iter__") {
            if matches!(f, Value::None) {
                return Err(self.not_iterable(v));
            }
            let r = self.call_special(&f, v, &[])?;
            if !self.is_iterator(&r) {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&r)
                )));
            }
            return Ok(r);
        }
        let base = Self::unwrap_base(v);
        if !base.is(v) {
            return self.get_iter(&base);
        }
        if self.user_special(v, "__getitem__").is_some() {
            return Ok(it(IterState::GetItem {
                obj: v.clone(),
                index: 0,
            }));
        }
        Err(self.not_iterable(v))
    }

    fn not_iterable(&self, v: &Value) -> crate::value::PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// Whether `iter(v)` could succeed (without calling anything).
    pub fn is_iterable(&mut self, v: &Value) -> bool {
        match v {
            Value::Iter(_)
            | Value::Range(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Bytes(_)
            | Value::Str(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => true,
            Value::Other(o) => {
                matches!(
                    &**o,
                    Other::Generator(_) | Other::DictView { .. } | Other::FrameLocalsProxy(_)
                ) || self.user_special(v, "__iter__").is_some()
            }
            _ => {
                self.user_special(v, "__iter__").is_some()
                    || self.user_special(v, "__getitem__").is_some()
                    || !Self::unwrap_base(v).is(v)
            }
        }
    }

    pub fn is_iterator(&mut self, v: &Value) -> bool {
        match v {
            Value::Iter(_) => true,
            Value::Other(o) if matches!(&**o, Other::Generator(_)) => true,
            _ => self.user_special(v, "__next__").is_some(),
        }
    }

    /// The next item, `None` when exhausted.
    pub fn next(&mut self, iter: &Value) -> PyResult<Option<Value>> {
        match iter {
            Value::Iter(i) => self.next_builtin(i),
            Value::Other(o) => match &**o {
                Other::Generator(g) => self.gen_next(g),
                _ => self.next_via_dunder(iter),
            },
            _ => self.next_via_dunder(iter),
        }
    }

    fn next_via_dunder(&mut self, iter: &Value) -> PyResult<Option<Value>> {
        let Some(f) = self.user_special(iter, "__next__") else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(iter)
            )));
        };
        match self.call_special(&f, iter, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc_kind(&e, ExcKind::StopIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn next_builtin(&mut self, i: &Rc<PyIter>) -> PyResult<Option<Value>> {
        let mut st = i.state.borrow_mut();
        match &mut *st {
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            }
            IterState::BigRange { range, index } => {
                if *index >= range.len() {
                    return Ok(None);
                }
                let v = range.get(index);
                *index += 1;
                Ok(Some(Value::from_bigint(v)))
            }
            IterState::Seq { seq, index } => {
                let v = match seq {
                    Value::List(l) => l.get(*index),
                    Value::Tuple(t) => t.as_slice().get(*index).cloned(),
                    Value::Bytes(b) => b.data.get(*index).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                match v {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::Str { s, byte } => match s.as_str()[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            },
            IterState::Dict {
                dict,
                pos,
                kind,
                len,
                version,
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    return Err(self.err(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                if dict.version() != *version {
                    return Err(self.err(
                        ExcKind::RuntimeError,
                        "dictionary keys changed during iteration",
                    ));
                }
                match dict.entry_from(*pos) {
                    Some((p, k, v)) => {
                        *pos = p;
                        Ok(Some(match kind {
                            DictIterKind::Keys => k,
                            DictIterKind::Values => v,
                            DictIterKind::Items => Value::tuple(vec![k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set { set, pos, len } => {
                if set.len() != *len {
                    *len = usize::MAX;
                    return Err(
                        self.err(ExcKind::RuntimeError, "Set changed size during iteration")
                    );
                }
                match set.entry_from(*pos) {
                    Some((p, k)) => {
                        *pos = p;
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let seq = seq.clone();
                let idx = *index;
                *index -= 1;
                drop(st);
                match &seq {
                    Value::List(l) => {
                        let v = l.get(idx as usize);
                        if v.is_none() {
                            if let IterState::Reversed { index, .. } = &mut *i.state.borrow_mut() {
                                *index = -1;
                            }
                        }
                        Ok(v)
                    }
                    Value::Tuple(t) => Ok(t.as_slice().get(idx as usize).cloned()),
                    Value::Str(s) => Ok(Some(Value::str(s.substr(idx as usize, idx as usize + 1)))),
                    Value::Range(r) => Ok(Some(Value::from_bigint(r.get(&(idx as i64).into())))),
                    _ => {
                        let v = self.get_item(&seq, &Value::Int(idx as i64))?;
                        Ok(Some(v))
                    }
                }
            }
            IterState::Enumerate { inner, count: _ } => {
                let inner = inner.clone();
                drop(st);
                let Some(v) = self.next(&inner)? else {
                    return Ok(None);
                };
                let mut st = i.state.borrow_mut();
                let IterState::Enumerate { count, .. } = &mut *st else {
                    unreachable!()
                };
                let c = count.clone();
                *count = match &c {
                    Value::Int(n) if *n < i64::MAX => Value::Int(n + 1),
                    other => {
                        let b = crate::objects::int::to_big(other).unwrap_or_default();
                        Value::from_bigint(b + 1)
                    }
                };
                Ok(Some(Value::tuple(vec![c, v])))
            }
            IterState::Zip { iters, strict } => {
                let iters = iters.clone();
                let strict = *strict;
                drop(st);
                let mut out = Vec::with_capacity(iters.len());
                for (k, it) in iters.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                if k > 0 {
                                    let s = if k == 1 { " " } else { "s 1-" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{}{}",
                                        k + 1,
                                        s,
                                        k
                                    )));
                                }
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        let s = if j == 1 { " " } else { "s 1-" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{}{}",
                                            j + 1,
                                            s,
                                            j
                                        )));
                                    }
                                }
                            }
                            *i.state.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                if iters.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (func.clone(), iters.clone());
                drop(st);
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call(&func, &args, &[])?))
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(st);
                loop {
                    let Some(v) = self.next(&inner)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call1(&func, v.clone())?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::GetItem { obj, index } => {
                let (obj, idx) = (obj.clone(), *index);
                *index += 1;
                drop(st);
                match self.get_item(&obj, &Value::Int(idx)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.is_exc_kind(&e, ExcKind::IndexError)
                            || self.is_exc_kind(&e, ExcKind::StopIteration) =>
                    {
                        *i.state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(st);
                let v = self.call0(&func)?;
                if self.eq(&v, &sentinel)? {
                    *i.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Exhausted => Ok(None),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.snapshot()),
            Value::Tuple(t) => return Ok(t.as_slice().to_vec()),
            Value::Dict(d) => return Ok(d.keys()),
            Value::Set(s) | Value::FrozenSet(s) => return Ok(s.keys()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Exactly `n` items for `a, b = v`.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        match v {
            Value::Tuple(t) if t.len() == n => return Ok(t.as_slice().to_vec()),
            Value::List(l) if l.len() == n => return Ok(l.snapshot()),
            _ => {}
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(e) if self.is_exc_kind(&e, ExcKind::TypeError) => {
                return Err(self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(v)
                )))
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.next(&it)? {
                Some(x) => out.push(x),
                None => {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        out.len()
                    )))
                }
            }
        }
        if self.next(&it)?.is_some() {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(out)
    }

    /// `a, *b, c = v`: `before` items, a list, `after` items.
    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = match self.collect(v) {
            Ok(items) => items,
            Err(e) if self.is_exc_kind(&e, ExcKind::TypeError) && !self.is_iterator(v) => {
                return Err(self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(v)
                )))
            }
            Err(e) => return Err(e),
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend(items[..before].iter().cloned());
        out.push(Value::list(items[before..items.len() - after].to_vec()));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(out)
    }
}
