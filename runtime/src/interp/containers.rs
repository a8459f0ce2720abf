//! Subscripts and slices, dict/set bulk operations, `with`, and the
//! run-time tests of `match` patterns.

use super::vm::Vm;
use crate::exc_kind::ExcKind;
use crate::frontend::ast::BinOp;
use crate::objects::slice::adjust_indices;
use crate::objects::*;
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

impl Vm {
    /// An index operand as i64 (`__index__`), with CPython's errors:
    /// `what` names the subscripted type ("list indices must be..."),
    /// "slice", "sequence.index", or any other use (then the error is
    /// "'x' object cannot be interpreted as an integer").
    pub fn index_of(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(b.get() as i64),
            Value::BigInt(b) => b.to_i64().ok_or_else(|| {
                self.err(
                    ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer".to_string(),
                )
            }),
            _ => {
                if let Some(f) = self.user_special(v, "__index__") {
                    let r = self.call_special(&f, v, &[])?;
                    if !matches!(
                        Self::unwrap_base(&r),
                        Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
                    ) {
                        return Err(self.type_error(format!(
                            "__index__ returned non-int (type {})",
                            self.type_name(&r)
                        )));
                    }
                    return self.index_of(&r, what);
                }
                let base = Self::unwrap_base(v);
                if matches!(base, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                    return self.index_of(&base, what);
                }
                let tn = self.type_name(v);
                Err(self.type_error(match what {
                    "list" | "tuple" | "bytearray" | "range" | "string" | "byte" => {
                        format!("{what} indices must be integers or slices, not {tn}")
                    }
                    "slice" => {
                        "slice indices must be integers or None or have an __index__ method".into()
                    }
                    "sequence.index" => {
                        "slice indices must be integers or have an __index__ method".into()
                    }
                    _ => format!("'{tn}' object cannot be interpreted as an integer"),
                }))
            }
        }
    }

    /// Resolves a slice against a length: (start, stop, step, count).
    pub fn slice_indices(&mut self, s: &PySlice, len: i64) -> PyResult<(i64, i64, i64, i64)> {
        let conv = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None | Value::Unbound => Ok(None),
                Value::BigInt(b) => Ok(Some(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                other => {
                    if matches!(other, Value::Int(_) | Value::Bool(_))
                        || vm.user_special(other, "__index__").is_some()
                    {
                        Ok(Some(vm.index_of(other, "slice")?))
                    } else {
                        Err(vm.type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        ))
                    }
                }
            }
        };
        let step = conv(self, &s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = conv(self, &s.start)?;
        let stop = conv(self, &s.stop)?;
        Ok(adjust_indices(start, stop, step, len))
    }

    /// Slice indices against a length of any size (range slicing).
    fn slice_indices_big(
        &mut self,
        s: &PySlice,
        len: &BigInt,
    ) -> PyResult<(BigInt, BigInt, BigInt)> {
        let conv = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
            match v {
                Value::None | Value::Unbound => Ok(None),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    Ok(crate::objects::int::to_big(v))
                }
                other => Ok(Some(BigInt::from(vm.index_of(other, "slice")?))),
            }
        };
        let step = conv(self, &s.step)?.unwrap_or_else(|| BigInt::from(1));
        if step.is_zero() {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let neg = step.is_negative();
        let (lower, upper) = if neg {
            (BigInt::from(-1), len - 1)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(v) if v.is_negative() => (v + len).max(lower.clone()),
                Some(v) => v.min(upper.clone()),
            }
        };
        let start = conv(self, &s.start)?;
        let stop = conv(self, &s.stop)?;
        let start = clamp(start, if neg { &upper } else { &lower });
        let stop = clamp(stop, if neg { &lower } else { &upper });
        Ok((start, stop, step))
    }

    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let items = l.snapshot();
                    let sel = self.select(&items, s)?;
                    return Ok(Value::list(sel));
                }
                let i = self.index_of(key, "list")?;
                l.get_index(i)
                    .ok_or_else(|| self.err(ExcKind::IndexError, "list index out of range"))
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let sel = self.select(t.as_slice(), s)?;
                    return Ok(Value::tuple(sel));
                }
                let i = self.index_of(key, "tuple")?;
                let n = t.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(self.err(ExcKind::IndexError, "tuple index out of range"));
                }
                Ok(t[j as usize].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let (start, _, step, n) = self.slice_indices(sl, s.len() as i64)?;
                    if step == 1 {
                        return Ok(Value::str(s.substr(start as usize, (start + n) as usize)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = (0..n).map(|k| chars[(start + k * step) as usize]).collect();
                    return Ok(Value::string(out));
                }
                let i = match key {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                        self.index_of(key, "string")?
                    }
                    _ if self.user_special(key, "__index__").is_some() => {
                        self.index_of(key, "string")?
                    }
                    _ => {
                        return Err(self.type_error(format!(
                            "string indices must be integers, not '{}'",
                            self.type_name(key)
                        )))
                    }
                };
                let n = s.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(self.err(ExcKind::IndexError, "string index out of range"));
                }
                let c = s.char_at(j as usize);
                let mut buf = [0u8; 4];
                Ok(Value::str(c.encode_utf8(&mut buf)))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = key {
                    let (start, _, step, n) = self.slice_indices(sl, b.data.len() as i64)?;
                    let out: Vec<u8> = (0..n)
                        .map(|k| b.data[(start + k * step) as usize])
                        .collect();
                    return Ok(Value::Bytes(Rc::new(PyBytes::new(out))));
                }
                let i = self.index_of(key, "byte")?;
                let n = b.data.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(self.err(ExcKind::IndexError, "index out of range"));
                }
                Ok(Value::Int(b.data[j as usize] as i64))
            }
            Value::Range(r) => {
                let n = r.len();
                if let Value::Slice(sl) = key {
                    let (start, stop, step) = self.slice_indices_big(sl, &n)?;
                    return Ok(Value::Range(Rc::new(PyRange::new(
                        r.get(&start),
                        r.get(&stop),
                        r.step() * step,
                    ))));
                }
                let i = match key {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                        crate::objects::int::to_big(key).unwrap_or_default()
                    }
                    _ => num_bigint::BigInt::from(self.index_of(key, "range")?),
                };
                let j = if i.is_negative() { &i + &n } else { i };
                if j.is_negative() || j >= n {
                    return Err(self.err(ExcKind::IndexError, "range object index out of range"));
                }
                Ok(Value::from_bigint(r.get(&j)))
            }
            Value::Dict(d) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Type(t) => {
                // A metaclass __getitem__ first, then __class_getitem__.
                if let Some(f) = self.user_special(obj, "__getitem__") {
                    return self.call_special(&f, obj, &[key.clone()]);
                }
                let n = self.intern("__class_getitem__");
                if let Some(f) = t.lookup(&n) {
                    let f = match &f {
                        Value::Other(o) => match &**o {
                            Other::ClassMethod(inner) => inner.clone(),
                            _ => f.clone(),
                        },
                        _ => f.clone(),
                    };
                    return self.call(&f, &[obj.clone(), key.clone()], &[]);
                }
                if crate::builtins::generic_alias::is_generic_builtin(self, t) {
                    return Ok(crate::builtins::generic_alias::alias(
                        self,
                        obj.clone(),
                        key,
                    ));
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", t.name())))
            }
            Value::Other(o) if matches!(&**o, Other::FrameLocalsProxy(_)) => {
                let Other::FrameLocalsProxy(f) = &**o else {
                    unreachable!()
                };
                let f = f.clone();
                match self.proxy_get(&f, key)? {
                    Some(v) => Ok(v),
                    None => Err(self.proxy_key_error(&f, key)),
                }
            }
            _ => {
                if let Some(f) = self.user_special(obj, "__getitem__") {
                    return self.call_special(&f, obj, &[key.clone()]);
                }
                let base = Self::unwrap_base(obj);
                if !base.is(obj) {
                    if let Value::Dict(d) = &base {
                        // dict subclasses: __missing__ on a miss.
                        return match d.get(self, key)? {
                            Some(v) => Ok(v),
                            None => {
                                if let Some(m) = self.user_special(obj, "__missing__") {
                                    self.call_special(&m, obj, &[key.clone()])
                                } else {
                                    Err(self.key_error(key.clone()))
                                }
                            }
                        };
                    }
                    return self.get_item(&base, key);
                }
                Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(obj)
                )))
            }
        }
    }

    fn select(&mut self, items: &[Value], s: &PySlice) -> PyResult<Vec<Value>> {
        let (start, _, step, n) = self.slice_indices(s, items.len() as i64)?;
        Ok((0..n)
            .map(|k| items[(start + k * step) as usize].clone())
            .collect())
    }

    pub fn set_item(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let new = self.collect(&v).map_err(|e| {
                        if self.is_exc_kind(&e, ExcKind::TypeError) {
                            self.type_error("must assign iterable to extended slice")
                        } else {
                            e
                        }
                    })?;
                    let len = l.len() as i64;
                    let (start, stop, step, n) = self.slice_indices(s, len)?;
                    let mut items = l.items_mut();
                    if step == 1 {
                        let stop = stop.max(start);
                        items.splice(start as usize..stop as usize, new);
                    } else {
                        if new.len() as i64 != n {
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new.len(),
                                n
                            )));
                        }
                        for (k, x) in new.into_iter().enumerate() {
                            items[(start + k as i64 * step) as usize] = x;
                        }
                    }
                    return Ok(());
                }
                let i = self.index_of(&key, "list")?;
                l.set_index(i, v).map_err(|_| {
                    self.err(ExcKind::IndexError, "list assignment index out of range")
                })
            }
            Value::Dict(d) => d.set(self, key, v),
            Value::Other(o) if matches!(&**o, Other::FrameLocalsProxy(_)) => {
                let Other::FrameLocalsProxy(f) = &**o else {
                    unreachable!()
                };
                let f = f.clone();
                self.proxy_set(&f, key, v)
            }
            _ => {
                if let Some(f) = self.user_special(obj, "__setitem__") {
                    self.call_special(&f, obj, &[key, v])?;
                    return Ok(());
                }
                let base = Self::unwrap_base(obj);
                if !base.is(obj) && matches!(base, Value::List(_) | Value::Dict(_)) {
                    return self.set_item(&base, key, v);
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(obj)
                )))
            }
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.len() as i64;
                    let (start, _, step, n) = self.slice_indices(s, len)?;
                    let mut items = l.items_mut();
                    let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
                    idx.sort_unstable();
                    for i in idx.into_iter().rev() {
                        items.remove(i);
                    }
                    return Ok(());
                }
                let i = self.index_of(key, "list")?;
                let mut items = l.items_mut();
                let n = items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(self.err(ExcKind::IndexError, "list assignment index out of range"));
                }
                items.remove(j as usize);
                Ok(())
            }
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::Other(o) if matches!(&**o, Other::FrameLocalsProxy(_)) => {
                Err(self.type_error("cannot remove variables from FrameLocalsProxy"))
            }
            _ => {
                if let Some(f) = self.user_special(obj, "__delitem__") {
                    self.call_special(&f, obj, &[key.clone()])?;
                    return Ok(());
                }
                let base = Self::unwrap_base(obj);
                if !base.is(obj) && matches!(base, Value::List(_) | Value::Dict(_)) {
                    return self.del_item(&base, key);
                }
                Err(self.type_error(format!(
                    "'{}' object doesn't support item deletion",
                    self.type_name(obj)
                )))
            }
        }
    }

    /// Merges mapping `src` into dict `dst`; with `func`, duplicates are
    /// an error (`f(**a, **b)`).
    pub(crate) fn dict_update(
        &mut self,
        dst: &Value,
        src: &Value,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let d = match dst {
            Value::Dict(d) => d.clone(),
            _ => match Self::unwrap_base(dst) {
                Value::Dict(d) => d,
                _ => return Err(self.type_error("dict update of a non-dict")),
            },
        };
        // CPython merges a dict subclass that keeps dict's iteration from
        // its storage, without calling its `keys`/`__getitem__`.
        let storage = match src {
            Value::Instance(i) if !Self::python_defines(&i.class(), "__iter__") => {
                match Self::unwrap_base(src) {
                    Value::Dict(s) => Some(s),
                    _ => None,
                }
            }
            _ => None,
        };
        let items: Vec<(Value, Value)> = match src {
            Value::Dict(s) => s.items(),
            _ if storage.is_some() => storage.map(|s| s.items()).unwrap_or_default(),
            _ => {
                let keys_name = self.intern("keys");
                let Some(keys) = self.get_attr_opt(src, &keys_name)? else {
                    return Err(match func {
                        Some(f) => self.type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.func_display_name(f),
                            self.type_name(src)
                        )),
                        None => self.type_error(format!(
                            "'{}' object is not a mapping",
                            self.type_name(src)
                        )),
                    });
                };
                let ks = self.call0(&keys)?;
                let ks = self.collect(&ks)?;
                let mut out = Vec::new();
                for k in ks {
                    let v = self.get_item(src, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if let Some(f) = func {
                if !matches!(k, Value::Str(_)) {
                    return Err(self.type_error("keywords must be strings"));
                }
                if d.contains(self, &k)? {
                    return Err(self.type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        self.func_display_name(f),
                        k.as_str().map(|s| s.as_str()).unwrap_or("")
                    )));
                }
            }
            d.set(self, k, v)?;
        }
        Ok(())
    }

    /// `module.qualname()` as CPython names a callee in call errors.
    pub(crate) fn func_display_name(&self, f: &Value) -> String {
        match f {
            Value::Function(func) => {
                let module = match &*func.module.borrow() {
                    Value::Str(s) => format!("{}.", s.as_str()),
                    _ => String::new(),
                };
                format!("{module}{}()", func.qualname.borrow().as_str())
            }
            Value::Method(m) => self.func_display_name(&m.func),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Type(t) => format!("{}()", t.name()),
            _ => format!("{} object", self.type_name(f)),
        }
    }

    /// `|`, `&`, `-`, `^` of two sets; the result has the left operand's
    /// type (set or frozenset), as CPython.
    pub(crate) fn set_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Value::Set(x) | Value::FrozenSet(x)) = a else {
            return Err(self.type_error("set operation on a non-set"));
        };
        let (Value::Set(y) | Value::FrozenSet(y)) = b else {
            return Err(self.type_error("set operation on a non-set"));
        };
        let result = match op {
            BinOp::BitOr => {
                let r = x.copy();
                r.merge_set(y);
                r
            }
            BinOp::BitAnd => {
                let r = PySet::new();
                let (small, big) = if y.len() > x.len() {
                    (&**x, &**y)
                } else {
                    (&**y, &**x)
                };
                for (h, k) in small.entries() {
                    if big.contains_hashed(self, h, &k)? {
                        r.add_hashed(self, h, k)?;
                    }
                }
                r
            }
            BinOp::Sub => {
                if (x.len() >> 2) > y.len() {
                    let r = x.copy();
                    for (h, k) in y.entries() {
                        r.discard_hashed(self, h, &k)?;
                    }
                    r
                } else {
                    let r = PySet::new();
                    for (h, k) in x.entries() {
                        if !y.contains_hashed(self, h, &k)? {
                            r.add_hashed(self, h, k)?;
                        }
                    }
                    r
                }
            }
            BinOp::BitXor => {
                let r = y.copy();
                for (h, k) in x.entries() {
                    if !r.discard_hashed(self, h, &k)? {
                        r.add_hashed(self, h, k)?;
                    }
                }
                r
            }
            _ => return Err(self.type_error("unsupported set operation")),
        };
        Ok(match a {
            Value::FrozenSet(_) => Value::FrozenSet(Rc::new(result)),
            _ => Value::Set(Rc::new(result)),
        })
    }

    pub(crate) fn copy_dict_without(&mut self, src: &Value, keys: &Value) -> PyResult<Value> {
        let d = PyDict::new();
        let items = match src {
            Value::Dict(s) => s.items(),
            _ => {
                let ks = self.collect(src)?;
                let mut out = Vec::new();
                for k in ks {
                    let v = self.get_item(src, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            d.set(self, k, v)?;
        }
        if let Value::Tuple(t) = keys {
            for k in t.iter() {
                d.remove(self, k)?;
            }
        }
        Ok(Value::Dict(Rc::new(d)))
    }

    // ---- with ----

    pub(crate) fn with_enter(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.special_method(mgr, "__enter__");
        let exit = self.special_method(mgr, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let t = self.type_name(mgr);
            let missing = if self.special_method(mgr, "__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(self.type_error(format!(
                "'{t}' object does not support the context manager protocol{missing}"
            )));
        };
        let exit_bound = self.bind_descriptor(&exit, mgr)?;
        let v = self.call_special(&enter, mgr, &[])?;
        Ok((exit_bound, v))
    }

    /// A special method looked up on the type (never the instance).
    pub(crate) fn special_method(&mut self, obj: &Value, name: &'static str) -> Option<Value> {
        let n = self.intern(name);
        self.type_of(obj).lookup(&n)
    }

    pub(crate) fn with_exit(&mut self, exit: &Value, exc: Option<Value>) -> PyResult<Value> {
        match exc {
            None => self.call(exit, &[Value::None, Value::None, Value::None], &[]),
            Some(e) => {
                let t = Value::Type(self.type_of(&e));
                let tb = match &e {
                    Value::Instance(i) if i.exc.is_some() => {
                        self.traceback_object(&crate::value::PyErr(i.clone()), 0)
                    }
                    _ => Value::None,
                };
                self.call(exit, &[t, e, tb], &[])
            }
        }
    }

    // ---- match ----

    pub(crate) fn match_sequence(&mut self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(i) => {
                let base = i.base.borrow();
                if matches!(&*base, Value::List(_) | Value::Tuple(_)) {
                    return true;
                }
                drop(base);
                // collections.abc.Sequence registration is modelled by a
                // `__match_sequence__`-like flag: classes registered as
                // sequences set `_slotpy_sequence_`.
                i.class()
                    .lookup(&self.intern("__slotpy_sequence__"))
                    .is_some()
            }
            Value::Other(o) => {
                matches!(&**o, Other::Native { class, .. } if class.name().as_ref() == "deque")
            }
            _ => false,
        }
    }

    pub(crate) fn match_mapping(&mut self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(i) => {
                matches!(&*i.base.borrow(), Value::Dict(_))
                    || i.class()
                        .lookup(&self.intern("__slotpy_mapping__"))
                        .is_some()
            }
            Value::Other(o) => matches!(&**o, Other::FrameLocalsProxy(_)),
            _ => false,
        }
    }

    pub(crate) fn match_keys(&mut self, subj: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(ks) = keys else {
            return Ok(Value::None);
        };
        let get = self.intern("get");
        let getter = self.get_attr(subj, &get)?;
        // A unique sentinel: missing keys return it.
        let sentinel = Value::Other(Rc::new(Other::Object {
            class: self.types.object.clone(),
            state: std::cell::RefCell::new(Value::None),
        }));
        let mut out = Vec::new();
        for (i, k) in ks.iter().enumerate() {
            for prev in &ks.as_slice()[..i] {
                if self.eq(prev, k)? {
                    let r = self.repr_str(k)?;
                    return Err(
                        self.value_error(format!("mapping pattern checks duplicate key ({r})"))
                    );
                }
            }
            let v = self.call(&getter, &[k.clone(), sentinel.clone()], &[])?;
            if v.is(&sentinel) {
                return Ok(Value::None);
            }
            out.push(v);
        }
        Ok(Value::tuple(out))
    }

    pub(crate) fn match_class(
        &mut self,
        subj: &Value,
        cls: &Value,
        nargs: usize,
        kwnames: &Value,
    ) -> PyResult<Value> {
        let Value::Type(t) = cls else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !self.isinstance_type(subj, t) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if nargs > 0 {
            // Built-ins matching "self" for one positional sub-pattern.
            let self_match = t.builtin
                && matches!(
                    t.kind,
                    TypeKind::Bool
                        | TypeKind::Int
                        | TypeKind::Float
                        | TypeKind::Str
                        | TypeKind::Bytes
                        | TypeKind::List
                        | TypeKind::Tuple
                        | TypeKind::Dict
                        | TypeKind::Set
                        | TypeKind::FrozenSet
                );
            if self_match {
                if nargs > 1 {
                    return Err(self.type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        t.name(),
                        nargs
                    )));
                }
                out.push(subj.clone());
            } else {
                let n = self.intern("__match_args__");
                let args = match t.lookup(&n) {
                    Some(Value::Tuple(a)) => a.as_slice().to_vec(),
                    Some(other) => {
                        return Err(self.type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            t.name(),
                            self.type_name(&other)
                        )))
                    }
                    None => vec![],
                };
                if nargs > args.len() {
                    return Err(self.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        t.name(),
                        args.len(),
                        if args.len() == 1 { "" } else { "s" },
                        nargs
                    )));
                }
                for a in &args[..nargs] {
                    let Value::Str(name) = a else {
                        return Err(self.type_error("__match_args__ elements must be strings"));
                    };
                    match self.get_attr_opt(subj, name)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = kwnames {
            for n in names.iter() {
                let Value::Str(name) = n else { continue };
                match self.get_attr_opt(subj, name)? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(out))
    }
}
