//! Attribute access: descriptors, instance and class dicts, modules, and
//! the data attributes of built-in objects.

use super::vm::Vm;
use crate::builtins::{mappingproxy, slots};
use crate::bytecode::code::{AttrCache, AttrHit};
use crate::exc_kind::ExcKind;
use crate::objects::function::Binding;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

impl Vm {
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attr_error(obj, name.as_str())),
        }
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = Rc::new(PyStr::new(name));
        self.get_attr(obj, &n)
    }

    /// `getattr(obj, name, None)`-like: `None` when absent (an
    /// AttributeError raised by user code also counts as absent).
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let r = match obj {
            Value::Instance(_) => self.instance_getattr(obj, name),
            Value::Type(t) => self.type_getattr(t, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.get_str(name) {
                    return Ok(Some(v));
                }
                match name.as_str() {
                    "__dict__" => return Ok(Some(Value::Dict(m.dict.clone()))),
                    "__class__" => return Ok(Some(Value::Type(self.types.module.clone()))),
                    _ => {}
                }
                if let Some(ga) = m.dict.get_item_str("__getattr__") {
                    return match self.call1(&ga, Value::Str(name.clone())) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.is_exc_kind(&e, ExcKind::AttributeError) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                Ok(None)
            }
            _ => {
                if let Some(v) = self.builtin_attr(obj, name)? {
                    return Ok(Some(v));
                }
                let t = self.type_of(obj);
                match t.lookup(name) {
                    Some(d) => Ok(Some(self.bind_descriptor(&d, obj)?)),
                    None => {
                        if let Value::Function(f) = obj {
                            if let Some(d) = &*f.dict.borrow() {
                                return Ok(d.get_str(name));
                            }
                        }
                        Ok(None)
                    }
                }
            }
        };
        match r {
            Err(e)
                if self.is_exc_kind(&e, ExcKind::AttributeError)
                    && e.0.dict.get_item_str("obj").is_some() =>
            {
                // A missing attribute from a user __getattr__ path.
                Err(e)
            }
            r => r,
        }
    }

    fn is_data_descriptor(&mut self, d: &Value) -> bool {
        match d {
            Value::Other(o) => match &**o {
                Other::Property { .. } => true,
                Other::Native { .. } => slots::as_member(d).is_some(),
                _ => false,
            },
            Value::Instance(_) => {
                self.user_special(d, "__set__").is_some()
                    || self.user_special(d, "__delete__").is_some()
            }
            _ => false,
        }
    }

    /// What `obj.attr` gives for a class attribute `d` (CPython's `__get__`).
    pub fn bind_descriptor(&mut self, d: &Value, obj: &Value) -> PyResult<Value> {
        Ok(match d {
            Value::Function(_) => Value::Method(Rc::new(PyMethod {
                func: d.clone(),
                receiver: obj.clone(),
            })),
            Value::Builtin(b) => match b.binding {
                Binding::Method => Value::Method(Rc::new(PyMethod {
                    func: d.clone(),
                    receiver: obj.clone(),
                })),
                Binding::Class => Value::Method(Rc::new(PyMethod {
                    func: d.clone(),
                    receiver: Value::Type(self.type_of(obj)),
                })),
                Binding::Static => d.clone(),
            },
            Value::Other(o) => match &**o {
                Other::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(self.err(
                            ExcKind::AttributeError,
                            format!("property of '{}' object has no getter", self.type_name(obj)),
                        ));
                    }
                    self.call1(fget, obj.clone())?
                }
                Other::StaticMethod(f) => f.clone(),
                Other::ClassMethod(f) => Value::Method(Rc::new(PyMethod {
                    func: f.clone(),
                    receiver: Value::Type(self.type_of(obj)),
                })),
                Other::Native { .. } => match slots::as_member(d) {
                    Some(m) => slots::get(self, &m, obj)?,
                    None => d.clone(),
                },
                _ => d.clone(),
            },
            Value::Instance(_) => {
                if let Some(get) = self.user_special(d, "__get__") {
                    let t = Value::Type(self.type_of(obj));
                    self.call_special(&get, d, &[obj.clone(), t])?
                } else {
                    d.clone()
                }
            }
            _ => d.clone(),
        })
    }

    fn instance_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = obj else {
            unreachable!()
        };
        let cls = inst.class();
        // A user-defined __getattribute__ replaces the whole lookup.
        if let Some(ga) = self.user_special(obj, "__getattribute__") {
            match self.call_special(&ga, obj, &[Value::Str(name.clone())]) {
                Ok(v) => return Ok(Some(v)),
                Err(e) if self.is_exc_kind(&e, ExcKind::AttributeError) => {
                    if let Some(g) = self.user_special(obj, "__getattr__") {
                        return self
                            .call_special(&g, obj, &[Value::Str(name.clone())])
                            .map(Some);
                    }
                    return Err(e);
                }
                Err(e) => return Err(e),
            }
        }
        let descr = cls.lookup_cached(name, self.type_epoch);
        if let Some(Value::Other(o)) = &descr {
            if let Other::Property { fget, .. } = &**o {
                if fget.is_none() {
                    return Err(self.err(
                        ExcKind::AttributeError,
                        format!(
                            "property '{}' of '{}' object has no getter",
                            name.as_str(),
                            cls.name()
                        ),
                    ));
                }
            }
        }
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.bind_descriptor(d, obj).map(Some);
            }
        }
        match name.as_str() {
            // A class attribute named `__dict__` hides the instance dict.
            "__dict__" if descr.is_none() && cls.instances_have_dict() => {
                return Ok(Some(Value::Dict(inst.dict.clone())))
            }
            "__class__" => return Ok(Some(Value::Type(cls))),
            _ => {}
        }
        if let Some(v) = inst.dict.get_str(name) {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.bind_descriptor(&d, obj).map(Some);
        }
        if let Some(v) = self.builtin_attr(obj, name)? {
            return Ok(Some(v));
        }
        if let Some(g) = self.user_special(obj, "__getattr__") {
            return match self.call_special(&g, obj, &[Value::Str(name.clone())]) {
                Ok(v) => Ok(Some(v)),
                Err(e) => Err(e),
            };
        }
        Ok(None)
    }

    fn type_getattr(&mut self, t: &Rc<PyType>, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let tv = Value::Type(t.clone());
        let meta = self.type_of(&tv);
        let meta_attr = if meta.builtin {
            None
        } else {
            meta.lookup(name)
        };
        if let Some(m) = &meta_attr {
            if self.is_data_descriptor(m) {
                return self.bind_descriptor(m, &tv).map(Some);
            }
        }
        match name.as_str() {
            "__name__" => return Ok(Some(Value::str(&t.name()))),
            "__qualname__" => return Ok(Some(Value::str(&t.qualname.borrow()))),
            "__mro__" => {
                let v = t.mro_all().into_iter().map(Value::Type).collect();
                return Ok(Some(Value::tuple(v)));
            }
            "__bases__" => {
                let v = t.bases.borrow().iter().cloned().map(Value::Type).collect();
                return Ok(Some(Value::tuple(v)));
            }
            "__base__" => {
                return Ok(Some(match t.bases.borrow().first() {
                    Some(b) => Value::Type(b.clone()),
                    None => Value::None,
                }))
            }
            "__dict__" => return Ok(Some(mappingproxy::proxy(self, &t.dict))),
            "__class__" => return Ok(Some(Value::Type(meta))),
            // Set in the body of a generic class (PEP 695); `()` otherwise.
            "__type_params__" => {
                return Ok(Some(
                    t.dict.get_str(name).unwrap_or_else(|| Value::tuple(vec![])),
                ))
            }
            "__module__" => {
                if let Some(m) = t.dict.get_str(name) {
                    return Ok(Some(m));
                }
                return Ok(Some(Value::str("builtins")));
            }
            "__doc__" => {
                return Ok(Some(t.dict.get_str(name).unwrap_or(Value::None)));
            }
            _ => {}
        }
        if let Some(a) = t.lookup(name) {
            return Ok(Some(match &a {
                Value::Other(o) => match &**o {
                    Other::StaticMethod(f) => f.clone(),
                    Other::ClassMethod(f) => Value::Method(Rc::new(PyMethod {
                        func: f.clone(),
                        receiver: tv.clone(),
                    })),
                    _ => a.clone(),
                },
                Value::Builtin(b) if b.binding == Binding::Class => {
                    Value::Method(Rc::new(PyMethod {
                        func: a.clone(),
                        receiver: tv.clone(),
                    }))
                }
                Value::Instance(_) => {
                    if let Some(get) = self.user_special(&a, "__get__") {
                        self.call_special(&get, &a, &[Value::None, tv.clone()])?
                    } else {
                        a.clone()
                    }
                }
                _ => a.clone(),
            }));
        }
        if let Some(m) = meta_attr {
            return self.bind_descriptor(&m, &tv).map(Some);
        }
        // Methods of `type` itself (mro, __subclasses__...).
        if let Some(m) = self.types.type_.dict.get_str(name) {
            return self.bind_descriptor(&m, &tv).map(Some);
        }
        if !meta.builtin {
            if let Some(g) = meta.lookup(&self.intern("__getattr__")) {
                return self
                    .call(&g, &[tv, Value::Str(name.clone())], &[])
                    .map(Some);
            }
        }
        Ok(None)
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(sa) = self.user_special(obj, "__setattr__") {
                    self.call_special(&sa, obj, &[Value::Str(name.clone()), value])?;
                    return Ok(());
                }
                if let Some(d) = cls.lookup_cached(name, self.type_epoch) {
                    if let Value::Other(o) = &d {
                        if let Other::Property { fset, .. } = &**o {
                            if fset.is_none() {
                                return Err(self.err(
                                    ExcKind::AttributeError,
                                    format!(
                                        "property '{}' of '{}' object has no setter",
                                        name.as_str(),
                                        cls.name()
                                    ),
                                ));
                            }
                            self.call(fset, &[obj.clone(), value], &[])?;
                            return Ok(());
                        }
                    }
                    if let Some(m) = slots::as_member(&d) {
                        return slots::set(self, &m, obj, Some(value));
                    }
                    if matches!(d, Value::Instance(_)) {
                        if let Some(set) = self.user_special(&d, "__set__") {
                            self.call_special(&set, &d, &[obj.clone(), value])?;
                            return Ok(());
                        }
                    }
                }
                self.instance_setattr_plain(inst, name, value)
            }
            Value::Type(t) => {
                if t.builtin {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        t.name()
                    )));
                }
                self.type_epoch += 1;
                match name.as_str() {
                    "__name__" | "__qualname__" => {
                        let Value::Str(s) = &value else {
                            return Err(self.type_error(format!(
                                "can only assign string to {}.{}, not '{}'",
                                t.name(),
                                name.as_str(),
                                self.type_name(&value)
                            )));
                        };
                        let field = if name.as_str() == "__name__" {
                            &t.name
                        } else {
                            &t.qualname
                        };
                        *field.borrow_mut() = Rc::from(s.as_str());
                    }
                    _ => t.dict.set_str(name.clone(), value),
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_str(name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__globals__" | "__builtins__" | "__closure__" => {
                        return Err(self.err(ExcKind::AttributeError, "readonly attribute"))
                    }
                    "__name__" => match &value {
                        Value::Str(s) => *f.name.borrow_mut() = s.clone(),
                        _ => return Err(self.type_error("__name__ must be set to a string object")),
                    },
                    "__qualname__" => match &value {
                        Value::Str(s) => *f.qualname.borrow_mut() = s.clone(),
                        _ => {
                            return Err(
                                self.type_error("__qualname__ must be set to a string object")
                            )
                        }
                    },
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__module__" => *f.module.borrow_mut() = value,
                    "__annotations__" => *f.annotations.borrow_mut() = value,
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match &value {
                            Value::Tuple(t) => t.as_slice().to_vec(),
                            Value::None => vec![],
                            _ => {
                                return Err(
                                    self.type_error("__defaults__ must be set to a tuple object")
                                )
                            }
                        }
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match &value {
                            Value::Dict(d) => Some(d.clone()),
                            _ => None,
                        }
                    }
                    "__dict__" => {
                        if let Value::Dict(d) = value {
                            *f.dict.borrow_mut() = Some(d);
                        }
                    }
                    _ => {
                        let mut d = f.dict.borrow_mut();
                        d.get_or_insert_with(|| Rc::new(PyDict::new()))
                            .set_str(name.clone(), value);
                    }
                }
                Ok(())
            }
            Value::Other(o)
                if matches!(&**o, Other::Generator(_))
                    && matches!(name.as_str(), "__name__" | "__qualname__") =>
            {
                let Other::Generator(g) = &**o else {
                    unreachable!()
                };
                let Value::Str(s) = value else {
                    return Err(self
                        .type_error(format!("{} must be set to a string object", name.as_str())));
                };
                if name.as_str() == "__name__" {
                    *g.name.borrow_mut() = s;
                } else {
                    *g.qualname.borrow_mut() = s;
                }
                Ok(())
            }
            Value::Other(o) if matches!(&**o, Other::Object { .. }) => {
                let Other::Object { state, .. } = &**o else {
                    unreachable!()
                };
                if let Value::Dict(d) = &*state.borrow() {
                    d.set_str(name.clone(), value);
                }
                Ok(())
            }
            _ => {
                let t = self.type_of(obj);
                if matches!(t.lookup(name), Some(Value::Builtin(_))) {
                    return Err(self.err(
                        ExcKind::AttributeError,
                        format!(
                            "'{}' object attribute '{}' is read-only",
                            t.name(),
                            name.as_str()
                        ),
                    ));
                }
                if t.lookup(name).is_some() || self.builtin_attr(obj, name)?.is_some() {
                    return Err(self.err(
                        ExcKind::AttributeError,
                        format!(
                            "attribute '{}' of '{}' objects is not writable",
                            name.as_str(),
                            t.name()
                        ),
                    ));
                }
                Err(self.err(
                    ExcKind::AttributeError,
                    format!(
                        "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                        t.name(),
                        name.as_str()
                    ),
                ))
            }
        }
    }

    /// `object.__setattr__`: the instance dict (or exception fields).
    pub fn instance_setattr_plain(
        &mut self,
        inst: &Rc<PyInstance>,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        if let Some(exc) = &inst.exc {
            match name.as_str() {
                "args" => {
                    let items = self.collect(&value)?;
                    *exc.args.borrow_mut() = Rc::new(PyTuple::new(items));
                    return Ok(());
                }
                "__cause__" | "__context__" => {
                    let e = self.as_exception(&value);
                    if e.is_none() && !value.is_none() {
                        let what = &name.as_str()[2..name.as_str().len() - 2];
                        return Err(self.type_error(format!(
                            "exception {what} must be None or derive from BaseException"
                        )));
                    }
                    if name.as_str() == "__cause__" {
                        *exc.cause.borrow_mut() = e;
                        exc.suppress_context.set(true);
                    } else {
                        *exc.context.borrow_mut() = e;
                    }
                    return Ok(());
                }
                "__suppress_context__" => {
                    exc.suppress_context.set(self.truthy(&value)?);
                    return Ok(());
                }
                "__traceback__" => {
                    if value.is_none() {
                        exc.traceback.borrow_mut().clear();
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        if name.as_str() == "__class__" {
            if let Value::Type(t) = value {
                *inst.class.borrow_mut() = t;
                return Ok(());
            }
            return Err(self.type_error("__class__ must be set to a class"));
        }
        let cls = inst.class();
        if !cls.instances_have_dict() {
            return Err(self.err(
                ExcKind::AttributeError,
                format!(
                    "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                    cls.name(),
                    name.as_str()
                ),
            ));
        }
        if name.as_str() == "__dict__" {
            // The instance keeps its dict object: the new mapping's items
            // replace its contents.
            let Value::Dict(d) = &value else {
                return Err(self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    self.type_name(&value)
                )));
            };
            let items = d.items();
            let old = inst.dict.copy();
            inst.dict.clear();
            for (k, v) in items {
                inst.dict.set(self, k, v)?;
            }
            drop(old);
            return Ok(());
        }
        inst.dict.set_str(name.clone(), value);
        Ok(())
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(da) = self.user_special(obj, "__delattr__") {
                    self.call_special(&da, obj, &[Value::Str(name.clone())])?;
                    return Ok(());
                }
                let cls = inst.class();
                if let Some(d) = cls.lookup(name) {
                    if let Some(m) = slots::as_member(&d) {
                        return slots::set(self, &m, obj, None);
                    }
                    if let Value::Other(o) = &d {
                        if let Other::Property { fdel, .. } = &**o {
                            if fdel.is_none() {
                                return Err(self.err(
                                    ExcKind::AttributeError,
                                    format!(
                                        "property '{}' of '{}' object has no deleter",
                                        name.as_str(),
                                        cls.name()
                                    ),
                                ));
                            }
                            self.call1(fdel, obj.clone())?;
                            return Ok(());
                        }
                    }
                    if matches!(d, Value::Instance(_)) {
                        if let Some(del) = self.user_special(&d, "__delete__") {
                            self.call_special(&del, &d, &[obj.clone()])?;
                            return Ok(());
                        }
                    }
                }
                if inst.dict.del_str(name).is_none() {
                    return Err(self.attr_error(obj, name.as_str()));
                }
                Ok(())
            }
            Value::Type(t) if !t.builtin => {
                self.type_epoch += 1;
                if t.dict.del_str(name).is_none() {
                    return Err(self.attr_error(obj, name.as_str()));
                }
                Ok(())
            }
            Value::Module(m) => {
                if m.dict.del_str(name).is_none() {
                    return Err(self.attr_error(obj, name.as_str()));
                }
                Ok(())
            }
            Value::Function(f) => {
                let removed = f.dict.borrow().as_ref().and_then(|d| d.del_str(name));
                if removed.is_none() {
                    return Err(self.attr_error(obj, name.as_str()));
                }
                Ok(())
            }
            _ => Err(self.attr_error(obj, name.as_str())),
        }
    }

    /// `obj.name(*args)` without a bound-method object when possible.
    pub fn call_method(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        args: &[Value],
    ) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(Value::Function(f)) = cls.lookup_cached(name, self.type_epoch) {
                    if !inst.dict.contains_str(name)
                        && self.user_special(obj, "__getattribute__").is_none()
                    {
                        let mut a: crate::value::Args =
                            smallvec::SmallVec::with_capacity(args.len() + 1);
                        a.push(obj.clone());
                        a.extend(args.iter().cloned());
                        return self.call_function(&f, &a, &[]);
                    }
                }
            }
            Value::Type(_) | Value::Module(_) => {}
            _ => {
                let t = self.type_of(obj);
                if let Some(Value::Builtin(b)) = t.dict.get_str(name) {
                    if b.binding == Binding::Method {
                        let mut a = Vec::with_capacity(args.len() + 1);
                        a.push(obj.clone());
                        a.extend_from_slice(args);
                        return (b.func)(self, &a, &[]);
                    }
                }
            }
        }
        let m = self.get_attr(obj, name)?;
        self.call(&m, args, &[])
    }

    /// `obj.name` through the instruction's inline cache.
    pub(crate) fn get_attr_cached(
        &mut self,
        cache: &AttrCache,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        match cached_instance_attr(cache, obj, name, self.type_epoch) {
            Some(v) => Ok(v),
            None => self.get_attr_missed(cache, obj, name),
        }
    }

    /// `obj.name` after [`cached_instance_attr`] missed: the full lookup,
    /// then the cache filled for the next time.
    pub(crate) fn get_attr_missed(
        &mut self,
        cache: &AttrCache,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let v = self.get_attr(obj, name)?;
        self.fill_attr_cache(cache, obj, name, false);
        Ok(v)
    }

    /// `obj.name(*args)` through the instruction's inline cache; the
    /// `argc` arguments are taken from the value stack at `args`.
    pub(crate) fn call_method_cached(
        &mut self,
        cache: &AttrCache,
        obj: &Value,
        name: &Rc<PyStr>,
        args: usize,
        argc: usize,
    ) -> PyResult<Value> {
        let hit = match obj {
            Value::Instance(inst) => match cache.get(&inst.class.borrow(), self.type_epoch) {
                Some(AttrHit::Method(f)) if !inst.dict.contains_str(name) => Some(Ok(f)),
                Some(AttrHit::InstanceDict) => inst.dict.get_str_hinted(name, &cache.slot).map(Err),
                _ => None,
            },
            // Only dunder names have data descriptors on the module type;
            // any other name is looked up in the module's dict.
            Value::Module(m) if !name.as_str().starts_with("__") => {
                m.dict.get_str_hinted(name, &cache.slot).map(Err)
            }
            _ => None,
        };
        let taken = self.stack[args..args + argc].iter_mut().map(std::mem::take);
        match hit {
            Some(Ok(f)) => {
                let mut a: crate::value::Args = smallvec::SmallVec::with_capacity(argc + 1);
                a.push(obj.clone());
                a.extend(taken);
                self.call_function(&f, &a, &[])
            }
            Some(Err(attr)) => {
                let a: crate::value::Args = taken.collect();
                self.call(&attr, &a, &[])
            }
            None => {
                let a: crate::value::Args = taken.collect();
                let v = self.call_method(obj, name, &a)?;
                self.fill_attr_cache(cache, obj, name, true);
                Ok(v)
            }
        }
    }

    /// The function `obj.name(...)` calls with `obj` first, when the
    /// instruction's inline cache knows it (see [`AttrHit::Method`]).
    pub(crate) fn cached_method(
        &self,
        cache: &AttrCache,
        obj: &Value,
        name: &PyStr,
    ) -> Option<Rc<crate::objects::PyFunction>> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        match cache.get(&inst.class.borrow(), self.type_epoch) {
            Some(AttrHit::Method(f)) if !inst.dict.contains_str(name) => Some(f),
            _ => None,
        }
    }

    /// `obj.name = value` through the instruction's inline cache.
    pub(crate) fn set_attr_cached(
        &mut self,
        cache: &AttrCache,
        obj: &Value,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        match cached_instance_store(cache, obj, name, value, self.type_epoch) {
            Ok(()) => Ok(()),
            Err(value) => self.set_attr_missed(cache, obj, name, value),
        }
    }

    /// `obj.name = value` after [`cached_instance_store`] missed: the full
    /// store, then the cache filled for the next time.
    pub(crate) fn set_attr_missed(
        &mut self,
        cache: &AttrCache,
        obj: &Value,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        self.set_attr(obj, name, value)?;
        let Value::Instance(inst) = obj else {
            return Ok(());
        };
        let cls = inst.class();
        if cache.is_for(&cls, self.type_epoch)
            || inst.exc.is_some()
            || !cls.instances_have_dict()
            || matches!(name.as_str(), "__dict__" | "__class__")
            || self.user_special(obj, "__setattr__").is_some()
        {
            return Ok(());
        }
        match cls.lookup_cached(name, self.type_epoch) {
            Some(d) if self.is_data_descriptor(&d) => {}
            _ => cache.set(cls, self.type_epoch, AttrHit::StoreInstanceDict),
        }
        Ok(())
    }

    /// Records in `cache` what the class side of looking up `name` on the
    /// instance `obj` comes to, when that is one of the cacheable cases
    /// ([`AttrHit`]): `method` for a call of the attribute.
    pub(crate) fn fill_attr_cache(
        &mut self,
        cache: &AttrCache,
        obj: &Value,
        name: &Rc<PyStr>,
        method: bool,
    ) {
        let Value::Instance(inst) = obj else {
            return;
        };
        let cls = inst.class();
        if cache.is_for(&cls, self.type_epoch)
            || matches!(name.as_str(), "__dict__" | "__class__")
            || self.user_special(obj, "__getattribute__").is_some()
        {
            return;
        }
        let hit = match cls.lookup_cached(name, self.type_epoch) {
            Some(Value::Function(f)) if method => AttrHit::Method(f),
            Some(d) if self.is_data_descriptor(&d) => return,
            _ => AttrHit::InstanceDict,
        };
        cache.set(cls, self.type_epoch, hit);
    }

    fn as_exception(&self, v: &Value) -> Option<crate::value::PyErr> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Some(crate::value::PyErr(i.clone())),
            _ => None,
        }
    }
}

/// `obj.name` when the instruction's cache says instances of `obj`'s class
/// keep `name` in their dict and `obj` has it there: the common case,
/// which needs nothing of the VM (the interpreter's loop calls it with
/// the object still in its register).
#[inline(always)]
pub(crate) fn cached_instance_attr(
    cache: &AttrCache,
    obj: &Value,
    name: &PyStr,
    epoch: u64,
) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    if !cache.holds(&inst.class.borrow(), epoch, &AttrHit::InstanceDict) {
        return None;
    }
    inst.dict.get_str_hinted(name, &cache.slot)
}

/// `obj.name = value` when the instruction's cache says instances of
/// `obj`'s class store `name` in their dict; gives `value` back otherwise.
#[inline(always)]
pub(crate) fn cached_instance_store(
    cache: &AttrCache,
    obj: &Value,
    name: &Rc<PyStr>,
    value: Value,
    epoch: u64,
) -> Result<(), Value> {
    let Value::Instance(inst) = obj else {
        return Err(value);
    };
    if !cache.holds(&inst.class.borrow(), epoch, &AttrHit::StoreInstanceDict) {
        return Err(value);
    }
    if !inst.dict.set_str_hinted(name, &cache.slot, value) {
        // A new key: the class's instances get dicts this big from now on.
        let cls = inst.class.borrow();
        let n = (inst.dict.len() as u32).min(64);
        if n > cls.dict_size.get() {
            cls.dict_size.set(n);
        }
    }
    Ok(())
}
