//! Names resolved at run time (the `name` tier), `locals()`/`globals()`,
//! frame objects and PEP 667's write-through `f_locals` proxy.

use super::vm::Vm;
use crate::bytecode::code::NameCache;
use crate::bytecode::{RegKind, Tier};
use crate::exc_kind::ExcKind;
use crate::objects::*;
use crate::value::{PyErr, PyResult, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Where a frame's variables are right now.
enum Regs {
    Live(usize),
    Dead(Rc<PyFrame>),
}

impl Vm {
    // ---- LOAD_NAME world ----

    /// Looks `name` up in the frame's locals mapping only.
    pub(crate) fn lookup_locals(&mut self, fi: usize, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match &self.frames[fi].locals {
            None => return Ok(None),
            Some(Value::Dict(d)) => return Ok(d.get_str(name)),
            _ => {}
        }
        let Some(loc) = self.frames[fi].locals.clone() else {
            return Ok(None);
        };
        match &loc {
            Value::Dict(d) => Ok(d.get_str(name)),
            _ => match self.get_item(&loc, &Value::Str(name.clone())) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.is_exc_kind(&e, ExcKind::KeyError) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// The hit path of LoadName/LoadGlobal's inline cache: the value, if
    /// none of the dicts consulted before the one holding it (and that one)
    /// changed keys since the cache was filled. Inlined into the
    /// interpreter loop so that the value goes straight into its register.
    #[inline(always)]
    pub(crate) fn load_cache_hit(
        &self,
        fi: usize,
        cache: &NameCache,
        with_locals: bool,
    ) -> Option<Value> {
        let depth = cache.depth.get();
        if depth == 0 {
            return None;
        }
        let f = &self.frames[fi];
        let vs = cache.versions.get();
        let d: &PyDict = match (&f.locals, with_locals) {
            (Some(Value::Dict(loc)), true) => {
                if loc.version() != vs[0] {
                    return None;
                }
                match depth {
                    1 => loc,
                    2 => {
                        if f.globals.version() != vs[1] {
                            return None;
                        }
                        &f.globals
                    }
                    _ => {
                        if f.globals.version() != vs[1] || f.builtins.version() != vs[2] {
                            return None;
                        }
                        &f.builtins
                    }
                }
            }
            (Some(_), true) => return None,
            _ => {
                if f.globals.version() != vs[0] {
                    return None;
                }
                if depth == 1 {
                    &f.globals
                } else {
                    if f.builtins.version() != vs[1] {
                        return None;
                    }
                    &f.builtins
                }
            }
        };
        d.value_at(cache.index.get() as usize)
    }

    /// LoadName and LoadGlobal when [`Vm::load_cache_hit`] missed: looks
    /// the name up and refills the cache. `with_locals` says whether the
    /// frame's locals mapping is consulted first.
    #[inline(never)]
    pub(crate) fn load_cached(
        &mut self,
        fi: usize,
        cache: &NameCache,
        name: &Rc<PyStr>,
        with_locals: bool,
    ) -> PyResult<Value> {
        let f = &self.frames[fi];
        if !with_locals && !self.mapped_globals.is_empty() {
            if let Some(g) = self.globals_mapping(&f.globals) {
                return self.load_global_mapped(fi, &g, name);
            }
        }
        let f = &self.frames[fi];
        let loc = match (&f.locals, with_locals) {
            (Some(Value::Dict(d)), true) => Some(d),
            (Some(_), true) => return self.load_name(fi, name),
            _ => None,
        };
        let mut dicts: [&PyDict; 3] = [&f.globals, &f.globals, &f.builtins];
        let n = match loc {
            Some(d) => {
                dicts[0] = d;
                3
            }
            None => {
                dicts[0] = &f.globals;
                dicts[1] = &f.builtins;
                2
            }
        };
        let mut vs = [0u64; 3];
        for (i, d) in dicts[..n].iter().enumerate() {
            vs[i] = d.version();
            if let Some(idx) = d.find_str_index(name) {
                cache.versions.set(vs);
                cache.depth.set(i as u8 + 1);
                cache.index.set(idx as u32);
                if let Some(v) = d.value_at(idx) {
                    return Ok(v);
                }
            }
        }
        cache.depth.set(0);
        Err(self.missing_name(fi, name))
    }

    /// The hit path of StoreName/StoreGlobal's inline cache: stores a copy
    /// of `v` over the cached entry and says whether it could.
    #[inline(always)]
    pub(crate) fn store_cache_hit(
        &self,
        fi: usize,
        cache: &NameCache,
        v: &Value,
        to_locals: bool,
    ) -> bool {
        if cache.depth.get() != 1 {
            return false;
        }
        let f = &self.frames[fi];
        let d = match (&f.locals, to_locals) {
            (Some(Value::Dict(d)), true) => d,
            (Some(_), true) => return false,
            _ => &f.globals,
        };
        d.version() == cache.versions.get()[0] && d.set_value_at(cache.index.get() as usize, v)
    }

    /// StoreName and StoreGlobal when [`Vm::store_cache_hit`] missed.
    #[inline(never)]
    pub(crate) fn store_cached(
        &mut self,
        fi: usize,
        cache: &NameCache,
        name: &Rc<PyStr>,
        v: Value,
        to_locals: bool,
    ) -> PyResult<()> {
        let f = &self.frames[fi];
        let d = if to_locals {
            match &f.locals {
                Some(Value::Dict(d)) => d,
                Some(_) => return self.store_name(fi, name, v),
                None => &f.globals,
            }
        } else {
            &f.globals
        };
        let idx = d.set_str_index(name.clone(), v);
        cache.versions.set([d.version(), 0, 0]);
        cache.depth.set(1);
        cache.index.set(idx as u32);
        Ok(())
    }

    /// Records that `g`, a globals value given to exec/eval/FunctionType,
    /// is a dict subclass whose lookups Python code overrides.
    pub(crate) fn note_mapped_globals(&mut self, g: &Value) {
        let Value::Instance(inst) = g else {
            return;
        };
        let Value::Dict(d) = &*inst.base.borrow() else {
            return;
        };
        if self.user_special(g, "__getitem__").is_none()
            && self.user_special(g, "__missing__").is_none()
        {
            return;
        }
        self.mapped_globals
            .retain(|(d, i)| d.strong_count() > 0 && i.strong_count() > 0);
        if !self
            .mapped_globals
            .iter()
            .any(|(w, _)| std::ptr::eq(w.as_ptr(), Rc::as_ptr(d)))
        {
            self.mapped_globals
                .push((Rc::downgrade(d), Rc::downgrade(inst)));
        }
    }

    /// The dict-subclass instance whose storage is `globals`, if its
    /// lookups are overridden (see `Vm::mapped_globals`).
    pub(crate) fn globals_mapping(&self, globals: &Rc<PyDict>) -> Option<Value> {
        self.mapped_globals.iter().find_map(|(d, i)| {
            if !std::ptr::eq(d.as_ptr(), Rc::as_ptr(globals)) {
                return None;
            }
            let inst = i.upgrade()?;
            let same = matches!(&*inst.base.borrow(), Value::Dict(b) if Rc::ptr_eq(b, globals));
            same.then_some(Value::Instance(inst))
        })
    }

    /// LOAD_GLOBAL with globals that are not an exact dict: the mapping
    /// protocol on globals, then builtins (CPython's slow path).
    #[inline(never)]
    fn load_global_mapped(&mut self, fi: usize, g: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_item(g, &Value::Str(name.clone())) {
            Ok(v) => return Ok(v),
            Err(e) if self.is_exc_kind(&e, ExcKind::KeyError) => {}
            Err(e) => return Err(e),
        }
        if let Some(v) = self.frames[fi].builtins.get_str(name) {
            return Ok(v);
        }
        Err(self.missing_name(fi, name))
    }

    /// The error of a name found nowhere: NameError, unless the frame's
    /// `__builtins__` is not a mapping at all, which fails as CPython's
    /// builtins lookup does (e.g. "'int' object is not subscriptable").
    pub(crate) fn missing_name(&mut self, fi: usize, name: &Rc<PyStr>) -> PyErr {
        let f = &self.frames[fi];
        if f.builtins.is_empty() {
            if let Some(b) = f.globals.get_item_str("__builtins__") {
                if !matches!(b, Value::Dict(_) | Value::Module(_)) {
                    if let Err(e) = self.get_item(&b, &Value::Str(name.clone())) {
                        if !self.is_exc_kind(&e, ExcKind::KeyError) {
                            return e;
                        }
                    }
                }
            }
        }
        self.name_error(name.as_str())
    }

    pub(crate) fn load_name(&mut self, fi: usize, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.lookup_locals(fi, name)? {
            return Ok(v);
        }
        let f = &self.frames[fi];
        if let Some(v) = f.globals.get_str(name) {
            return Ok(v);
        }
        if let Some(v) = f.builtins.get_str(name) {
            return Ok(v);
        }
        Err(self.missing_name(fi, name))
    }

    pub(crate) fn store_name(&mut self, fi: usize, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        if let Some(Value::Dict(d)) = &self.frames[fi].locals {
            d.set_str(name.clone(), v);
            return Ok(());
        }
        match self.frames[fi].locals.clone() {
            Some(Value::Dict(d)) => {
                d.set_str(name.clone(), v);
                Ok(())
            }
            Some(m) => self.set_item(&m, Value::Str(name.clone()), v),
            None => {
                self.frames[fi].globals.set_str(name.clone(), v);
                Ok(())
            }
        }
    }

    pub(crate) fn delete_name(&mut self, fi: usize, name: &Rc<PyStr>) -> PyResult<()> {
        match self.frames[fi].locals.clone() {
            Some(Value::Dict(d)) => {
                if d.del_str(name).is_none() {
                    return Err(self.name_error(name.as_str()));
                }
                Ok(())
            }
            Some(m) => match self.del_item(&m, &Value::Str(name.clone())) {
                Ok(()) => Ok(()),
                Err(_) => Err(self.name_error(name.as_str())),
            },
            None => {
                if self.frames[fi].globals.del_str(name).is_none() {
                    return Err(self.name_error(name.as_str()));
                }
                Ok(())
            }
        }
    }

    /// A local of a `--tier=name` function: its per-call dict only.
    /// LoadLocal (a local of a function body forced into the `name` tier)
    /// when [`Vm::load_cache_hit`] missed: the locals dict only, filling
    /// the cache at depth 1.
    pub(crate) fn load_local(
        &mut self,
        fi: usize,
        cache: &NameCache,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        if let Some(Value::Dict(d)) = &self.frames[fi].locals {
            if let Some(idx) = d.find_str_index(name) {
                if let Some(v) = d.value_at(idx) {
                    cache.versions.set([d.version(), 0, 0]);
                    cache.depth.set(1);
                    cache.index.set(idx as u32);
                    return Ok(v);
                }
            }
        }
        Err(self.err(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name.as_str()
            ),
        ))
    }

    pub(crate) fn setup_annotations(&mut self, fi: usize) -> PyResult<()> {
        let key = self.intern("__annotations__");
        if self.lookup_locals(fi, &key)?.is_none() {
            self.store_name(fi, &key, Value::Dict(Rc::new(PyDict::new())))?;
        }
        Ok(())
    }

    pub(crate) fn display_hook(&mut self, v: Value) -> PyResult<()> {
        match self.sys.dict.get_item_str("displayhook") {
            Some(h) => {
                self.call1(&h, v)?;
                Ok(())
            }
            None => Err(self.err(ExcKind::RuntimeError, "lost sys.displayhook")),
        }
    }

    // ---- frames ----

    /// The frame object of running frame `idx`, created on demand.
    pub fn frame_object(&mut self, idx: usize) -> Rc<PyFrame> {
        if let Some(o) = &self.frames[idx].obj {
            return o.clone();
        }
        let f = &self.frames[idx];
        let obj = Rc::new(PyFrame {
            code: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals: f.locals.clone(),
            live: Cell::new(Some(idx)),
            final_regs: RefCell::new(Vec::new()),
            final_line: Cell::new(0),
            extra: RefCell::new(None),
            back: RefCell::new(None),
        });
        self.frames[idx].obj = Some(obj.clone());
        obj
    }

    /// A frame object for a suspended generator.
    pub(crate) fn generator_frame(&mut self, g: &PyGenerator) -> Rc<PyFrame> {
        let mut st = g.state.borrow_mut();
        if let Some(o) = &st.frame_obj {
            return o.clone();
        }
        let line = if st.started {
            g.code.line_at(g.suspended_at(st.pc))
        } else {
            g.code.firstlineno
        };
        let obj = Rc::new(PyFrame {
            code: g.code.clone(),
            globals: st.globals.clone(),
            builtins: st.builtins.clone(),
            locals: st.locals.clone(),
            live: Cell::new(None),
            final_regs: RefCell::new(st.regs.clone()),
            final_line: Cell::new(line),
            extra: RefCell::new(None),
            back: RefCell::new(None),
        });
        st.frame_obj = Some(obj.clone());
        obj
    }

    fn regs_of(&self, f: &Rc<PyFrame>) -> Regs {
        match f.live.get() {
            Some(i) if i < self.frames.len() => Regs::Live(self.frames[i].base),
            _ => Regs::Dead(f.clone()),
        }
    }

    fn read_reg(&self, f: &Rc<PyFrame>, r: usize) -> Value {
        match self.regs_of(f) {
            Regs::Live(base) => self.stack[base + r].clone(),
            Regs::Dead(f) => f.final_regs.borrow().get(r).cloned().unwrap_or_default(),
        }
    }

    fn write_reg(&mut self, f: &Rc<PyFrame>, r: usize, v: Value) {
        match self.regs_of(f) {
            Regs::Live(base) => {
                self.stack[base + r] = v;
                // Native code running this frame keeps some registers in
                // machine registers: tell it to leave (see jit_iface).
                self.jit.frame_writes += 1;
            }
            Regs::Dead(f) => {
                if let Some(slot) = f.final_regs.borrow_mut().get_mut(r) {
                    *slot = v;
                }
            }
        }
    }

    pub(crate) fn frame_attr(&mut self, f: &Rc<PyFrame>, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "f_locals" => self.frame_locals(f),
            "f_globals" => Value::Dict(f.globals.clone()),
            "f_builtins" => Value::Dict(f.builtins.clone()),
            "f_code" => Value::Code(f.code.clone()),
            // A running frame's caller is the frame below it (for a
            // generator, whoever resumed it); a finished frame keeps the
            // caller it had; a suspended generator has none.
            "f_back" => match f.live.get() {
                Some(i) if i < self.frames.len() => {
                    if i == 0 {
                        Value::None
                    } else {
                        Value::Frame(self.frame_object(i - 1))
                    }
                }
                _ => match &*f.back.borrow() {
                    Some(b) => Value::Frame(b.clone()),
                    None => Value::None,
                },
            },
            "f_lineno" => Value::Int(match f.live.get() {
                Some(i) => f.code.line_at(self.frames[i].pc) as i64,
                None => f.final_line.get() as i64,
            }),
            "f_lasti" => Value::Int(match f.live.get() {
                Some(i) => self.frames[i].pc as i64 * 2,
                None => 0,
            }),
            "f_trace" => Value::None,
            _ => return Ok(None),
        }))
    }

    /// `frame.f_locals`: the namespace itself for module/class/exec code,
    /// a write-through proxy for function frames (PEP 667).
    pub fn frame_locals(&mut self, f: &Rc<PyFrame>) -> Value {
        if f.code.tier == Tier::Name && !f.code.forced_name && !self.hidden_bound(f) {
            return match &f.locals {
                Some(l) => l.clone(),
                None => Value::Dict(f.globals.clone()),
            };
        }
        Value::Other(Rc::new(Other::FrameLocalsProxy(f.clone())))
    }

    /// Whether module or class code is inside an inlined comprehension
    /// (PEP 709): its iteration variables are bound registers that the
    /// namespace dict does not hold. There, as in CPython, `f_locals` is a
    /// proxy over those registers and `locals()` a snapshot of it.
    fn hidden_bound(&self, f: &Rc<PyFrame>) -> bool {
        (0..f.code.nlocals as usize)
            .any(|i| f.code.vars[i].kind == RegKind::Hidden && !self.read_reg(f, i).is_unbound())
    }

    /// The register a proxy key names: a bound comprehension variable
    /// (which shadows a same-named local while the comprehension runs),
    /// else the variable of that name.
    fn proxy_var(&self, f: &Rc<PyFrame>, name: &str) -> Option<(usize, RegKind)> {
        let code = &f.code;
        (0..code.nlocals as usize)
            .find(|&i| {
                code.vars[i].kind == RegKind::Hidden
                    && code.vars[i].name.as_str() == name
                    && !self.read_reg(f, i).is_unbound()
            })
            .map(|i| (i, RegKind::Hidden))
            .or_else(|| code.var_reg(name))
    }

    fn var_value(&mut self, f: &Rc<PyFrame>, i: usize) -> Value {
        let code = &f.code;
        let info = &code.vars[i];
        if code.forced_name && info.kind == RegKind::Local {
            let loc = match f.live.get() {
                Some(fi) if fi < self.frames.len() => self.frames[fi].locals.clone(),
                _ => f.locals.clone(),
            };
            if let Some(Value::Dict(d)) = loc {
                return d.get_str(&info.name).unwrap_or_default();
            }
            return Value::Unbound;
        }
        let v = self.read_reg(f, i);
        match (info.kind, &v) {
            // A hidden comprehension variable that lambdas capture holds
            // its cell.
            (RegKind::Cell | RegKind::Free | RegKind::Hidden, Value::Cell(c)) => c.get(),
            _ => v,
        }
    }

    /// Bound variables (name, value) then extra names, for `locals()`.
    pub(crate) fn proxy_items(&mut self, f: &Rc<PyFrame>) -> Vec<(Value, Value)> {
        let mut out = Vec::new();
        for i in 0..f.code.vars.len() {
            let name = &f.code.vars[i].name;
            if self
                .proxy_var(f, name.as_str())
                .is_some_and(|(j, _)| j != i)
            {
                continue;
            }
            let v = self.var_value(f, i);
            if !v.is_unbound() {
                out.push((Value::Str(name.clone()), v));
            }
        }
        if let Some(extra) = &*f.extra.borrow() {
            out.extend(extra.items());
        }
        out
    }

    pub(crate) fn proxy_keys(&mut self, f: &Rc<PyFrame>) -> PyResult<Vec<Value>> {
        Ok(self.proxy_items(f).into_iter().map(|(k, _)| k).collect())
    }

    pub(crate) fn proxy_len(&mut self, f: &Rc<PyFrame>) -> PyResult<usize> {
        Ok(self.proxy_items(f).len())
    }

    pub(crate) fn proxy_get(&mut self, f: &Rc<PyFrame>, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            if let Some((i, _)) = self.proxy_var(f, s.as_str()) {
                let v = self.var_value(f, i);
                return Ok(if v.is_unbound() { None } else { Some(v) });
            }
        }
        let extra = f.extra.borrow().clone();
        match extra {
            Some(d) => d.get(self, key),
            None => Ok(None),
        }
    }

    pub(crate) fn proxy_set(&mut self, f: &Rc<PyFrame>, key: Value, v: Value) -> PyResult<()> {
        if let Value::Str(s) = &key {
            if let Some((i, kind)) = self.proxy_var(f, s.as_str()) {
                if f.code.forced_name && kind == RegKind::Local {
                    let loc = match f.live.get() {
                        Some(fi) if fi < self.frames.len() => self.frames[fi].locals.clone(),
                        _ => f.locals.clone(),
                    };
                    if let Some(Value::Dict(d)) = loc {
                        d.set_str(s.clone(), v);
                    }
                    return Ok(());
                }
                match (kind, self.read_reg(f, i)) {
                    (RegKind::Cell | RegKind::Free | RegKind::Hidden, Value::Cell(c)) => c.set(v),
                    (RegKind::Cell | RegKind::Free, _) => {}
                    _ => self.write_reg(f, i, v),
                }
                return Ok(());
            }
        }
        let d = {
            let mut extra = f.extra.borrow_mut();
            extra.get_or_insert_with(|| Rc::new(PyDict::new())).clone()
        };
        d.set(self, key, v)
    }

    /// `locals()` in the current frame.
    pub fn locals_of_frame(&mut self, idx: usize) -> Value {
        let code = self.frames[idx].code.clone();
        let base = self.frames[idx].base;
        let hidden = || {
            (0..code.nlocals as usize)
                .any(|i| code.vars[i].kind == RegKind::Hidden && !self.stack[base + i].is_unbound())
        };
        if code.tier == Tier::Name && !code.forced_name && !hidden() {
            return match &self.frames[idx].locals {
                Some(l) => l.clone(),
                None => Value::Dict(self.frames[idx].globals.clone()),
            };
        }
        let f = self.frame_object(idx);
        let d = PyDict::new();
        for (k, v) in self.proxy_items(&f) {
            d.set_fast(k, v);
        }
        Value::Dict(Rc::new(d))
    }
}

impl Vm {
    /// The frame of a `FrameLocalsProxy` value.
    pub(crate) fn as_proxy(v: &Value) -> Option<Rc<PyFrame>> {
        match v {
            Value::Other(o) => match &**o {
                Other::FrameLocalsProxy(f) => Some(f.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The KeyError of a proxy lookup that found nothing: CPython names
    /// an unbound variable of the frame.
    pub(crate) fn proxy_key_error(&mut self, f: &Rc<PyFrame>, key: &Value) -> PyErr {
        if let Value::Str(s) = key {
            if self.proxy_var(f, s.as_str()).is_some() {
                let r = crate::interp::format::str_repr(s.as_str());
                return self.key_error(Value::string(format!(
                    "local variable '{r}' is not defined"
                )));
            }
        }
        self.key_error(key.clone())
    }

    /// A snapshot dict of a proxy's bound variables and extra names.
    pub(crate) fn proxy_dict(&mut self, f: &Rc<PyFrame>) -> Value {
        let d = PyDict::new();
        for (k, v) in self.proxy_items(f) {
            d.set_fast(k, v);
        }
        Value::Dict(Rc::new(d))
    }

    /// For an operation between a proxy and a dict (or two proxies), both
    /// operands as dicts; `None` when neither is a proxy or the other
    /// operand is not a dict.
    pub(crate) fn proxy_as_dict_pair(&mut self, a: &Value, b: &Value) -> Option<(Value, Value)> {
        let (pa, pb) = (Self::as_proxy(a), Self::as_proxy(b));
        if pa.is_none() && pb.is_none() {
            return None;
        }
        let side = |vm: &mut Vm, v: &Value, p: Option<Rc<PyFrame>>| match p {
            Some(f) => Some(vm.proxy_dict(&f)),
            None => matches!(v, Value::Dict(_)).then(|| v.clone()),
        };
        let x = side(self, a, pa)?;
        let y = side(self, b, pb)?;
        Some((x, y))
    }
}
