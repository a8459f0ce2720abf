//! The `functools` module.
//!
//! `reduce`, `partial`, `lru_cache` and `cmp_to_key` are Rust (CPython
//! implements them in C, and they sit on hot paths); `update_wrapper`,
//! `wraps`, `total_ordering` and `cached_property` are Python source run in
//! the module namespace, as CPython writes them in Python too.

use super::args::{arg_or_kw, arity, kwargs, no_kw};
use super::functions::callable_value;
use super::{
    add_getter, is_native, native_new, native_type, native_value, new_module, run_module_source,
    set_all, set_new, with_native, wrap_subclass,
};
use crate::frontend::ast::CmpOp;
use crate::interp::Vm;
use crate::objects::function::{Binding, KwArgs};
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

const SOURCE: &str = r#"
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            pass
        else:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from `wrapped`'s __dict__ is
    # replaced by the function itself.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# For each root comparison a class defines, how total_ordering derives the
# others from it: (negate the root's result, then `or ==` / `and !=`).
_DERIVATIONS = {
    '__lt__': {'__gt__': (True, '!='), '__le__': (False, '=='), '__ge__': (True, None)},
    '__le__': {'__ge__': (True, '=='), '__lt__': (False, '!='), '__gt__': (True, None)},
    '__gt__': {'__lt__': (True, '!='), '__ge__': (False, '=='), '__le__': (True, None)},
    '__ge__': {'__le__': (True, '=='), '__gt__': (False, '!='), '__lt__': (True, None)},
}


def _derived(root, name, negate, extra):
    def method(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if extra == '==':
            return result or self == other
        if extra == '!=':
            return result and self != other
        return result
    method.__name__ = name
    method.__qualname__ = f'_{name[2:-2]}_from_{root[2:-2]}'
    return method


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # __lt__ is preferred, then __le__, __gt__ and __ge__.
    root = max(defined)
    for name, (negate, extra) in _DERIVATIONS[root].items():
        if name not in defined:
            setattr(cls, name, _derived(root, name, negate, extra))
    return cls


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value
"#;

pub fn make_functools(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(vm, "functools", &[("reduce", reduce)]);

    let partial = native_type(vm, "functools", "partial", true);
    set_new(vm, &partial, partial_new);
    vm.add_method(&partial, "__call__", partial_call);
    vm.add_method(&partial, "__repr__", partial_repr);
    add_getter(vm, &partial, "func", partial_func);
    add_getter(vm, &partial, "args", partial_args);
    add_getter(vm, &partial, "keywords", partial_keywords);
    m.dict.set_item_str("partial", Value::Type(partial));

    let key = native_type(vm, "functools", "KeyWrapper", false);
    vm.add_method(&key, "__call__", key_call);
    for (name, f) in [
        ("__lt__", key_lt as BuiltinFn),
        ("__le__", key_le),
        ("__gt__", key_gt),
        ("__ge__", key_ge),
        ("__eq__", key_eq),
        ("__ne__", key_ne),
    ] {
        vm.add_method(&key, name, f);
    }
    add_getter(vm, &key, "obj", key_obj);
    key.dict.set_item_str("__hash__", Value::None);
    m.dict.set_item_str("KeyWrapper", Value::Type(key.clone()));
    m.dict.set_item_str(
        "cmp_to_key",
        bound_builtin("cmp_to_key", cmp_to_key, Value::Type(key)),
    );

    // cache_info() gives a named tuple, made by collections.namedtuple as
    // in CPython.
    let collections = vm.import_module("collections")?;
    let namedtuple = vm.get_attr_str(&collections, "namedtuple")?;
    let fields = ["hits", "misses", "maxsize", "currsize"]
        .iter()
        .map(|s| Value::str(s))
        .collect();
    let module_kw = [(Rc::new(PyStr::new("module")), Value::str("functools"))];
    let info = vm.call(
        &namedtuple,
        &[Value::str("CacheInfo"), Value::list(fields)],
        &module_kw,
    )?;
    let wrapper = native_type(vm, "functools", "_lru_cache_wrapper", false);
    vm.add_method(&wrapper, "__call__", lru_call);
    vm.add_method(&wrapper, "__get__", lru_get);
    vm.add_method(&wrapper, "cache_info", lru_cache_info);
    vm.add_method(&wrapper, "cache_clear", lru_cache_clear);
    vm.add_method(&wrapper, "cache_parameters", lru_cache_parameters);
    // The module's lru_cache and cache carry what every wrapper needs.
    let kwd_mark = Value::Other(Rc::new(Other::Object {
        class: vm.types.object.clone(),
        state: RefCell::new(Value::None),
    }));
    let shared = Value::tuple(vec![Value::Type(wrapper), info, kwd_mark]);
    m.dict.set_item_str(
        "lru_cache",
        bound_builtin("lru_cache", lru_cache, shared.clone()),
    );
    m.dict
        .set_item_str("cache", bound_builtin("cache", cache, shared));

    run_module_source(vm, &m, SOURCE)?;
    set_all(
        &m,
        &[
            "update_wrapper",
            "wraps",
            "WRAPPER_ASSIGNMENTS",
            "WRAPPER_UPDATES",
            "total_ordering",
            "cache",
            "cmp_to_key",
            "lru_cache",
            "reduce",
            "partial",
            "cached_property",
        ],
    );
    Ok(m)
}

/// A built-in function that receives `state` as its first argument.
fn bound_builtin(name: &str, func: BuiltinFn, state: Value) -> Value {
    Value::Builtin(Rc::new(PyBuiltin {
        name: Rc::from(name),
        owner: None,
        func,
        binding: Binding::Static,
        bound: Some(state),
        owner_type: None,
    }))
}

// ---- reduce ----

fn reduce(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "reduce", kw)?;
    arity(vm, "reduce", args, 2, 3)?;
    let it = vm
        .get_iter(&args[1])
        .map_err(|_| vm.type_error("reduce() arg 2 must support iteration"))?;
    let mut acc = match args.get(2) {
        Some(v) => v.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => return Err(vm.type_error("reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(x) = vm.next(&it)? {
        acc = vm.call(&args[0], &[acc, x], &[])?;
    }
    Ok(acc)
}

// ---- partial ----

struct Partial {
    func: Value,
    args: Vec<Value>,
    keywords: Rc<PyDict>,
}

fn partial_parts(vm: &Vm, v: &Value) -> PyResult<(Value, Vec<Value>, Rc<PyDict>)> {
    with_native(vm, v, "functools.partial", |p: &mut Partial| {
        (p.func.clone(), p.args.clone(), p.keywords.clone())
    })
}

fn partial_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(vm.type_error("partial.__new__(X): X is not a type object"));
    };
    let Some(func) = args.get(1) else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !callable_value(vm, func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let keywords = Rc::new(PyDict::new());
    // A partial of a plain partial is flattened into one.
    let (func, mut pargs) = if matches!(func, Value::Other(_)) && is_native::<Partial>(func) {
        let (f, a, k) = partial_parts(vm, func)?;
        for (key, v) in k.items() {
            keywords.set(vm, key, v)?;
        }
        (f, a)
    } else {
        (func.clone(), Vec::new())
    };
    pargs.extend_from_slice(&args[2..]);
    for (k, v) in kw {
        keywords.set_str(k.clone(), v.clone());
    }
    Ok(native_new(
        cls,
        Partial {
            func,
            args: pargs,
            keywords,
        },
    ))
}

fn partial_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (func, mut pargs, keywords) = partial_parts(vm, &args[0])?;
    pargs.extend_from_slice(&args[1..]);
    if keywords.is_empty() {
        return vm.call(&func, &pargs, kw);
    }
    let mut merged: Vec<(Rc<PyStr>, Value)> = Vec::with_capacity(keywords.len() + kw.len());
    for (k, v) in keywords.items() {
        if let Value::Str(k) = k {
            if !kw.iter().any(|(n, _)| n.as_str() == k.as_str()) {
                merged.push((k, v));
            }
        }
    }
    merged.extend(kw.iter().cloned());
    vm.call(&func, &pargs, &merged)
}

fn partial_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (func, pargs, keywords) = partial_parts(vm, &args[0])?;
    let t = vm.type_of(&args[0]);
    let module = match t.dict.get_item_str("__module__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "functools".into(),
    };
    let mut parts = vec![vm.repr_str(&func)?];
    for a in &pargs {
        parts.push(vm.repr_str(a)?);
    }
    for (k, v) in keywords.items() {
        parts.push(format!("{}={}", vm.str_of(&k)?, vm.repr_str(&v)?));
    }
    Ok(Value::string(format!(
        "{module}.{}({})",
        t.qualname.borrow(),
        parts.join(", ")
    )))
}

fn partial_func(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(partial_parts(vm, &args[0])?.0)
}

fn partial_args(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::tuple(partial_parts(vm, &args[0])?.1))
}

fn partial_keywords(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(partial_parts(vm, &args[0])?.2))
}

// ---- cmp_to_key ----

/// A key made by `cmp_to_key`: the comparison function, and the wrapped
/// object once the key function has been applied to one.
struct KeyWrapper {
    cmp: Value,
    obj: Option<Value>,
}

/// `cmp_to_key(mycmp)`; `args[0]` is the KeyWrapper type.
fn cmp_to_key(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [mycmp] = kwargs(vm, "cmp_to_key", kw, ["mycmp"])?;
    let Some(cmp) = arg_or_kw(&args[1..], 0, &mycmp) else {
        return Err(vm.type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)"));
    };
    let Value::Type(t) = &args[0] else {
        return Err(vm.type_error("cmp_to_key: bad state"));
    };
    Ok(native_value(t, KeyWrapper { cmp, obj: None }))
}

fn key_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "K", kw)?;
    arity(vm, "K", &args[1..], 1, 1)?;
    let cmp = with_native(
        vm,
        &args[0],
        "functools.KeyWrapper",
        |k: &mut KeyWrapper| k.cmp.clone(),
    )?;
    let t = vm.type_of(&args[0]);
    Ok(native_value(
        &t,
        KeyWrapper {
            cmp,
            obj: Some(args[1].clone()),
        },
    ))
}

fn key_parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value)> {
    let (cmp, obj) = with_native(vm, v, "functools.KeyWrapper", |k: &mut KeyWrapper| {
        (k.cmp.clone(), k.obj.clone())
    })?;
    Ok((cmp, obj.unwrap_or(Value::None)))
}

/// `cmp(self.obj, other.obj) <op> 0`.
fn key_compare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    arity(vm, "comparison", &args[1..], 1, 1)?;
    let (cmp, a) = key_parts(vm, &args[0])?;
    if !is_native::<KeyWrapper>(&args[1]) {
        return Err(vm.type_error("other argument must be K instance"));
    }
    let (_, b) = key_parts(vm, &args[1])?;
    let r = vm.call(&cmp, &[a, b], &[])?;
    vm.rich_compare(op, &r, &Value::Int(0))
}

fn key_lt(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::Lt)
}

fn key_le(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::LtE)
}

fn key_gt(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::Gt)
}

fn key_ge(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::GtE)
}

fn key_eq(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::Eq)
}

fn key_ne(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    key_compare(vm, args, CmpOp::NotEq)
}

fn key_obj(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(key_parts(vm, &args[0])?.1)
}

// ---- lru_cache ----

/// The state of an `lru_cache` wrapper. Entries live in a dict in
/// recency order (least recent first): a hit on a bounded cache moves its
/// entry to the end, and a full cache evicts the first.
struct LruCache {
    func: Value,
    /// `None` for an unbounded cache.
    maxsize: Option<usize>,
    typed: bool,
    cache: Rc<PyDict>,
    hits: i64,
    misses: i64,
    info_type: Value,
    /// Separates positional from keyword arguments in keys.
    kwd_mark: Value,
}

/// `lru_cache(maxsize=128, typed=False)`, or `lru_cache(user_function)`.
/// `args[0]` is the module's shared (wrapper type, CacheInfo, kwd_mark).
fn lru_cache(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let shared = args[0].clone();
    let args = &args[1..];
    let [maxsize_kw, typed_kw] = kwargs(vm, "lru_cache", kw, ["maxsize", "typed"])?;
    arity(vm, "lru_cache", args, 0, 2)?;
    let maxsize = arg_or_kw(args, 0, &maxsize_kw).unwrap_or(Value::Int(128));
    let typed = arg_or_kw(args, 1, &typed_kw).unwrap_or(Value::bool(false));
    let maxsize = match &maxsize {
        Value::Int(n) => Value::Int((*n).max(0)),
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::BigInt(_) | Value::None => maxsize.clone(),
        f if callable_value(vm, f) && matches!(typed, Value::Bool(_)) => {
            return lru_wrap(vm, &shared, f, &Value::Int(128), &typed);
        }
        _ => {
            return Err(
                vm.type_error("Expected first argument to be an integer, a callable, or None")
            )
        }
    };
    let params = Value::tuple(vec![shared, maxsize, typed]);
    Ok(bound_builtin(
        "decorating_function",
        decorating_function,
        params,
    ))
}

/// `functools.cache(user_function)`: an unbounded lru_cache.
fn cache(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "cache", kw)?;
    arity(vm, "cache", &args[1..], 1, 1)?;
    lru_wrap(vm, &args[0], &args[1], &Value::None, &Value::bool(false))
}

/// What `lru_cache(...)` returns: applies the cache to a function.
fn decorating_function(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "decorating_function", kw)?;
    arity(vm, "decorating_function", &args[1..], 1, 1)?;
    let Value::Tuple(p) = &args[0] else {
        return Err(vm.type_error("decorating_function: bad state"));
    };
    lru_wrap(vm, &p[0], &args[1], &p[1], &p[2])
}

fn lru_wrap(
    vm: &mut Vm,
    shared: &Value,
    func: &Value,
    maxsize: &Value,
    typed: &Value,
) -> PyResult<Value> {
    let Value::Tuple(shared) = shared else {
        return Err(vm.type_error("lru_cache: bad state"));
    };
    let Value::Type(wrapper_type) = &shared[0] else {
        return Err(vm.type_error("lru_cache: bad state"));
    };
    if !callable_value(vm, func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let state = LruCache {
        func: func.clone(),
        maxsize: match maxsize {
            Value::Int(n) => Some(*n as usize),
            Value::BigInt(_) => Some(usize::MAX),
            _ => None,
        },
        typed: vm.truthy(typed)?,
        cache: Rc::new(PyDict::new()),
        hits: 0,
        misses: 0,
        info_type: shared[1].clone(),
        kwd_mark: shared[2].clone(),
    };
    // An instance (not a bare native object) so that it has a __dict__
    // for the attributes update_wrapper copies.
    let w = wrap_subclass(wrapper_type, native_value(wrapper_type, state));
    let Value::Instance(inst) = &w else {
        unreachable!("wrap_subclass makes an instance")
    };
    for name in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
        "__type_params__",
    ] {
        let n = Rc::new(PyStr::new(name));
        if let Some(v) = vm.get_attr_opt(func, &n)? {
            inst.dict.set_str(n, v);
        }
    }
    let dict_name = Rc::new(PyStr::new("__dict__"));
    if let Some(Value::Dict(d)) = vm.get_attr_opt(func, &dict_name)? {
        for (k, v) in d.items() {
            inst.dict.set(vm, k, v)?;
        }
    }
    inst.dict.set_item_str("__wrapped__", func.clone());
    Ok(w)
}

/// CPython's key for a call: the arguments tuple, then a marker and the
/// keyword items, then (typed caches) the types of all the values. A lone
/// str or int argument is its own key.
fn make_key(vm: &Vm, args: &[Value], kw: KwArgs, typed: bool, kwd_mark: &Value) -> Value {
    if !typed && kw.is_empty() {
        if let [a] = args {
            if matches!(a, Value::Str(_) | Value::Int(_) | Value::BigInt(_)) {
                return a.clone();
            }
        }
        return Value::tuple(args.to_vec());
    }
    let mut key = args.to_vec();
    if !kw.is_empty() {
        key.push(kwd_mark.clone());
        for (k, v) in kw {
            key.push(Value::Str(k.clone()));
            key.push(v.clone());
        }
    }
    if typed {
        key.extend(args.iter().map(|a| Value::Type(vm.type_of(a))));
        key.extend(kw.iter().map(|(_, v)| Value::Type(vm.type_of(v))));
    }
    Value::tuple(key)
}

fn lru_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let this = &args[0];
    let args = &args[1..];
    let (func, maxsize, typed, cache, kwd_mark) = with_native(
        vm,
        this,
        "functools._lru_cache_wrapper",
        |c: &mut LruCache| {
            (
                c.func.clone(),
                c.maxsize,
                c.typed,
                c.cache.clone(),
                c.kwd_mark.clone(),
            )
        },
    )?;
    let count = |vm: &Vm, hit: bool| {
        with_native(
            vm,
            this,
            "functools._lru_cache_wrapper",
            |c: &mut LruCache| {
                if hit {
                    c.hits += 1;
                } else {
                    c.misses += 1;
                }
            },
        )
    };
    if maxsize == Some(0) {
        count(vm, false)?;
        return vm.call(&func, args, kw);
    }
    let key = make_key(vm, args, kw, typed, &kwd_mark);
    if let Some(v) = cache.get(vm, &key)? {
        count(vm, true)?;
        if maxsize.is_some() {
            // Most recently used goes last.
            cache.remove(vm, &key)?;
            cache.set(vm, key, v.clone())?;
        }
        return Ok(v);
    }
    count(vm, false)?;
    let result = vm.call(&func, args, kw)?;
    match maxsize {
        None => cache.set(vm, key, result.clone())?,
        Some(max) => {
            // A recursive call may have cached this key meanwhile.
            if !cache.contains(vm, &key)? {
                if cache.len() >= max {
                    if let Some((_, oldest, _)) = cache.entry_from(0) {
                        cache.remove(vm, &oldest)?;
                    }
                }
                cache.set(vm, key, result.clone())?;
            }
        }
    }
    Ok(result)
}

/// Caching a method: binds like a function.
fn lru_get(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    Ok(Value::Method(Rc::new(PyMethod {
        func: args[0].clone(),
        receiver: args[1].clone(),
    })))
}

fn lru_cache_info(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (info, hits, misses, maxsize, cache) = with_native(
        vm,
        &args[0],
        "functools._lru_cache_wrapper",
        |c: &mut LruCache| {
            (
                c.info_type.clone(),
                c.hits,
                c.misses,
                c.maxsize,
                c.cache.clone(),
            )
        },
    )?;
    let maxsize = maxsize.map_or(Value::None, |m| Value::Int(m.min(i64::MAX as usize) as i64));
    vm.call(
        &info,
        &[
            Value::Int(hits),
            Value::Int(misses),
            maxsize,
            Value::Int(cache.len() as i64),
        ],
        &[],
    )
}

fn lru_cache_clear(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let cache = with_native(
        vm,
        &args[0],
        "functools._lru_cache_wrapper",
        |c: &mut LruCache| {
            c.hits = 0;
            c.misses = 0;
            c.cache.clone()
        },
    )?;
    cache.clear();
    Ok(Value::None)
}

fn lru_cache_parameters(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (maxsize, typed) = with_native(
        vm,
        &args[0],
        "functools._lru_cache_wrapper",
        |c: &mut LruCache| (c.maxsize, c.typed),
    )?;
    let d = Rc::new(PyDict::new());
    d.set_item_str(
        "maxsize",
        maxsize.map_or(Value::None, |m| Value::Int(m.min(i64::MAX as usize) as i64)),
    );
    d.set_item_str("typed", Value::bool(typed));
    Ok(Value::Dict(d))
}
