//! Classes: instantiation (`__new__`/`__init__`), class creation with C3
//! linearization and metaclasses, `__build_class__`, `super()` and
//! `isinstance`.

use super::vm::Vm;
use crate::bytecode::RegKind;
use crate::exc_kind::ExcKind;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    pub fn call_type(&mut self, t: &Rc<PyType>, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        // `range(...)` in a loop header is the most common class call.
        if kw.is_empty() && Rc::ptr_eq(t, &self.types.range) {
            return crate::builtins::functions::range_of(self, args);
        }
        if Rc::ptr_eq(t, &self.types.type_) {
            if args.len() == 1 && kw.is_empty() {
                return Ok(Value::Type(self.type_of(&args[0])));
            }
            if args.len() != 3 {
                return Err(self.type_error("type() takes 1 or 3 arguments"));
            }
        }
        // A metaclass overriding __call__.
        let meta = t.metaclass.borrow().clone();
        if let Some(meta) = meta.filter(|m| !m.builtin) {
            let tv = Value::Type(t.clone());
            let n = self.intern("__call__");
            for c in meta.mro_all() {
                if c.builtin {
                    break;
                }
                if let Some(f) = c.dict.get_str(&n) {
                    let mut a = vec![tv.clone()];
                    a.extend_from_slice(args);
                    return self.call(&f, &a, kw);
                }
            }
        }
        self.type_call_default(t, args, kw)
    }

    /// For `t(...)` with `argc` positional arguments, when `t` is a plain
    /// class (a built-in metaclass, object's `__new__`) whose `__init__` is
    /// a Python function taking them simply: that function and the new
    /// instance, for the interpreter to run `__init__` as a plain call.
    pub(crate) fn plain_init(
        &mut self,
        t: &Rc<PyType>,
        argc: usize,
    ) -> Option<(Rc<crate::objects::PyFunction>, Value)> {
        let plain_meta = t.metaclass.borrow().as_ref().is_none_or(|m| m.builtin);
        if t.builtin || t.kind != TypeKind::Object || !plain_meta {
            return None;
        }
        let init = self.python_init(t)?;
        if !self.is_simple_call(&init, argc + 1) {
            return None;
        }
        let obj = self.new_instance(t, &[]);
        Some((init, obj))
    }

    /// The Python `__init__` of the user class `t` when its `__new__` is
    /// object's, remembered per type epoch (see `PyType::init_cache`).
    fn python_init(&mut self, t: &Rc<PyType>) -> Option<Rc<crate::objects::PyFunction>> {
        if t.builtin || t.kind != TypeKind::Object {
            return None;
        }
        let epoch = self.type_epoch;
        if let Some((e, f)) = &*t.init_cache.borrow() {
            if *e == epoch {
                return f.clone();
            }
        }
        let f = self.find_python_init(t);
        *t.init_cache.borrow_mut() = Some((epoch, f.clone()));
        f
    }

    fn find_python_init(&mut self, t: &Rc<PyType>) -> Option<Rc<crate::objects::PyFunction>> {
        let new = t.lookup_cached(&self.intern("__new__"), self.type_epoch)?;
        if !self.is_object_new(&new) {
            return None;
        }
        match t.lookup_cached(&self.intern("__init__"), self.type_epoch)? {
            Value::Function(f) => Some(f),
            _ => None,
        }
    }

    /// `type.__call__`: `__new__` then, for an instance of `t`, `__init__`.
    pub fn type_call_default(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        // The common case, a class with object's __new__: make the instance
        // here and only run a Python __init__.
        if let Some(f) = self.python_init(t) {
            let obj = self.new_instance(t, &[]);
            let mut a: crate::value::Args = smallvec::SmallVec::with_capacity(args.len() + 1);
            a.push(obj.clone());
            a.extend(args.iter().cloned());
            let r = self.call_function(&f, &a, kw)?;
            if !r.is_none() {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                )));
            }
            return Ok(obj);
        }
        let new_name = self.intern("__new__");
        let new = t
            .lookup_cached(&new_name, self.type_epoch)
            .expect("object.__new__ exists");
        let new = match &new {
            Value::Other(o) => match &**o {
                Other::StaticMethod(f) => f.clone(),
                _ => new.clone(),
            },
            _ => new,
        };
        let mut a: crate::value::Args = smallvec::SmallVec::with_capacity(args.len() + 1);
        a.push(Value::Type(t.clone()));
        a.extend(args.iter().cloned());
        let obj = self.call(&new, &a, kw)?;
        if t.builtin {
            // Built-in __new__ already initialised the value.
            return Ok(obj);
        }
        let ot = self.type_of(&obj);
        if !ot.is_subtype(t) {
            return Ok(obj);
        }
        let init_name = self.intern("__init__");
        if let Some(init) = ot.lookup_cached(&init_name, self.type_epoch) {
            let r = match &init {
                Value::Function(f) => {
                    let mut a: crate::value::Args =
                        smallvec::SmallVec::with_capacity(args.len() + 1);
                    a.push(obj.clone());
                    a.extend(args.iter().cloned());
                    self.call_function(f, &a, kw)?
                }
                _ => {
                    let bound = self.bind_descriptor(&init, &obj)?;
                    self.call(&bound, args, kw)?
                }
            };
            if !r.is_none() {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                )));
            }
        }
        Ok(obj)
    }

    /// Whether `v` is `object.__new__` (possibly wrapped as staticmethod).
    fn is_object_new(&mut self, v: &Value) -> bool {
        let inner = match v {
            Value::Other(o) => match &**o {
                Other::StaticMethod(f) => f,
                _ => return false,
            },
            other => other,
        };
        let name = self.intern("__new__");
        match (inner, self.types.object.dict.get_str(&name)) {
            (Value::Builtin(a), Some(Value::Other(o))) => match &*o {
                Other::StaticMethod(Value::Builtin(b)) => Rc::ptr_eq(a, b),
                _ => false,
            },
            _ => false,
        }
    }

    /// `object.__new__(cls)`: a bare instance with the layout of cls's
    /// built-in base.
    pub fn new_instance(&mut self, cls: &Rc<PyType>, args: &[Value]) -> Value {
        let base = match cls.kind {
            TypeKind::List => Value::list(vec![]),
            TypeKind::Dict => Value::Dict(Rc::new(PyDict::new())),
            TypeKind::Set => Value::Set(Rc::new(PySet::new())),
            _ => Value::Unbound,
        };
        let exc = if cls.kind == TypeKind::BaseException {
            Some(ExcData::new(args.to_vec()))
        } else {
            None
        };
        Value::Instance(Rc::new(PyInstance {
            class: RefCell::new(cls.clone()),
            slots: RefCell::new(vec![Value::Unbound; cls.layout.nslots]),
            dict: Rc::new(PyDict::with_capacity(cls.dict_size.get() as usize)),
            base: RefCell::new(base),
            exc,
        }))
    }

    /// Creates a class: `type(name, bases, ns)` with metaclass `meta`.
    pub fn create_class(
        &mut self,
        meta: &Rc<PyType>,
        name: &str,
        bases: &[Value],
        ns: &Value,
        kw: KwArgs,
    ) -> PyResult<Value> {
        let mut base_types = Vec::new();
        for b in bases {
            match b {
                Value::Type(t) => {
                    if t.builtin && !t.base_ok {
                        return Err(self.type_error(format!(
                            "type '{}' is not an acceptable base type",
                            t.name()
                        )));
                    }
                    base_types.push(t.clone());
                }
                _ => {
                    // A metaclass conflict is reported for non-type bases.
                    return Err(self.type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            }
        }
        if base_types.is_empty() {
            base_types.push(self.types.object.clone());
        }
        // The most derived metaclass.
        let mut winner = meta.clone();
        for b in &base_types {
            let bm = self.type_of(&Value::Type(b.clone()));
            if winner.is_subtype(&bm) {
                continue;
            }
            if bm.is_subtype(&winner) {
                winner = bm;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        // The built-in layout instances get.
        let mut kind = TypeKind::Object;
        for b in &base_types {
            let k = b.kind;
            if k == TypeKind::Object {
                continue;
            }
            if kind == TypeKind::Object || kind == k {
                kind = k;
            } else {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
        }
        let mro = self.c3(&base_types)?;
        let dict = Rc::new(PyDict::new());
        let items: Vec<(Value, Value)> = match ns {
            Value::Dict(d) => d.items(),
            _ => match Self::unwrap_base(ns) {
                Value::Dict(d) => d.items(),
                _ => {
                    let keys = self.collect(ns)?;
                    let mut out = Vec::new();
                    for k in keys {
                        let v = self.get_item(ns, &k)?;
                        out.push((k, v));
                    }
                    out
                }
            },
        };
        let mut qualname: Rc<str> = Rc::from(name);
        let mut classcell = None;
        for (k, v) in items {
            match k.as_str().map(|s| s.as_str()) {
                Some("__qualname__") => {
                    if let Value::Str(s) = &v {
                        qualname = Rc::from(s.as_str());
                    } else {
                        return Err(self.type_error(format!(
                            "type __qualname__ must be a str, not {}",
                            self.type_name(&v)
                        )));
                    }
                }
                Some("__classcell__") => {
                    if !matches!(v, Value::Cell(_)) {
                        let r = self.repr_str(&Value::Type(self.type_of(&v)))?;
                        return Err(self.type_error(format!(
                            "__classcell__ must be a nonlocal cell, not {r}"
                        )));
                    }
                    classcell = Some(v)
                }
                _ => dict.set(self, k, v)?,
            }
        }
        // Functions defined in the class body are implicitly
        // classmethods/staticmethods for these two hooks.
        for (hook, wrap_cls) in [
            ("__init_subclass__", true),
            ("__class_getitem__", true),
            ("__new__", false),
        ] {
            if let Some(Value::Function(f)) = dict.get_item_str(hook) {
                let w = if wrap_cls {
                    Other::ClassMethod(Value::Function(f))
                } else {
                    Other::StaticMethod(Value::Function(f))
                };
                dict.set_item_str(hook, Value::Other(Rc::new(w)));
            }
        }
        if dict.get_item_str("__module__").is_none() {
            let module = self
                .frames
                .last()
                .and_then(|f| f.globals.get_item_str("__name__"))
                .unwrap_or_else(|| Value::str("builtins"));
            dict.set_item_str("__module__", module);
        }
        if dict.get_item_str("__doc__").is_none() {
            dict.set_item_str("__doc__", Value::None);
        }
        // An __eq__ without __hash__ makes instances unhashable.
        if dict.get_item_str("__eq__").is_some() && dict.get_item_str("__hash__").is_none() {
            dict.set_item_str("__hash__", Value::None);
        }
        let layout = crate::builtins::slots::layout(self, name, &base_types, &dict)?;
        let cls = Rc::new(PyType {
            name: RefCell::new(Rc::from(name)),
            qualname: RefCell::new(qualname),
            bases: RefCell::new(base_types),
            mro: RefCell::new(mro),
            dict,
            kind,
            metaclass: RefCell::new(if Rc::ptr_eq(&winner, &self.types.type_) {
                None
            } else {
                Some(winner)
            }),
            builtin: false,
            base_ok: true,
            special_cache: Default::default(),
            attr_cache: Default::default(),
            subclasses: Default::default(),
            layout,
            dict_size: Default::default(),
            init_cache: Default::default(),
        });
        for b in cls.bases.borrow().iter() {
            let mut subs = b.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Rc::downgrade(&cls));
        }
        let cv = Value::Type(cls.clone());
        if let Some(Value::Cell(c)) = classcell {
            c.set(cv.clone());
        }
        // __set_name__ on descriptors.
        for (k, v) in cls.dict.items() {
            if let Some(f) = self.user_special(&v, "__set_name__") {
                self.call_special(&f, &v, &[cv.clone(), k])?;
            }
        }
        // __init_subclass__ of the nearest base that defines one.
        let n = self.intern("__init_subclass__");
        let mut handled = false;
        for b in cls.mro.borrow().clone() {
            if b.builtin {
                break;
            }
            if let Some(h) = b.dict.get_str(&n) {
                let f = match &h {
                    Value::Other(o) => match &**o {
                        Other::ClassMethod(f) => f.clone(),
                        _ => h.clone(),
                    },
                    _ => h.clone(),
                };
                self.call(&f, &[cv.clone()], kw)?;
                handled = true;
                break;
            }
        }
        if !handled && !kw.is_empty() {
            return Err(self.type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                cls.name()
            )));
        }
        Ok(cv)
    }

    /// C3 linearization of the bases (the class itself excluded).
    fn c3(&self, bases: &[Rc<PyType>]) -> PyResult<Vec<Rc<PyType>>> {
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
                return Err(self.type_error(format!("duplicate base class {}", b.name())));
            }
        }
        let mut seqs: Vec<Vec<Rc<PyType>>> = bases.iter().map(|b| b.mro_all()).collect();
        seqs.push(bases.to_vec());
        let mut out: Vec<Rc<PyType>> = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut cand = None;
            for s in &seqs {
                let head = &s[0];
                if !seqs
                    .iter()
                    .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)))
                {
                    cand = Some(head.clone());
                    break;
                }
            }
            let Some(c) = cand else {
                // CPython names the heads of the lists left to merge.
                let mut heads: Vec<&Rc<PyType>> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                        heads.push(&s[0]);
                    }
                }
                let names: Vec<String> = heads.iter().map(|b| b.name().to_string()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    /// PEP 560: bases that are not classes but have `__mro_entries__`
    /// (`list[int]`, `Generic[T]`) are replaced by what it returns.
    fn resolve_bases(&mut self, orig: &[Value]) -> PyResult<Vec<Value>> {
        let mut bases = Vec::with_capacity(orig.len());
        let mut orig_tuple = None;
        for b in orig {
            if !matches!(b, Value::Type(_)) {
                let n = self.intern("__mro_entries__");
                if let Some(m) = self.get_attr_opt(b, &n)? {
                    let t = orig_tuple.get_or_insert_with(|| Value::tuple(orig.to_vec()));
                    let entries = self.call(&m, &[t.clone()], &[])?;
                    let Value::Tuple(entries) = entries else {
                        return Err(self.type_error("__mro_entries__ must return a tuple"));
                    };
                    bases.extend(entries.iter().cloned());
                    continue;
                }
            }
            bases.push(b.clone());
        }
        Ok(bases)
    }

    /// `__build_class__(func, name, *bases, metaclass=..., **kw)`.
    pub fn build_class(&mut self, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        if args.len() < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let Value::Function(func) = &args[0] else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let Value::Str(name) = &args[1] else {
            return Err(self.type_error("__build_class__: name is not a string"));
        };
        let orig_bases = &args[2..];
        let bases = self.resolve_bases(orig_bases)?;
        let mut meta: Option<Value> = None;
        let mut rest: Vec<(Rc<PyStr>, Value)> = Vec::new();
        for (k, v) in kw {
            if k.as_str() == "metaclass" {
                meta = Some(v.clone());
            } else {
                rest.push((k.clone(), v.clone()));
            }
        }
        let meta = match meta {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Type(self.type_of(b)),
                None => Value::Type(self.types.type_.clone()),
            },
        };
        // The most derived metaclass among the bases wins.
        let meta = match &meta {
            Value::Type(m) => {
                let mut winner = m.clone();
                for b in &bases {
                    let bm = self.type_of(b);
                    if bm.is_subtype(&winner) {
                        winner = bm;
                    }
                }
                Value::Type(winner)
            }
            _ => meta,
        };
        let bases_t = Value::tuple(bases.clone());
        let prep = self.intern("__prepare__");
        let ns = match self.get_attr_opt(&meta, &prep)? {
            Some(p) if !matches!(p, Value::Builtin(_)) => {
                self.call(&p, &[Value::Str(name.clone()), bases_t.clone()], &rest)?
            }
            _ => Value::Dict(Rc::new(PyDict::new())),
        };
        if !matches!(ns, Value::Dict(_)) && self.user_special(&ns, "__getitem__").is_none() {
            return Err(self.type_error(format!(
                "{}.__prepare__() must return a mapping, not {}",
                match &meta {
                    Value::Type(m) => m.name().to_string(),
                    _ => "<metaclass>".into(),
                },
                self.type_name(&ns)
            )));
        }
        if bases.len() != orig_bases.len() || bases.iter().zip(orig_bases).any(|(a, b)| !a.is(b)) {
            let key = Value::str("__orig_bases__");
            self.set_item(&ns, key, Value::tuple(orig_bases.to_vec()))?;
        }
        let cell = self.run_code(
            &func.code.clone(),
            func.globals.clone(),
            Some(ns.clone()),
            &func.closure,
        )?;
        let cls = self.call(&meta, &[Value::Str(name.clone()), bases_t, ns], &rest)?;
        // type.__new__ fills the `__class__` cell from `__classcell__`; a
        // metaclass that drops it leaves the cell empty (CPython's check).
        if let (Value::Cell(c), Value::Type(_)) = (&cell, &cls) {
            let in_cell = c.get();
            if !in_cell.is(&cls) {
                let n = self.repr_str(&Value::Str(name.clone()))?;
                let cr = self.repr_str(&cls)?;
                return Err(if in_cell.is_unbound() {
                    self.err(
                        ExcKind::RuntimeError,
                        format!(
                            "__class__ not set defining {n} as {cr}. Was __classcell__ propagated to type.__new__?"
                        ),
                    )
                } else {
                    let ir = self.repr_str(&in_cell)?;
                    self.type_error(format!("__class__ set to {ir} defining {n} as {cr}"))
                });
            }
        }
        Ok(cls)
    }

    /// `super()` with no arguments, from the calling frame.
    pub fn super_zero_arg(&mut self) -> PyResult<Value> {
        let Some(f) = self.frames.last() else {
            return Err(self.err(ExcKind::RuntimeError, "super(): no current frame"));
        };
        let code = f.code.clone();
        let base = f.base;
        if code.argcount == 0 {
            return Err(self.err(ExcKind::RuntimeError, "super(): no arguments"));
        }
        let mut first = self.stack[base].clone();
        if code.forced_name && code.vars[0].kind == RegKind::Local {
            if let Some(Value::Dict(d)) = &self.frames.last().and_then(|f| f.locals.clone()) {
                first = d.get_str(&code.vars[0].name).unwrap_or_default();
            }
        }
        if let Value::Cell(c) = &first {
            if code.vars[0].kind == RegKind::Cell {
                first = c.get();
            }
        }
        if first.is_unbound() {
            return Err(self.err(ExcKind::RuntimeError, "super(): arg[0] deleted"));
        }
        let Some((i, _)) = code.var_reg("__class__") else {
            return Err(self.err(ExcKind::RuntimeError, "super(): __class__ cell not found"));
        };
        let cls = match &self.stack[base + i] {
            Value::Cell(c) => c.get(),
            _ => Value::Unbound,
        };
        let Value::Type(t) = cls else {
            return Err(self.err(ExcKind::RuntimeError, "super(): empty __class__ cell"));
        };
        self.make_super(t, first)
    }

    pub fn make_super(&mut self, typ: Rc<PyType>, obj: Value) -> PyResult<Value> {
        let obj_type = match &obj {
            Value::Type(c) if c.is_subtype(&typ) => c.clone(),
            _ => {
                let t = self.type_of(&obj);
                if !t.is_subtype(&typ) {
                    let (what, oname) = match &obj {
                        Value::Type(c) => ("type", c.name()),
                        _ => ("instance of", t.name()),
                    };
                    return Err(self.type_error(format!(
                        "super(type, obj): obj ({what} {oname}) is not an instance or subtype of type ({}).",
                        typ.name()
                    )));
                }
                t
            }
        };
        Ok(Value::Other(Rc::new(Other::Super { typ, obj, obj_type })))
    }

    pub fn isinstance_type(&mut self, obj: &Value, t: &Rc<PyType>) -> bool {
        self.type_of(obj).is_subtype(t)
    }

    /// `isinstance(obj, spec)` with tuples and `__instancecheck__`.
    pub fn isinstance(&mut self, obj: &Value, spec: &Value) -> PyResult<bool> {
        match spec {
            Value::Type(t) => {
                if self.isinstance_type(obj, t) {
                    return Ok(true);
                }
                if let Some(f) = self.user_special(spec, "__instancecheck__") {
                    let r = self.call_special(&f, spec, &[obj.clone()])?;
                    return self.truthy(&r);
                }
                Ok(false)
            }
            Value::Tuple(ts) => {
                for t in ts.iter() {
                    if self.isinstance(obj, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(members) = crate::builtins::generic_alias::union_members(self, spec) {
                    for t in &members {
                        if self.isinstance(obj, t)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                if crate::builtins::generic_alias::is_parameterized(self, spec) {
                    return Err(self
                        .type_error("isinstance() argument 2 cannot be a parameterized generic"));
                }
                Err(self
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
            }
        }
    }

    pub fn issubclass(&mut self, c: &Value, spec: &Value) -> PyResult<bool> {
        let Value::Type(ct) = c else {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        };
        match spec {
            Value::Type(t) => {
                if ct.is_subtype(t) {
                    return Ok(true);
                }
                if let Some(f) = self.user_special(spec, "__subclasscheck__") {
                    let r = self.call_special(&f, spec, &[c.clone()])?;
                    return self.truthy(&r);
                }
                Ok(false)
            }
            Value::Tuple(ts) => {
                for t in ts.iter() {
                    if self.issubclass(c, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(members) = crate::builtins::generic_alias::union_members(self, spec) {
                    for t in &members {
                        if self.issubclass(c, t)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                if crate::builtins::generic_alias::is_parameterized(self, spec) {
                    return Err(self
                        .type_error("issubclass() argument 2 cannot be a parameterized generic"));
                }
                Err(self.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ))
            }
        }
    }
}
