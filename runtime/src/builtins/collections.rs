//! The `collections` module.
//!
//! `deque` is Rust (a `VecDeque`, as CPython's is C). The classes CPython
//! writes in Python — `namedtuple`, `Counter`, `OrderedDict`, `ChainMap`
//! — and `defaultdict` (a dict subclass whose only extra behaviour is
//! `__missing__`) are Python source run in the module namespace.

use super::args::{arity, kwargs, no_kw};
use super::operator::index_value;
use super::{
    add_getter, is_native, native_type, native_value, new_module, run_module_source, set_all,
    set_new, with_native,
};
use crate::exc_kind::ExcKind;
use crate::frontend::ast::CmpOp;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyErr, PyResult, Value};
use std::collections::VecDeque;
use std::rc::Rc;

const SOURCE: &str = r#"
import sys as _sys
from operator import itemgetter as _itemgetter

_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
))


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__'))


################################################################################
### namedtuple
################################################################################

def _readonly_field(self, value):
    raise AttributeError("can't set attribute")


def _undeletable_field(self):
    raise AttributeError("can't delete attribute")


def _check_names(typename, field_names, rename):
    # Returns the field names, renamed or validated.
    if rename:
        seen = set()
        renamed = []
        for index, name in enumerate(field_names):
            bad = (not name.isidentifier() or name in _KEYWORDS
                   or name.startswith('_') or name in seen)
            renamed.append(f'_{index}' if bad else name)
            seen.add(name)
        field_names = renamed
    for name in [typename, *field_names]:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return field_names


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = _check_names(str(typename), [str(f) for f in field_names], rename)
    typename = _sys.intern(str(typename))
    fields = tuple(field_names)
    count = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[count - len(defaults):], defaults))

    # __new__ is compiled from source so that its signature, and so its
    # argument errors, name the fields.
    params = ', '.join(fields)
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    exec(f'def __new__(_cls, {params}): return _tuple_new(_cls, ({params}{"," if count == 1 else ""}))',
         namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    tuple_new = tuple.__new__

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != count:
            raise TypeError(f'Expected {count} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def __repr__(self):
        inner = ', '.join([f'{name}={value!r}' for name, value in zip(fields, self)])
        return f'{self.__class__.__name__}({inner})'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({params})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        class_namespace[name] = property(_itemgetter(index), _readonly_field, _undeletable_field,
                                         f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """dict with a factory for missing keys"""

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwds)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    # dict itself keeps insertion order; this class adds reordering and
    # order-sensitive equality.

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({dict(self.items())!r})'

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### Counter
################################################################################

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable: equal counts keep insertion order.
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{self.__class__.__name__}({shown!r})'

    # Multiset comparisons: missing elements count as zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic keeps only positive counts.

    def _combine(self, other, pick):
        result = Counter()
        for elem, count in self.items():
            n = pick(count, other[elem])
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self:
                n = pick(0, count)
                if n > 0:
                    result[elem] = n
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### ChainMap
################################################################################

class ChainMap:
    """A view of several mappings as one: lookups search them in order,
    writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self
"#;

pub fn make_collections(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(vm, "collections", &[]);
    let deque = native_type(vm, "collections", "deque", false);
    set_new(vm, &deque, deque_new);
    let methods: &[(&str, BuiltinFn)] = &[
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("rotate", deque_rotate),
        ("clear", deque_clear),
        ("count", deque_count),
        ("index", deque_index),
        ("remove", deque_remove),
        ("insert", deque_insert),
        ("reverse", deque_reverse),
        ("copy", deque_copy),
        ("__copy__", deque_copy),
        ("__len__", deque_len),
        ("__iter__", deque_iter),
        ("__reversed__", deque_reversed),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__contains__", deque_contains),
        ("__repr__", deque_repr),
        ("__add__", deque_add),
        ("__mul__", deque_mul),
        ("__rmul__", deque_mul),
        ("__iadd__", deque_iadd),
        ("__imul__", deque_imul),
        ("__eq__", deque_eq),
        ("__ne__", deque_ne),
        ("__lt__", deque_lt),
        ("__le__", deque_le),
        ("__gt__", deque_gt),
        ("__ge__", deque_ge),
    ];
    for (name, f) in methods {
        vm.add_method(&deque, name, *f);
    }
    add_getter(vm, &deque, "maxlen", deque_maxlen);
    deque.dict.set_item_str("__hash__", Value::None);
    m.dict.set_item_str("deque", Value::Type(deque));

    let iter = native_type(vm, "collections", "_deque_iterator", false);
    vm.add_method(&iter, "__iter__", iter_self);
    vm.add_method(&iter, "__next__", deque_iter_next);
    m.dict.set_item_str("_deque_iterator", Value::Type(iter));

    run_module_source(vm, &m, SOURCE)?;
    set_all(
        &m,
        &[
            "ChainMap",
            "Counter",
            "OrderedDict",
            "defaultdict",
            "deque",
            "namedtuple",
        ],
    );
    Ok(m)
}

// ---- deque ----

/// A double-ended queue. `mutations` counts changes, so that iterators can
/// detect that the deque changed under them, as CPython's do.
struct Deque {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    mutations: u64,
}

impl Deque {
    fn push_back(&mut self, v: Value) {
        self.mutations += 1;
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_front();
        }
        self.items.push_back(v);
    }

    fn push_front(&mut self, v: Value) {
        self.mutations += 1;
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_back();
        }
        self.items.push_front(v);
    }
}

const DEQUE: &str = "collections.deque";

fn deque_state<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Deque) -> R) -> PyResult<R> {
    with_native(vm, v, DEQUE, f)
}

fn items_of(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    deque_state(vm, v, |d| d.items.iter().cloned().collect())
}

/// A new deque of the same type as `like`.
fn new_deque(vm: &Vm, like: &Value, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let t = vm.type_of(like);
    native_value(
        &t,
        Deque {
            items,
            maxlen,
            mutations: 0,
        },
    )
}

fn deque_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    let [iterable_kw, maxlen_kw] = kwargs(vm, "deque", kw, ["iterable", "maxlen"])?;
    arity(vm, "deque", &args[1..], 0, 2)?;
    let iterable = args.get(1).cloned().or(iterable_kw);
    let maxlen = match args.get(2).cloned().or(maxlen_kw) {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = match index_value(vm, &v) {
                Ok(Value::Int(n)) => n,
                Ok(_) => {
                    return Err(vm.err(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ))
                }
                Err(_) => return Err(vm.type_error("an integer is required")),
            };
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let v = native_value(
        cls,
        Deque {
            items: VecDeque::new(),
            maxlen,
            mutations: 0,
        },
    );
    if let Some(it) = iterable {
        let items = vm.collect(&it)?;
        deque_state(vm, &v, |d| items.into_iter().for_each(|x| d.push_back(x)))?;
    }
    Ok(v)
}

/// The single argument of a one-argument method.
fn arg1<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: KwArgs) -> PyResult<&'a Value> {
    no_kw(vm, name, kw)?;
    arity(vm, name, &args[1..], 1, 1)?;
    Ok(&args[1])
}

fn deque_append(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = arg1(vm, "append", args, kw)?.clone();
    deque_state(vm, &args[0], |d| d.push_back(x))?;
    Ok(Value::None)
}

fn deque_appendleft(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = arg1(vm, "appendleft", args, kw)?.clone();
    deque_state(vm, &args[0], |d| d.push_front(x))?;
    Ok(Value::None)
}

fn empty_pop(vm: &Vm) -> PyErr {
    vm.err(ExcKind::IndexError, "pop from an empty deque")
}

fn deque_pop(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "pop", kw)?;
    arity(vm, "pop", &args[1..], 0, 0)?;
    let r = deque_state(vm, &args[0], |d| {
        d.mutations += 1;
        d.items.pop_back()
    })?;
    r.ok_or_else(|| empty_pop(vm))
}

fn deque_popleft(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "popleft", kw)?;
    arity(vm, "popleft", &args[1..], 0, 0)?;
    let r = deque_state(vm, &args[0], |d| {
        d.mutations += 1;
        d.items.pop_front()
    })?;
    r.ok_or_else(|| empty_pop(vm))
}

fn deque_extend(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let src = arg1(vm, "extend", args, kw)?.clone();
    let items = vm.collect(&src)?;
    deque_state(vm, &args[0], |d| {
        items.into_iter().for_each(|x| d.push_back(x))
    })?;
    Ok(Value::None)
}

fn deque_extendleft(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let src = arg1(vm, "extendleft", args, kw)?.clone();
    let items = vm.collect(&src)?;
    deque_state(vm, &args[0], |d| {
        items.into_iter().for_each(|x| d.push_front(x))
    })?;
    Ok(Value::None)
}

fn deque_rotate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "rotate", kw)?;
    arity(vm, "rotate", &args[1..], 0, 1)?;
    let n = match args.get(1) {
        Some(v) => match index_value(vm, v)? {
            Value::Int(n) => n,
            _ => {
                return Err(vm.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                ))
            }
        },
        None => 1,
    };
    deque_state(vm, &args[0], |d| {
        let len = d.items.len() as i64;
        if len > 1 {
            d.mutations += 1;
            let k = n.rem_euclid(len) as usize;
            d.items.rotate_right(k);
        }
    })?;
    Ok(Value::None)
}

fn deque_clear(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let old = deque_state(vm, &args[0], |d| {
        d.mutations += 1;
        std::mem::take(&mut d.items)
    })?;
    drop(old);
    Ok(Value::None)
}

fn mutated(vm: &Vm) -> PyErr {
    vm.err(ExcKind::RuntimeError, "deque mutated during iteration")
}

/// Positions in `[start, stop)` whose item equals `x`, checking after each
/// comparison (which may run Python code) that the deque is unchanged.
fn find(
    vm: &mut Vm,
    this: &Value,
    x: &Value,
    start: usize,
    stop: usize,
    first_only: bool,
) -> PyResult<Vec<usize>> {
    let (items, version) = deque_state(vm, this, |d| {
        (d.items.iter().cloned().collect::<Vec<_>>(), d.mutations)
    })?;
    let mut found = Vec::new();
    for (i, item) in items
        .iter()
        .enumerate()
        .take(stop.min(items.len()))
        .skip(start)
    {
        let same = item.is(x) || vm.eq(item, x)?;
        if deque_state(vm, this, |d| d.mutations)? != version {
            return Err(mutated(vm));
        }
        if same {
            found.push(i);
            if first_only {
                break;
            }
        }
    }
    Ok(found)
}

fn deque_count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = arg1(vm, "count", args, kw)?.clone();
    Ok(Value::Int(
        find(vm, &args[0], &x, 0, usize::MAX, false)?.len() as i64,
    ))
}

/// An index argument clamped into `0..=len` as list methods do.
fn clamp_index(vm: &mut Vm, v: &Value, len: usize) -> PyResult<usize> {
    let i = match index_value(vm, v)? {
        Value::Int(i) => i,
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        _ => i64::MAX,
    };
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn not_in_deque(vm: &mut Vm, x: &Value) -> PyResult<PyErr> {
    let r = vm.repr_str(x)?;
    Ok(vm.value_error(format!("{r} is not in deque")))
}

fn deque_index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "index", kw)?;
    arity(vm, "index", &args[1..], 1, 3)?;
    let len = deque_state(vm, &args[0], |d| d.items.len())?;
    let start = match args.get(2) {
        Some(v) => clamp_index(vm, v, len)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => clamp_index(vm, v, len)?,
        None => len,
    };
    match find(vm, &args[0], &args[1], start, stop, true)?.first() {
        Some(i) => Ok(Value::Int(*i as i64)),
        None => Err(not_in_deque(vm, &args[1])?),
    }
}

fn deque_remove(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = arg1(vm, "remove", args, kw)?.clone();
    match find(vm, &args[0], &x, 0, usize::MAX, true)?.first() {
        Some(&i) => {
            let old = deque_state(vm, &args[0], |d| {
                d.mutations += 1;
                d.items.remove(i)
            })?;
            drop(old);
            Ok(Value::None)
        }
        None => Err(not_in_deque(vm, &x)?),
    }
}

fn deque_insert(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "insert", kw)?;
    arity(vm, "insert", &args[1..], 2, 2)?;
    let (len, maxlen) = deque_state(vm, &args[0], |d| (d.items.len(), d.maxlen))?;
    if Some(len) == maxlen {
        return Err(vm.err(ExcKind::IndexError, "deque already at its maximum size"));
    }
    let i = clamp_index(vm, &args[1], len)?;
    let x = args[2].clone();
    deque_state(vm, &args[0], |d| {
        d.mutations += 1;
        let i = i.min(d.items.len());
        d.items.insert(i, x);
    })?;
    Ok(Value::None)
}

fn deque_reverse(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    deque_state(vm, &args[0], |d| {
        d.mutations += 1;
        d.items.make_contiguous().reverse();
    })?;
    Ok(Value::None)
}

fn deque_copy(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (items, maxlen) = deque_state(vm, &args[0], |d| (d.items.clone(), d.maxlen))?;
    Ok(new_deque(vm, &args[0], items, maxlen))
}

fn deque_len(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        deque_state(vm, &args[0], |d| d.items.len())? as i64
    ))
}

fn deque_maxlen(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let m = deque_state(vm, &args[0], |d| d.maxlen)?;
    Ok(m.map_or(Value::None, |m| Value::Int(m as i64)))
}

/// The position a subscript names, with CPython's deque errors.
fn position(vm: &mut Vm, this: &Value, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        _ => match index_value(vm, key) {
            Ok(Value::Int(i)) => i,
            Ok(_) => i64::MAX,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "sequence index must be integer, not '{}'",
                    vm.type_name(key)
                )))
            }
        },
    };
    let len = deque_state(vm, this, |d| d.items.len())? as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.err(ExcKind::IndexError, "deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__getitem__", &args[1..], 1, 1)?;
    let i = position(vm, &args[0], &args[1])?;
    deque_state(vm, &args[0], |d| d.items[i].clone())
}

fn deque_setitem(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__setitem__", &args[1..], 2, 2)?;
    let i = position(vm, &args[0], &args[1])?;
    let x = args[2].clone();
    let old = deque_state(vm, &args[0], |d| std::mem::replace(&mut d.items[i], x))?;
    drop(old);
    Ok(Value::None)
}

fn deque_delitem(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__delitem__", &args[1..], 1, 1)?;
    let i = position(vm, &args[0], &args[1])?;
    let old = deque_state(vm, &args[0], |d| {
        d.mutations += 1;
        d.items.remove(i)
    })?;
    drop(old);
    Ok(Value::None)
}

fn deque_contains(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__contains__", &args[1..], 1, 1)?;
    let found = find(vm, &args[0], &args[1], 0, usize::MAX, true)?;
    Ok(Value::bool(!found.is_empty()))
}

fn deque_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let this = &args[0];
    let name = vm.type_of(this).name();
    let id = this.heap_ptr().unwrap_or(0);
    if vm.repr_active.contains(&id) {
        return Ok(Value::str("[...]"));
    }
    let (items, maxlen) = deque_state(vm, this, |d| {
        (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
    })?;
    vm.repr_active.push(id);
    let inner = vm.repr_str(&Value::list(items));
    vm.repr_active.pop();
    let inner = inner?;
    Ok(Value::string(match maxlen {
        Some(m) => format!("{name}({inner}, maxlen={m})"),
        None => format!("{name}({inner})"),
    }))
}

fn deque_add(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__add__", &args[1..], 1, 1)?;
    if !is_native::<Deque>(&args[1]) {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(&args[1])
        )));
    }
    let (mut items, maxlen) = deque_state(vm, &args[0], |d| (d.items.clone(), d.maxlen))?;
    let other = items_of(vm, &args[1])?;
    let v = new_deque(vm, &args[0], VecDeque::new(), maxlen);
    items.extend(other);
    deque_state(vm, &v, |d| items.into_iter().for_each(|x| d.push_back(x)))?;
    Ok(v)
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match index_value(vm, v) {
        Ok(Value::Int(n)) => Ok(n.max(0) as usize),
        Ok(_) => Err(vm.err(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
        Err(_) => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(v)
        ))),
    }
}

fn deque_mul(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__mul__", &args[1..], 1, 1)?;
    let n = repeat_count(vm, &args[1])?;
    let (items, maxlen) = deque_state(vm, &args[0], |d| (d.items.clone(), d.maxlen))?;
    let v = new_deque(vm, &args[0], VecDeque::new(), maxlen);
    deque_state(vm, &v, |d| {
        for _ in 0..n {
            items.iter().for_each(|x| d.push_back(x.clone()));
        }
    })?;
    Ok(v)
}

fn deque_iadd(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    deque_extend(vm, args, kw)?;
    Ok(args[0].clone())
}

fn deque_imul(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "__imul__", &args[1..], 1, 1)?;
    let n = repeat_count(vm, &args[1])?;
    deque_state(vm, &args[0], |d| {
        let items: Vec<Value> = d.items.iter().cloned().collect();
        d.items.clear();
        for _ in 0..n {
            items.iter().for_each(|x| d.push_back(x.clone()));
        }
    })?;
    Ok(args[0].clone())
}

/// Sequence comparison of two deques (NotImplemented for other types).
fn compare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    arity(vm, "comparison", &args[1..], 1, 1)?;
    if !is_native::<Deque>(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    let a = items_of(vm, &args[0])?;
    let b = items_of(vm, &args[1])?;
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && a.len() != b.len() {
        return Ok(Value::bool(op == CmpOp::NotEq));
    }
    for (x, y) in a.iter().zip(&b) {
        if !vm.eq(x, y)? {
            return match op {
                CmpOp::Eq => Ok(Value::bool(false)),
                CmpOp::NotEq => Ok(Value::bool(true)),
                _ => vm.rich_compare(op, x, y),
            };
        }
    }
    let (n, m) = (a.len(), b.len());
    Ok(Value::bool(match op {
        CmpOp::Eq => true,
        CmpOp::NotEq => false,
        CmpOp::Lt => n < m,
        CmpOp::LtE => n <= m,
        CmpOp::Gt => n > m,
        _ => n >= m,
    }))
}

fn deque_eq(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq)
}

fn deque_ne(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, args, CmpOp::NotEq)
}

fn deque_lt(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, args, CmpOp::Lt)
}

fn deque_le(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, args, CmpOp::LtE)
}

fn deque_gt(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, args, CmpOp::Gt)
}

fn deque_ge(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(vm, args, CmpOp::GtE)
}

// ---- iteration ----

/// An iterator over a deque, forwards or backwards. It fails if the deque
/// changes while iterated.
struct DequeIter {
    deque: Value,
    next: usize,
    reverse: bool,
    mutations: u64,
}

fn make_iter(vm: &mut Vm, this: &Value, reverse: bool) -> PyResult<Value> {
    let mutations = deque_state(vm, this, |d| d.mutations)?;
    let t = match vm.import_module("collections")? {
        Value::Module(m) => m.dict.get_item_str("_deque_iterator"),
        _ => None,
    };
    let Some(Value::Type(t)) = t else {
        return Err(vm.type_error("collections._deque_iterator is missing"));
    };
    Ok(native_value(
        &t,
        DequeIter {
            deque: this.clone(),
            next: 0,
            reverse,
            mutations,
        },
    ))
}

fn deque_iter(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    make_iter(vm, &args[0], false)
}

fn deque_reversed(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    make_iter(vm, &args[0], true)
}

fn iter_self(_: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn deque_iter_next(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (deque, next, reverse, mutations) =
        with_native(vm, &args[0], "_deque_iterator", |it: &mut DequeIter| {
            (it.deque.clone(), it.next, it.reverse, it.mutations)
        })?;
    let item = deque_state(vm, &deque, |d| {
        if d.mutations != mutations {
            return Err(());
        }
        let n = d.items.len();
        Ok(if next >= n {
            None
        } else if reverse {
            Some(d.items[n - 1 - next].clone())
        } else {
            Some(d.items[next].clone())
        })
    })?;
    match item {
        Err(()) => Err(mutated(vm)),
        Ok(Some(v)) => {
            with_native(vm, &args[0], "_deque_iterator", |it: &mut DequeIter| {
                it.next += 1
            })?;
            Ok(v)
        }
        Ok(None) => Err(vm.err_empty(ExcKind::StopIteration)),
    }
}
