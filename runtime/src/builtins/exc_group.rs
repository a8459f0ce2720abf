//! Exception groups: `BaseExceptionGroup`/`ExceptionGroup` construction,
//! their methods, and the helpers that compiled `except*` clauses call.
//!
//! A group keeps `(message, exceptions)` as its `args`; `split` and
//! `subgroup` are Python source, compiled into the type's namespace the
//! first time one of them is called (not at every runtime's start).

use super::args::arity;
use super::{add_getter, set_new};
use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

const SOURCE: &str = r#"
def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)")

def _derive_keep(self, excs):
    eg = self.derive(excs)
    eg.__cause__ = self.__cause__
    eg.__context__ = self.__context__
    _copy_traceback(eg, self)
    notes = getattr(self, '__notes__', None)
    if notes is not None:
        eg.__notes__ = list(notes)
    return eg

def split(self, condition):
    pred = _matcher(condition)
    if pred(self):
        return self, None
    match = []
    rest = []
    for e in self.exceptions:
        if isinstance(e, BaseExceptionGroup):
            m, r = e.split(condition)
            if m is not None:
                match.append(m)
            if r is not None:
                rest.append(r)
        elif pred(e):
            match.append(e)
        else:
            rest.append(e)
    return (_derive_keep(self, match) if match else None,
            _derive_keep(self, rest) if rest else None)

def subgroup(self, condition):
    return self.split(condition)[0]
"#;

pub fn install(vm: &mut Vm) {
    let base = vm.exc_type(ExcKind::BaseExceptionGroup);
    let group = vm.exc_type(ExcKind::ExceptionGroup);
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    let exception = vm.exc_type(ExcKind::Exception);
    *group.bases.borrow_mut() = vec![base.clone(), exception.clone()];
    let mut mro = vec![base.clone(), exception];
    mro.extend(vm.exc_type(ExcKind::BaseException).mro_all());
    *group.mro.borrow_mut() = mro;

    set_new(vm, &base, group_new);
    vm.add_method(&base, "__init__", group_init);
    vm.add_method(&base, "derive", derive);
    add_getter(vm, &base, "message", message);
    add_getter(vm, &base, "exceptions", exceptions);
    vm.add_method(&base, "split", split_first);
    vm.add_method(&base, "subgroup", subgroup_first);
}

/// Compiles the Python `split` and `subgroup` into `BaseExceptionGroup`,
/// replacing these first-call stand-ins; returns the one called `name`.
fn python_method(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let base = vm.exc_type(ExcKind::BaseExceptionGroup);
    let ns = Rc::new(PyDict::new());
    ns.set_item_str("__builtins__", Value::Dict(vm.builtins.clone()));
    ns.set_item_str("__name__", Value::str("builtins"));
    ns.set_item_str(
        "_copy_traceback",
        vm.builtin("_copy_traceback", copy_traceback),
    );
    let code = vm.compile_source(
        SOURCE,
        "<exception groups>",
        crate::bytecode::CodeKind::Module,
    )?;
    vm.run_code(&code, ns.clone(), Some(Value::Dict(ns.clone())), &[])?;
    for n in ["split", "subgroup"] {
        if let Some(f) = ns.get_item_str(n) {
            base.dict.set_item_str(n, f);
        }
    }
    // Attribute caches must see the new methods.
    vm.type_epoch += 1;
    ns.get_item_str(name)
        .ok_or_else(|| vm.err(ExcKind::SystemError, "exception group source lost a method"))
}

fn split_first(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let f = python_method(vm, "split")?;
    vm.call(&f, args, kw)
}

fn subgroup_first(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let f = python_method(vm, "subgroup")?;
    vm.call(&f, args, kw)
}

/// `BaseExceptionGroup(message, exceptions)`, with CPython's checks; the
/// base class gives an ExceptionGroup when every member is an Exception.
fn group_new(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    let name = cls.name();
    let rest = &args[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    }
    let Value::Str(_) = &rest[0] else {
        return Err(vm.type_error(format!(
            "argument 1 must be str, not {}",
            vm.type_name(&rest[0])
        )));
    };
    let seq = Vm::unwrap_base(&rest[1]);
    if !matches!(seq, Value::List(_) | Value::Tuple(_))
        && vm.user_special(&rest[1], "__getitem__").is_none()
    {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(&rest[1])?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.exc_type(ExcKind::Exception);
    let mut all_exceptions = true;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Instance(inst) if inst.exc.is_some() => {
                if !inst.class().is_subtype(&exception) {
                    all_exceptions = false;
                }
            }
            _ => {
                return Err(vm.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )))
            }
        }
    }
    let base = vm.exc_type(ExcKind::BaseExceptionGroup);
    let group = vm.exc_type(ExcKind::ExceptionGroup);
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &base) {
        if all_exceptions {
            cls = group;
        }
    } else if cls.is_subtype(&exception) && !all_exceptions {
        return Err(vm.type_error(if Rc::ptr_eq(&cls, &group) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{name}'")
        }));
    }
    Ok(vm.new_instance(&cls, rest))
}

/// `_copy_traceback(dst, src)`: a derived group keeps the traceback of
/// the group it was split from.
fn copy_traceback(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "_copy_traceback", a, 2, 2)?;
    if let (Value::Instance(dst), Value::Instance(src)) = (&a[0], &a[1]) {
        if let (Some(d), Some(s)) = (&dst.exc, &src.exc) {
            let tb = s.traceback.borrow().clone();
            *d.traceback.borrow_mut() = tb;
        }
    }
    Ok(Value::None)
}

/// `__init__` leaves the arguments `__new__` recorded.
fn group_init(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn group_args(vm: &Vm, v: &Value) -> PyResult<Rc<PyTuple>> {
    match v {
        Value::Instance(i) => match &i.exc {
            Some(exc) => Ok(exc.args.borrow().clone()),
            None => Err(vm.type_error("descriptor requires a 'BaseExceptionGroup' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'BaseExceptionGroup' object")),
    }
}

fn message(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let args = group_args(vm, &a[0])?;
    Ok(args.as_slice().first().cloned().unwrap_or(Value::None))
}

fn exceptions(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let args = group_args(vm, &a[0])?;
    let items = match args.as_slice().get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    Ok(Value::tuple(items))
}

fn derive(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "derive", &a[1..], 1, 1)?;
    let msg = message(vm, &a[..1], &[])?;
    let base = Value::Type(vm.exc_type(ExcKind::BaseExceptionGroup));
    vm.call(&base, &[msg, a[1].clone()], &[])
}

/// `str()` of a group: "message (N sub-exceptions)".
pub fn group_str(vm: &mut Vm, args: &PyTuple) -> PyResult<String> {
    let msg = match args.as_slice().first() {
        Some(m) => vm.str_of(m)?,
        None => String::new(),
    };
    let n = match args.as_slice().get(1) {
        Some(v) => vm.len(v)?,
        None => 0,
    };
    Ok(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    ))
}

// ---- except* ----
//
// The state of one `except*` statement is a list
// [original exception, unmatched rest (or None), [exceptions raised by handlers]].

fn is_group(vm: &Vm, v: &Value) -> bool {
    let base = vm.exc_type(ExcKind::BaseExceptionGroup);
    matches!(v, Value::Instance(i) if i.class().is_subtype(&base))
}

fn state(vm: &Vm, v: &Value) -> PyResult<Rc<PyList>> {
    match v {
        Value::List(l) if l.len() == 3 => Ok(l.clone()),
        _ => Err(vm.err(ExcKind::SystemError, "bad except* state")),
    }
}

/// Start of the clauses: the exception, as a group.
pub fn star_begin(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let exc = a.first().cloned().unwrap_or(Value::None);
    let rest = if is_group(vm, &exc) {
        exc.clone()
    } else {
        let eg = Value::Type(vm.exc_type(ExcKind::BaseExceptionGroup));
        vm.call(&eg, &[Value::str(""), Value::list(vec![exc.clone()])], &[])?
    };
    Ok(Value::list(vec![exc, rest, Value::list(vec![])]))
}

/// One clause: the part of the rest its type matches (or None).
pub fn star_match(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = state(vm, &a[0])?;
    let typ = a[1].clone();
    let types = match &typ {
        Value::Tuple(t) => t.as_slice().to_vec(),
        _ => vec![typ.clone()],
    };
    let base_exc = vm.exc_type(ExcKind::BaseException);
    let group = vm.exc_type(ExcKind::BaseExceptionGroup);
    for t in &types {
        match t {
            Value::Type(c) if c.is_subtype(&base_exc) => {
                if c.is_subtype(&group) {
                    return Err(vm.type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
            }
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    let rest = st.items()[1].clone();
    if rest.is_none() {
        return Ok(Value::None);
    }
    let split = vm.intern("split");
    let parts = vm.call_method(&rest, &split, &[typ])?;
    let (m, r) = match &parts {
        Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
        _ => (Value::None, rest.clone()),
    };
    st.items_mut()[1] = r;
    Ok(m)
}

/// An exception raised by a clause's body.
pub fn star_raised(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = state(vm, &a[0])?;
    let raised = st.items()[2].clone();
    if let Value::List(l) = raised {
        l.items_mut().push(a[1].clone());
    }
    Ok(Value::None)
}

/// End of the clauses: what is to be re-raised (what was not handled,
/// together with what the handlers raised), or None.
pub fn star_end(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = state(vm, &a[0])?;
    let (orig, rest, raised) = {
        let items = st.items();
        (items[0].clone(), items[1].clone(), items[2].clone())
    };
    let raised = match raised {
        Value::List(l) => l.snapshot(),
        _ => Vec::new(),
    };
    if raised.is_empty() {
        if rest.is_none() {
            return Ok(Value::None);
        }
        return Ok(if is_group(vm, &orig) { rest } else { orig });
    }
    // A bare `raise` in a handler re-raises its matched group: those count
    // with the unhandled rest; other exceptions are new.
    let mut kept: Vec<Value> = Vec::new();
    let mut new: Vec<Value> = Vec::new();
    for r in raised {
        if is_group(vm, &r) && is_part_of(vm, &orig, &r) {
            kept.push(r);
        } else {
            new.push(r);
        }
    }
    if !rest.is_none() {
        kept.push(rest);
    }
    let reraised = match kept.len() {
        0 => None,
        1 => Some(kept.pop().expect("one")),
        _ => {
            let mut members = Vec::new();
            for k in &kept {
                let ex = exceptions(vm, std::slice::from_ref(k), &[])?;
                members.extend(vm.collect(&ex)?);
            }
            let derive_name = vm.intern("derive");
            Some(vm.call_method(&orig, &derive_name, &[Value::list(members)])?)
        }
    };
    let out = if new.is_empty() {
        let r = reraised.expect("something was raised");
        if is_group(vm, &orig) {
            r
        } else {
            orig
        }
    } else if !is_group(vm, &orig) {
        // A naked exception ran at most one clause: what it raised goes on.
        new.swap_remove(0)
    } else {
        if let Some(r) = reraised {
            new.push(r);
        }
        // One exception is raised as it is, several as a new group.
        if new.len() == 1 {
            new.swap_remove(0)
        } else {
            let eg = Value::Type(vm.exc_type(ExcKind::BaseExceptionGroup));
            vm.call(&eg, &[Value::str(""), Value::list(new)], &[])?
        }
    };
    Ok(out)
}

/// Whether group `part` holds only leaves of `whole` (it was split off it).
fn is_part_of(vm: &mut Vm, whole: &Value, part: &Value) -> bool {
    let leaves = |vm: &mut Vm, v: &Value| -> Vec<Value> {
        let mut out = Vec::new();
        let mut todo = vec![v.clone()];
        while let Some(x) = todo.pop() {
            if is_group(vm, &x) {
                if let Ok(ex) = exceptions(vm, std::slice::from_ref(&x), &[]) {
                    if let Ok(items) = vm.collect(&ex) {
                        todo.extend(items);
                    }
                }
            } else {
                out.push(x);
            }
        }
        out
    };
    let all = leaves(vm, whole);
    leaves(vm, part).iter().all(|l| all.iter().any(|x| x.is(l)))
}
