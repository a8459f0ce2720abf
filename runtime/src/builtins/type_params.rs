//! PEP 695 at run time: `TypeVar`, `TypeVarTuple`, `ParamSpec` and
//! `TypeAliasType` (CPython's `Objects/typevarobject.c`), the helpers the
//! code generator calls where CPython has intrinsics (creating a type
//! parameter, setting a function's `__type_params__`, `Generic[...]` as a
//! generic class's extra base, `type X = ...`), and the `typing` module
//! exposing them.

use super::args::arity;
use super::generic_alias;
use super::{add_getter, native_value, new_module, run_module_source, set_new, with_native};
use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// Which kind of type parameter; the code generator passes it as an int.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    TypeVar = 0,
    TypeVarTuple = 1,
    ParamSpec = 2,
}

/// A lazily evaluated expression (a bound, constraints, an alias value):
/// the function computing it, then its cached value.
#[derive(Clone)]
enum Lazy {
    Absent,
    Pending(Value),
    Ready(Value),
}

#[derive(Clone)]
struct TypeParam {
    kind: Kind,
    name: Value,
    /// The bound, or (a tuple of) the constraints.
    bound: Lazy,
    constraints: bool,
    /// Declared with PEP 695 syntax: variance is inferred.
    infer_variance: bool,
}

#[derive(Clone)]
struct TypeAlias {
    name: Value,
    type_params: Value,
    value: Lazy,
}

pub fn install(vm: &mut Vm) {
    let ts = [
        vm.types.typevar.clone(),
        vm.types.typevartuple.clone(),
        vm.types.paramspec.clone(),
    ];
    for t in &ts {
        t.dict.set_item_str("__module__", Value::str("typing"));
        vm.add_method(t, "__repr__", param_repr);
        add_getter(vm, t, "__name__", param_name);
    }
    let tv = &ts[0];
    set_new(vm, tv, typevar_new);
    set_new(vm, &ts[1], typevartuple_new);
    set_new(vm, &ts[2], paramspec_new);
    add_getter(vm, tv, "__bound__", param_bound);
    add_getter(vm, tv, "__constraints__", param_constraints);
    for t in [&ts[0], &ts[2]] {
        add_getter(vm, t, "__covariant__", param_false);
        add_getter(vm, t, "__contravariant__", param_false);
        add_getter(vm, t, "__infer_variance__", param_infer_variance);
    }
    vm.add_method(&ts[1], "__iter__", tuple_iter);
    for t in &ts {
        vm.add_method(t, "__or__", union_or);
        vm.add_method(t, "__ror__", union_ror);
    }
    let ta = vm.types.type_alias.clone();
    ta.dict.set_item_str("__module__", Value::str("typing"));
    vm.add_method(&ta, "__repr__", alias_name);
    vm.add_method(&ta, "__getitem__", alias_getitem);
    vm.add_method(&ta, "__or__", alias_or);
    vm.add_method(&ta, "__ror__", alias_ror);
    add_getter(vm, &ta, "__name__", alias_name);
    add_getter(vm, &ta, "__value__", alias_value);
    add_getter(vm, &ta, "__type_params__", alias_type_params);
    add_getter(vm, &ta, "__parameters__", alias_type_params);
    vm.native_modules.insert("typing", make_typing);
}

fn this_param(vm: &Vm, v: &Value) -> PyResult<TypeParam> {
    with_native(vm, v, "TypeVar", |p: &mut TypeParam| p.clone())
}

fn param_repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let p = this_param(vm, &a[0])?;
    let name = vm.str_of(&p.name)?;
    Ok(match p.kind {
        Kind::TypeVarTuple => Value::string(name),
        _ if p.infer_variance => Value::string(name),
        _ => Value::string(format!("~{name}")),
    })
}

fn param_name(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(this_param(vm, &a[0])?.name)
}

fn param_false(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::bool(false))
}

fn param_infer_variance(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::bool(this_param(vm, &a[0])?.infer_variance))
}

/// The bound or constraints, evaluated on first use and then cached.
fn evaluate_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let p = this_param(vm, v)?;
    match p.bound {
        Lazy::Absent => Ok(None),
        Lazy::Ready(b) => Ok(Some(b)),
        Lazy::Pending(f) => {
            let b = vm.call(&f, &[], &[])?;
            with_native(vm, v, "TypeVar", |p: &mut TypeParam| {
                p.bound = Lazy::Ready(b.clone())
            })?;
            Ok(Some(b))
        }
    }
}

fn param_bound(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    if this_param(vm, &a[0])?.constraints {
        return Ok(Value::None);
    }
    Ok(evaluate_bound(vm, &a[0])?.unwrap_or(Value::None))
}

fn param_constraints(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    if !this_param(vm, &a[0])?.constraints {
        return Ok(Value::tuple(vec![]));
    }
    Ok(evaluate_bound(vm, &a[0])?.unwrap_or_else(|| Value::tuple(vec![])))
}

/// `*Ts`: iterating a TypeVarTuple gives the one item `Unpack[Ts]`.
fn tuple_iter(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let typing = vm.import_module("typing")?;
    let unpack = vm.get_attr_str(&typing, "Unpack")?;
    let item = generic_alias::alias(vm, unpack, &a[0]);
    vm.get_iter(&Value::list(vec![item]))
}

/// `TypeVar(name, *constraints, bound=None)`: the pre-PEP 695 spelling.
fn typevar_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(name) = a.get(1).filter(|n| matches!(n, Value::Str(_))) else {
        return Err(vm.type_error("TypeVar() argument 'name' must be str"));
    };
    let mut bound = Lazy::Absent;
    let mut constraints = false;
    if a.len() > 2 {
        bound = Lazy::Ready(Value::tuple(a[2..].to_vec()));
        constraints = true;
    }
    for (k, v) in kw {
        match k.as_str() {
            "bound" if !v.is_none() => bound = Lazy::Ready(v.clone()),
            "bound" | "covariant" | "contravariant" | "infer_variance" => {}
            other => {
                return Err(vm.type_error(format!(
                    "TypeVar() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    Ok(native_value(
        &vm.types.typevar,
        TypeParam {
            kind: Kind::TypeVar,
            name: name.clone(),
            bound,
            constraints,
            infer_variance: false,
        },
    ))
}

/// `a | b` with a type parameter or alias operand: `typing.Union[a, b]`.
fn union_of(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let typing = vm.import_module("typing")?;
    let union = vm.get_attr_str(&typing, "_union")?;
    vm.call(&union, &[a.clone(), b.clone()], &[])
}

fn union_or(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__or__", a, 2, 2)?;
    union_of(vm, &a[0], &a[1])
}

fn union_ror(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__ror__", a, 2, 2)?;
    union_of(vm, &a[1], &a[0])
}

/// `alias | x`: a `types.UnionType`, as for classes.
fn alias_or(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__or__", a, 2, 2)?;
    Ok(generic_alias::union_of(vm, &a[0], &a[1])?.unwrap_or(Value::NotImplemented))
}

fn alias_ror(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__ror__", a, 2, 2)?;
    Ok(generic_alias::union_of(vm, &a[1], &a[0])?.unwrap_or(Value::NotImplemented))
}

/// `TypeVarTuple(name)` and `ParamSpec(name, ...)`: the pre-PEP 695
/// spellings.
fn named_param_new(vm: &mut Vm, a: &[Value], kind: Kind, what: &str) -> PyResult<Value> {
    let Some(name) = a.get(1).filter(|n| matches!(n, Value::Str(_))) else {
        return Err(vm.type_error(format!("{what}() argument 'name' must be str")));
    };
    let class = match kind {
        Kind::TypeVarTuple => vm.types.typevartuple.clone(),
        _ => vm.types.paramspec.clone(),
    };
    Ok(native_value(
        &class,
        TypeParam {
            kind,
            name: name.clone(),
            bound: Lazy::Absent,
            constraints: false,
            infer_variance: false,
        },
    ))
}

fn typevartuple_new(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "TypeVarTuple", a, 2, 2)?;
    named_param_new(vm, a, Kind::TypeVarTuple, "TypeVarTuple")
}

fn paramspec_new(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "ParamSpec", a, 2, 2)?;
    named_param_new(vm, a, Kind::ParamSpec, "ParamSpec")
}

fn this_alias(vm: &Vm, v: &Value) -> PyResult<TypeAlias> {
    with_native(vm, v, "TypeAliasType", |t: &mut TypeAlias| t.clone())
}

fn alias_name(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(this_alias(vm, &a[0])?.name)
}

fn alias_type_params(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(this_alias(vm, &a[0])?.type_params)
}

fn alias_value(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    match this_alias(vm, &a[0])?.value {
        Lazy::Ready(v) => Ok(v),
        Lazy::Absent => Ok(Value::None),
        Lazy::Pending(f) => {
            let v = vm.call(&f, &[], &[])?;
            with_native(vm, &a[0], "TypeAliasType", |t: &mut TypeAlias| {
                t.value = Lazy::Ready(v.clone())
            })?;
            Ok(v)
        }
    }
}

fn alias_getitem(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__getitem__", a, 2, 2)?;
    let t = this_alias(vm, &a[0])?;
    if matches!(&t.type_params, Value::Tuple(p) if p.as_slice().is_empty()) {
        return Err(vm.type_error("Only generic type aliases are subscriptable"));
    }
    Ok(generic_alias::alias(vm, a[0].clone(), &a[1]))
}

// ---- helpers called by generated code ----

/// `(name, kind, bound_function_or_None, is_constraints)`: a type
/// parameter declared with PEP 695 syntax.
pub fn make_type_param(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "make_type_param", a, 4, 4)?;
    let (kind, class) = match a[1] {
        Value::Int(1) => (Kind::TypeVarTuple, vm.types.typevartuple.clone()),
        Value::Int(2) => (Kind::ParamSpec, vm.types.paramspec.clone()),
        _ => (Kind::TypeVar, vm.types.typevar.clone()),
    };
    let bound = if a[2].is_none() {
        Lazy::Absent
    } else {
        Lazy::Pending(a[2].clone())
    };
    Ok(native_value(
        &class,
        TypeParam {
            kind,
            name: a[0].clone(),
            bound,
            constraints: a[3].is(&Value::bool(true)),
            infer_variance: true,
        },
    ))
}

/// `(function, type_params)`: sets a generic function's `__type_params__`.
pub fn set_function_type_params(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "set_function_type_params", a, 2, 2)?;
    if let Value::Function(f) = &a[0] {
        *f.type_params.borrow_mut() = a[1].clone();
    }
    Ok(a[0].clone())
}

/// `(type_params,)`: `typing.Generic[*type_params]`, a generic class's
/// implicit last base.
pub fn generic_base(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "generic_base", a, 1, 1)?;
    let typing = vm.import_module("typing")?;
    let generic = vm.get_attr_str(&typing, "Generic")?;
    vm.get_item(&generic, &a[0])
}

/// `(build_class, function, name, generic_base, *bases, **keywords)`:
/// creates a generic class, its `Generic[...]` base last.
pub fn build_generic_class(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    arity(vm, "build_generic_class", a, 4, usize::MAX)?;
    let generic = vm.get_attr_str(&a[3], "__origin__")?;
    let origin_name = vm.intern("__origin__");
    for b in &a[4..] {
        let origin = vm.get_attr_opt(b, &origin_name)?;
        if origin.is_some_and(|o| o.is(&generic)) {
            return Err(vm.type_error("Cannot inherit from Generic[...] multiple times."));
        }
    }
    let mut args = vec![a[1].clone(), a[2].clone()];
    args.extend_from_slice(&a[4..]);
    args.push(a[3].clone());
    let cls = vm.call(&a[0], &args, kw)?;
    // `Generic.__init_subclass__` sets it unless a base's hook did not
    // chain up to it.
    if let Value::Type(t) = &cls {
        if t.dict.get_item_str("__parameters__").is_none() {
            let params = vm.get_attr_str(&a[3], "__args__")?;
            t.dict.set_item_str("__parameters__", params);
        }
    }
    Ok(cls)
}

/// `(class_namespace, name)`: a global name read in an annotation scope
/// of a class body, which sees the class's names first.
pub fn load_from_dict_or_globals(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "load_from_dict_or_globals", a, 2, 2)?;
    match vm.get_item(&a[0], &a[1]) {
        Ok(v) => return Ok(v),
        Err(e) if vm.is_exc_kind(&e, ExcKind::KeyError) => {}
        Err(e) => return Err(e),
    }
    let name = vm.str_of(&a[1])?;
    if let Some(f) = vm.frames.last() {
        let found = f
            .globals
            .get_item_str(&name)
            .or_else(|| f.builtins.get_item_str(&name));
        if let Some(v) = found {
            return Ok(v);
        }
    }
    Err(vm.err(ExcKind::NameError, format!("name '{name}' is not defined")))
}

/// `(name, type_params_or_None, value_function)`: the value of
/// a `type` statement.
pub fn make_type_alias(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "make_type_alias", a, 3, 3)?;
    let type_params = if a[1].is_none() {
        Value::tuple(vec![])
    } else {
        a[1].clone()
    };
    Ok(native_value(
        &vm.types.type_alias,
        TypeAlias {
            name: a[0].clone(),
            type_params,
            value: Lazy::Pending(a[2].clone()),
        },
    ))
}

/// `typing`'s own source for what CPython writes in Python.
const SOURCE: &str = r#"
class Generic:
    """Abstract base class for generic types."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _generic_alias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        params = ()
        for base in cls.__dict__.get('__orig_bases__', ()):
            if getattr(base, '__origin__', None) is Generic:
                params = base.__args__
        cls.__parameters__ = params


class Unpack:
    """Type unpack operator: `*Ts` is `Unpack[Ts]`."""


def _type_repr(obj):
    if isinstance(obj, type) and getattr(obj, '__origin__', None) is None:
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    return repr(obj)


class _UnionGenericAlias:
    """`typing.Union[...]`: what `|` gives when a type parameter is an operand."""

    def __init__(self, args):
        self.__origin__ = Union
        self.__args__ = args

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name


Union = _SpecialForm('Union')


def _union(a, b):
    args = []
    for x in (a, b):
        if x is None:
            x = type(None)
        parts = x.__args__ if isinstance(x, _UnionGenericAlias) else (x,)
        for p in parts:
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(tuple(args))
"#;

fn make_generic_alias(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "_generic_alias", a, 2, 2)?;
    Ok(generic_alias::alias(vm, a[0].clone(), &a[1]))
}

fn make_typing(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(vm, "typing", &[("_generic_alias", make_generic_alias)]);
    for (name, t) in [
        ("TypeVar", vm.types.typevar.clone()),
        ("TypeVarTuple", vm.types.typevartuple.clone()),
        ("ParamSpec", vm.types.paramspec.clone()),
        ("TypeAliasType", vm.types.type_alias.clone()),
    ] {
        m.dict.set_item_str(name, Value::Type(t));
    }
    run_module_source(vm, &m, SOURCE)?;
    Ok(m)
}
