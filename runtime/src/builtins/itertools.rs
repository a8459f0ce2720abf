//! The `itertools` module: lazy iterators implemented in Rust.
//!
//! Every itertools type keeps its state in one enum, [`It`], and shares one
//! `__next__`. A step may run Python code (the source iterator's
//! `__next__`, a predicate, a key function), so the state is moved out of
//! its object for the step and put back after it; a reentrant call in
//! between finds the object busy and raises, as CPython's "already
//! executing" checks do, instead of observing half-updated state.

use super::args::{kwargs, no_kw};
use super::operator::index_value;
use super::{native_new, native_type, native_value, new_module, set_new, with_native};
use crate::exc_kind::ExcKind;
use crate::frontend::ast::BinOp;
use crate::interp::Vm;
use crate::objects::function::{Binding, KwArgs};
use crate::objects::*;
use crate::value::{BoolWord, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub fn make_itertools(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(vm, "itertools", &[]);
    let types: &[(&str, BuiltinFn)] = &[
        ("count", count_new),
        ("cycle", cycle_new),
        ("repeat", repeat_new),
        ("chain", chain_new),
        ("islice", islice_new),
        ("product", product_new),
        ("permutations", permutations_new),
        ("combinations", combinations_new),
        ("combinations_with_replacement", cwr_new),
        ("accumulate", accumulate_new),
        ("groupby", groupby_new),
        ("zip_longest", zip_longest_new),
        ("starmap", starmap_new),
        ("takewhile", takewhile_new),
        ("dropwhile", dropwhile_new),
        ("filterfalse", filterfalse_new),
        ("compress", compress_new),
        ("pairwise", pairwise_new),
        ("batched", batched_new),
    ];
    for (name, new) in types {
        let t = iterator_type(vm, name, true);
        set_new(vm, &t, *new);
        m.dict.set_item_str(name, Value::Type(t.clone()));
        match *name {
            "count" => vm.add_method(&t, "__repr__", count_repr),
            "repeat" => {
                vm.add_method(&t, "__repr__", repeat_repr);
                vm.add_method(&t, "__length_hint__", repeat_length_hint);
            }
            "chain" => vm.add_classmethod(&t, "from_iterable", chain_from_iterable),
            _ => {}
        }
    }
    let grouper = iterator_type(vm, "_grouper", false);
    m.dict.set_item_str("_grouper", Value::Type(grouper));
    let tee_type = iterator_type(vm, "_tee", false);
    vm.add_method(&tee_type, "__copy__", tee_copy);
    m.dict.set_item_str("_tee", Value::Type(tee_type.clone()));
    m.dict.set_item_str(
        "tee",
        Value::Builtin(Rc::new(PyBuiltin {
            name: Rc::from("tee"),
            owner: None,
            func: tee,
            binding: Binding::Static,
            bound: Some(Value::Type(tee_type)),
            owner_type: None,
        })),
    );
    Ok(m)
}

/// An itertools type: an iterator whose `__next__` steps its [`It`].
fn iterator_type(vm: &Vm, name: &str, subclassable: bool) -> Rc<PyType> {
    let t = native_type(vm, "itertools", name, subclassable);
    vm.add_method(&t, "__iter__", iter_self);
    vm.add_method(&t, "__next__", it_next);
    t
}

fn iter_self(_: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// The state of every itertools iterator. Fields holding `Option<Value>`
/// iterators are `None` once exhausted, so that an exhausted iterator stays
/// exhausted.
enum It {
    /// Moved out for a step in progress.
    Busy,
    Count {
        cur: Value,
        step: Value,
    },
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        pos: usize,
    },
    Repeat {
        obj: Value,
        /// `None` repeats forever.
        left: Option<usize>,
    },
    Chain {
        sources: Option<Value>,
        active: Option<Value>,
    },
    Islice {
        it: Option<Value>,
        /// Index of the next item to yield, of the next to read, and the
        /// end (exclusive; `None` for no end).
        next: usize,
        read: usize,
        stop: Option<usize>,
        step: usize,
    },
    Product(Combinatoric),
    Permutations {
        c: Combinatoric,
        cycles: Vec<usize>,
    },
    Combinations(Combinatoric),
    CombinationsWithReplacement(Combinatoric),
    Accumulate {
        it: Value,
        func: Option<Value>,
        total: Option<Value>,
        initial: Option<Value>,
    },
    GroupBy(GroupBy),
    Grouper {
        parent: Value,
        key: Value,
        id: u64,
    },
    ZipLongest {
        iters: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    Starmap {
        func: Value,
        it: Value,
    },
    TakeWhile {
        pred: Value,
        it: Option<Value>,
    },
    DropWhile {
        pred: Value,
        it: Value,
        dropping: bool,
    },
    FilterFalse {
        pred: Value,
        it: Value,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    Pairwise {
        it: Option<Value>,
        old: Option<Value>,
    },
    Batched {
        it: Option<Value>,
        n: usize,
        strict: bool,
    },
    Tee {
        source: Value,
        link: Rc<TeeLink>,
    },
}

/// The pools and index vector of product and the combinatoric iterators,
/// which advance `indices` like an odometer (CPython's algorithms).
struct Combinatoric {
    pools: Vec<Vec<Value>>,
    r: usize,
    indices: Vec<usize>,
    first: bool,
    done: bool,
}

impl Combinatoric {
    fn new(pools: Vec<Vec<Value>>, r: usize, indices: Vec<usize>) -> Self {
        Combinatoric {
            pools,
            r,
            indices,
            first: true,
            done: false,
        }
    }

    /// The current tuple: `pools[0]` indexed by `indices[..r]` (combinatoric
    /// iterators have one pool), or each pool by its index (product).
    fn current(&self, product: bool) -> Value {
        let items = if product {
            self.pools
                .iter()
                .zip(&self.indices)
                .map(|(p, &i)| p[i].clone())
                .collect()
        } else {
            self.indices[..self.r]
                .iter()
                .map(|&i| self.pools[0][i].clone())
                .collect()
        };
        Value::tuple(items)
    }
}

/// groupby's state (CPython's `groupbyobject`). `current` is the id of the
/// only grouper still allowed to yield; advancing the groupby invalidates
/// the others.
struct GroupBy {
    it: Value,
    key: Option<Value>,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    current: u64,
    last_id: u64,
    grouper_type: Rc<PyType>,
}

impl GroupBy {
    /// Reads the next value and its key; false when the source is done.
    fn step(&mut self, vm: &mut Vm) -> PyResult<bool> {
        let Some(v) = vm.next(&self.it)? else {
            return Ok(false);
        };
        let k = match &self.key {
            Some(f) => vm.call1(f, v.clone())?,
            None => v.clone(),
        };
        self.currvalue = Some(v);
        self.currkey = Some(k);
        Ok(true)
    }
}

/// A node of the list of items tee iterators share: filled with an item
/// and the next node once some tee has read that far. Nodes every tee has
/// passed are freed.
#[derive(Default)]
struct TeeLink {
    next: RefCell<Option<(Value, Rc<TeeLink>)>>,
}

impl Drop for TeeLink {
    /// Frees a long chain iteratively rather than by deep recursion.
    fn drop(&mut self) {
        let mut next = self.next.get_mut().take();
        while let Some((_, link)) = next {
            next = match Rc::try_unwrap(link) {
                Ok(l) => l.next.borrow_mut().take(),
                Err(_) => None,
            };
        }
    }
}

const WHAT: &str = "itertools iterator";

fn take_state(vm: &Vm, v: &Value) -> PyResult<It> {
    let st = with_native(vm, v, WHAT, |s: &mut It| std::mem::replace(s, It::Busy))?;
    if matches!(st, It::Busy) {
        return Err(vm.value_error("generator already executing"));
    }
    Ok(st)
}

fn put_state(vm: &Vm, v: &Value, st: It) -> PyResult<()> {
    with_native(vm, v, WHAT, |s: &mut It| *s = st)
}

fn it_next(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let this = &args[0];
    let mut st = take_state(vm, this)?;
    let r = step(vm, this, &mut st);
    put_state(vm, this, st)?;
    match r? {
        Some(v) => Ok(v),
        None => Err(vm.err_empty(ExcKind::StopIteration)),
    }
}

/// Advances the iterator `this`, whose state is `st`; `None` when it is
/// exhausted.
fn step(vm: &mut Vm, this: &Value, st: &mut It) -> PyResult<Option<Value>> {
    match st {
        It::Busy => Ok(None),
        It::Count { cur, step } => {
            let next = vm.binary_op(BinOp::Add, cur, step)?;
            Ok(Some(std::mem::replace(cur, next)))
        }
        It::Cycle { it, saved, pos } => {
            if let Some(i) = it {
                match vm.next(i)? {
                    Some(v) => {
                        saved.push(v.clone());
                        return Ok(Some(v));
                    }
                    None => *it = None,
                }
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let v = saved[*pos].clone();
            *pos = (*pos + 1) % saved.len();
            Ok(Some(v))
        }
        It::Repeat { obj, left } => match left {
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(obj.clone()))
            }
            None => Ok(Some(obj.clone())),
        },
        It::Chain { sources, active } => loop {
            if let Some(a) = active {
                match vm.next(a)? {
                    Some(v) => return Ok(Some(v)),
                    None => *active = None,
                }
            }
            let Some(src) = sources else {
                return Ok(None);
            };
            match vm.next(src)? {
                Some(iterable) => *active = Some(vm.get_iter(&iterable)?),
                None => {
                    *sources = None;
                    return Ok(None);
                }
            }
        },
        It::Islice {
            it,
            next,
            read,
            stop,
            step,
        } => {
            let Some(i) = it.clone() else {
                return Ok(None);
            };
            while *read < *next {
                if vm.next(&i)?.is_none() {
                    *it = None;
                    return Ok(None);
                }
                *read += 1;
            }
            if stop.is_some_and(|s| *read >= s) {
                *it = None;
                return Ok(None);
            }
            let Some(v) = vm.next(&i)? else {
                *it = None;
                return Ok(None);
            };
            *read += 1;
            *next = next.saturating_add(*step);
            if let Some(s) = *stop {
                *next = (*next).min(s);
            }
            Ok(Some(v))
        }
        It::Product(c) => Ok(product_step(c)),
        It::Permutations { c, cycles } => Ok(permutations_step(c, cycles)),
        It::Combinations(c) => Ok(combinations_step(c)),
        It::CombinationsWithReplacement(c) => Ok(cwr_step(c)),
        It::Accumulate {
            it,
            func,
            total,
            initial,
        } => {
            if let Some(init) = initial.take() {
                *total = Some(init.clone());
                return Ok(Some(init));
            }
            let Some(item) = vm.next(it)? else {
                return Ok(None);
            };
            let t = match total.take() {
                None => item,
                Some(acc) => match func {
                    Some(f) => vm.call(f, &[acc, item], &[])?,
                    None => vm.binary_op(BinOp::Add, &acc, &item)?,
                },
            };
            *total = Some(t.clone());
            Ok(Some(t))
        }
        It::GroupBy(g) => groupby_next(vm, this, g),
        It::Grouper { parent, key, id } => grouper_step(vm, parent, key, *id),
        It::ZipLongest {
            iters,
            active,
            fill,
        } => {
            if *active == 0 {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for slot in iters.iter_mut() {
                let v = match slot {
                    Some(i) => match vm.next(i)? {
                        Some(v) => v,
                        None => {
                            *slot = None;
                            *active -= 1;
                            if *active == 0 {
                                return Ok(None);
                            }
                            fill.clone()
                        }
                    },
                    None => fill.clone(),
                };
                out.push(v);
            }
            Ok(Some(Value::tuple(out)))
        }
        It::Starmap { func, it } => {
            let Some(item) = vm.next(it)? else {
                return Ok(None);
            };
            let args = match &item {
                Value::Tuple(t) => t.as_slice().to_vec(),
                _ => vm.collect(&item)?,
            };
            vm.call(func, &args, &[]).map(Some)
        }
        It::TakeWhile { pred, it } => {
            let Some(i) = it.clone() else {
                return Ok(None);
            };
            let Some(v) = vm.next(&i)? else {
                *it = None;
                return Ok(None);
            };
            let keep = vm.call1(pred, v.clone())?;
            if vm.truthy(&keep)? {
                Ok(Some(v))
            } else {
                *it = None;
                Ok(None)
            }
        }
        It::DropWhile { pred, it, dropping } => loop {
            let Some(v) = vm.next(it)? else {
                return Ok(None);
            };
            if *dropping {
                let drop = vm.call1(pred, v.clone())?;
                if vm.truthy(&drop)? {
                    continue;
                }
                *dropping = false;
            }
            return Ok(Some(v));
        },
        It::FilterFalse { pred, it } => loop {
            let Some(v) = vm.next(it)? else {
                return Ok(None);
            };
            let t = if pred.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call1(pred, v.clone())?;
                vm.truthy(&r)?
            };
            if !t {
                return Ok(Some(v));
            }
        },
        It::Compress { data, selectors } => loop {
            let Some(d) = vm.next(data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(selectors)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        },
        It::Pairwise { it, old } => {
            let Some(i) = it.clone() else {
                return Ok(None);
            };
            let first = match old.take() {
                Some(o) => o,
                None => match vm.next(&i)? {
                    Some(v) => v,
                    None => {
                        *it = None;
                        return Ok(None);
                    }
                },
            };
            let Some(second) = vm.next(&i)? else {
                *it = None;
                return Ok(None);
            };
            *old = Some(second.clone());
            Ok(Some(Value::tuple(vec![first, second])))
        }
        It::Batched { it, n, strict } => {
            let Some(i) = it.clone() else {
                return Ok(None);
            };
            let mut batch = Vec::with_capacity((*n).min(1024));
            while batch.len() < *n {
                match vm.next(&i)? {
                    Some(v) => batch.push(v),
                    None => {
                        *it = None;
                        break;
                    }
                }
            }
            if batch.is_empty() {
                return Ok(None);
            }
            if *strict && batch.len() < *n {
                return Err(vm.value_error("batched(): incomplete batch"));
            }
            Ok(Some(Value::tuple(batch)))
        }
        It::Tee { source, link } => {
            let filled = link.next.borrow().clone();
            if let Some((v, next)) = filled {
                *link = next;
                return Ok(Some(v));
            }
            let Some(v) = vm.next(source)? else {
                return Ok(None);
            };
            let next = Rc::new(TeeLink::default());
            *link.next.borrow_mut() = Some((v.clone(), next.clone()));
            *link = next;
            Ok(Some(v))
        }
    }
}

fn product_step(c: &mut Combinatoric) -> Option<Value> {
    if c.done {
        return None;
    }
    if c.first {
        c.first = false;
        if c.pools.iter().any(|p| p.is_empty()) {
            c.done = true;
            return None;
        }
        return Some(c.current(true));
    }
    // Odometer: bump the last index, carrying leftwards.
    for i in (0..c.pools.len()).rev() {
        c.indices[i] += 1;
        if c.indices[i] < c.pools[i].len() {
            return Some(c.current(true));
        }
        c.indices[i] = 0;
    }
    c.done = true;
    None
}

fn permutations_step(c: &mut Combinatoric, cycles: &mut [usize]) -> Option<Value> {
    let n = c.pools[0].len();
    let r = c.r;
    if c.done {
        return None;
    }
    if c.first {
        c.first = false;
        if r > n {
            c.done = true;
            return None;
        }
        return Some(c.current(false));
    }
    if n == 0 {
        c.done = true;
        return None;
    }
    for i in (0..r).rev() {
        cycles[i] -= 1;
        if cycles[i] == 0 {
            // Rotate indices[i..] left by one.
            c.indices[i..].rotate_left(1);
            cycles[i] = n - i;
        } else {
            let j = cycles[i];
            c.indices.swap(i, n - j);
            return Some(c.current(false));
        }
    }
    c.done = true;
    None
}

fn combinations_step(c: &mut Combinatoric) -> Option<Value> {
    let n = c.pools[0].len();
    let r = c.r;
    if c.done {
        return None;
    }
    if c.first {
        c.first = false;
        if r > n {
            c.done = true;
            return None;
        }
        return Some(c.current(false));
    }
    // The rightmost index not at its maximum.
    let Some(i) = (0..r).rev().find(|&i| c.indices[i] != i + n - r) else {
        c.done = true;
        return None;
    };
    c.indices[i] += 1;
    for j in i + 1..r {
        c.indices[j] = c.indices[j - 1] + 1;
    }
    Some(c.current(false))
}

fn cwr_step(c: &mut Combinatoric) -> Option<Value> {
    let n = c.pools[0].len();
    let r = c.r;
    if c.done {
        return None;
    }
    if c.first {
        c.first = false;
        if n == 0 && r > 0 {
            c.done = true;
            return None;
        }
        return Some(c.current(false));
    }
    let Some(i) = (0..r).rev().find(|&i| c.indices[i] != n - 1) else {
        c.done = true;
        return None;
    };
    let v = c.indices[i] + 1;
    c.indices[i..].iter_mut().for_each(|x| *x = v);
    Some(c.current(false))
}

/// A groupby's `__next__`: skips the rest of the current group and yields
/// the next key with a new grouper.
fn groupby_next(vm: &mut Vm, this: &Value, g: &mut GroupBy) -> PyResult<Option<Value>> {
    g.current = 0;
    loop {
        match (&g.currkey, &g.tgtkey) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                let (c, t) = (c.clone(), t.clone());
                if !vm.eq(&t, &c)? {
                    break;
                }
            }
        }
        if !g.step(vm)? {
            return Ok(None);
        }
    }
    let key = g.currkey.clone().unwrap_or(Value::None);
    g.tgtkey = Some(key.clone());
    g.last_id += 1;
    g.current = g.last_id;
    let grouper = native_value(
        &g.grouper_type,
        It::Grouper {
            parent: this.clone(),
            key: key.clone(),
            id: g.current,
        },
    );
    Ok(Some(Value::tuple(vec![key, grouper])))
}

fn grouper_step(vm: &mut Vm, parent: &Value, key: &Value, id: u64) -> PyResult<Option<Value>> {
    let mut st = take_state(vm, parent)?;
    let r = (|| {
        let It::GroupBy(g) = &mut st else {
            return Ok(None);
        };
        if g.current != id {
            return Ok(None);
        }
        if g.currvalue.is_none() && !g.step(vm)? {
            return Ok(None);
        }
        let Some(cur) = g.currkey.clone() else {
            return Ok(None);
        };
        if !vm.eq(key, &cur)? {
            return Ok(None);
        }
        g.currkey = None;
        Ok(g.currvalue.take())
    })();
    put_state(vm, parent, st)?;
    r
}

// ---- constructors ----

/// CPython's positional-count check: "name expected 2 arguments, got 1".
fn positional(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    let (bound, prefix) = if n < min {
        (min, if min == max { "" } else { "at least " })
    } else if n > max {
        (max, if min == max { "" } else { "at most " })
    } else {
        return Ok(());
    };
    Err(vm.type_error(format!(
        "{name} expected {prefix}{bound} argument{}, got {n}",
        if bound == 1 { "" } else { "s" }
    )))
}

/// The class being instantiated and the constructor's arguments.
fn ctor_args<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<(Rc<PyType>, &'a [Value])> {
    match args.first() {
        Some(Value::Type(t)) => Ok((t.clone(), &args[1..])),
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

fn new_it(cls: &Rc<PyType>, st: It) -> PyResult<Value> {
    Ok(native_new(cls, st))
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

fn count_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let [start_kw, step_kw] = kwargs(vm, "count", kw, ["start", "step"])?;
    positional(vm, "count", a, 0, 2)?;
    let cur = a.first().cloned().or(start_kw).unwrap_or(Value::Int(0));
    let step = a.get(1).cloned().or(step_kw).unwrap_or(Value::Int(1));
    for v in [&cur, &step] {
        let numeric = is_number(v)
            || vm.user_special(v, "__add__").is_some()
            || is_number(&Vm::unwrap_base(v));
        if !numeric {
            return Err(vm.type_error("a number is required"));
        }
    }
    new_it(&cls, It::Count { cur, step })
}

fn count_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let st = take_state(vm, &args[0])?;
    let (cur, step) = match &st {
        It::Count { cur, step } => (cur.clone(), step.clone()),
        _ => (Value::None, Value::None),
    };
    put_state(vm, &args[0], st)?;
    let name = vm.type_of(&args[0]).name();
    let start = vm.repr_str(&cur)?;
    if matches!(step, Value::Int(1) | Value::Bool(BoolWord::TRUE)) {
        return Ok(Value::string(format!("{name}({start})")));
    }
    let step = vm.repr_str(&step)?;
    Ok(Value::string(format!("{name}({start}, {step})")))
}

fn cycle_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    no_kw(vm, "cycle", kw)?;
    positional(vm, "cycle", a, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    new_it(
        &cls,
        It::Cycle {
            it: Some(it),
            saved: Vec::new(),
            pos: 0,
        },
    )
}

fn repeat_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let [obj_kw, times_kw] = kwargs(vm, "repeat", kw, ["object", "times"])?;
    positional(vm, "repeat", a, 0, 2)?;
    let Some(obj) = a.first().cloned().or(obj_kw) else {
        return Err(vm.type_error("repeat() missing required argument 'object' (pos 1)"));
    };
    let left = match a.get(1).cloned().or(times_kw) {
        None => None,
        Some(t) => match index_value(vm, &t)? {
            Value::Int(n) => Some(n.max(0) as usize),
            _ => {
                return Err(vm.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                ))
            }
        },
    };
    new_it(&cls, It::Repeat { obj, left })
}

fn repeat_parts(vm: &Vm, v: &Value) -> PyResult<(Value, Option<usize>)> {
    let st = take_state(vm, v)?;
    let r = match &st {
        It::Repeat { obj, left } => (obj.clone(), *left),
        _ => (Value::None, None),
    };
    put_state(vm, v, st)?;
    Ok(r)
}

fn repeat_repr(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (obj, left) = repeat_parts(vm, &args[0])?;
    let name = vm.type_of(&args[0]).name();
    let obj = vm.repr_str(&obj)?;
    Ok(Value::string(match left {
        Some(n) => format!("{name}({obj}, {n})"),
        None => format!("{name}({obj})"),
    }))
}

fn repeat_length_hint(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (_, left) = repeat_parts(vm, &args[0])?;
    match left {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(vm.type_error("len() of unsized object")),
    }
}

fn chain_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    no_kw(vm, "chain", kw)?;
    let sources = vm.get_iter(&Value::tuple(a.to_vec()))?;
    new_it(
        &cls,
        It::Chain {
            sources: Some(sources),
            active: None,
        },
    )
}

fn chain_from_iterable(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    no_kw(vm, "from_iterable", kw)?;
    positional(vm, "from_iterable", a, 1, 1)?;
    let sources = vm.get_iter(&a[0])?;
    new_it(
        &cls,
        It::Chain {
            sources: Some(sources),
            active: None,
        },
    )
}

/// An islice index: `None` for None, -1 for anything not a valid size
/// (CPython clears the conversion error and reports its own).
fn islice_index(vm: &mut Vm, v: &Value) -> Option<i64> {
    if v.is_none() {
        return None;
    }
    match index_value(vm, v) {
        Ok(Value::Int(i)) => Some(i),
        Ok(Value::BigInt(b)) if b.sign() == num_bigint::Sign::Plus => Some(i64::MAX),
        _ => Some(-1),
    }
}

fn islice_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    no_kw(vm, "islice", kw)?;
    positional(vm, "islice", a, 2, 4)?;
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop) = if a.len() == 2 {
        let stop = islice_index(vm, &a[1]);
        if stop == Some(-1) {
            return Err(vm.value_error(STOP));
        }
        (0, stop)
    } else {
        let start = islice_index(vm, &a[1]).unwrap_or(0);
        let stop = islice_index(vm, &a[2]);
        if stop == Some(-1) {
            return Err(vm.value_error(STOP));
        }
        (start, stop)
    };
    if start < 0 || stop.is_some_and(|s| s < 0) {
        return Err(vm.value_error(INDICES));
    }
    let step = match a.get(3) {
        Some(s) => islice_index(vm, s).unwrap_or(1),
        None => 1,
    };
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.get_iter(&a[0])?;
    new_it(
        &cls,
        It::Islice {
            it: Some(it),
            next: start as usize,
            read: 0,
            stop: stop.map(|s| s as usize),
            step: step as usize,
        },
    )
}

fn product_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let [repeat] = kwargs(vm, "product", kw, ["repeat"])?;
    let repeat = match repeat {
        Some(r) => match index_value(vm, &r)? {
            Value::Int(n) => n,
            _ => return Err(vm.err(ExcKind::OverflowError, "repeat argument too large")),
        },
        None => 1,
    };
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::with_capacity(a.len());
    for p in a {
        pools.push(vm.collect(p)?);
    }
    let pools: Vec<Vec<Value>> = if repeat == 0 {
        Vec::new()
    } else {
        let mut all = Vec::with_capacity(pools.len() * repeat as usize);
        for _ in 0..repeat {
            all.extend(pools.iter().cloned());
        }
        all
    };
    let n = pools.len();
    new_it(&cls, It::Product(Combinatoric::new(pools, n, vec![0; n])))
}

/// The `r` argument of the combinatoric iterators.
fn r_arg(vm: &mut Vm, r: Option<Value>, default: usize) -> PyResult<usize> {
    match r {
        None | Some(Value::None) => Ok(default),
        Some(v) => match index_value(vm, &v)? {
            Value::Int(n) if n < 0 => Err(vm.value_error("r must be non-negative")),
            Value::Int(n) => Ok(n as usize),
            _ => Err(vm.err(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )),
        },
    }
}

fn permutations_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let [it_kw, r_kw] = kwargs(vm, "permutations", kw, ["iterable", "r"])?;
    positional(vm, "permutations", a, 0, 2)?;
    let Some(iterable) = a.first().cloned().or(it_kw) else {
        return Err(vm.type_error("permutations() missing required argument 'iterable' (pos 1)"));
    };
    let pool = vm.collect(&iterable)?;
    let n = pool.len();
    let r = r_arg(vm, a.get(1).cloned().or(r_kw), n)?;
    let cycles = if r <= n {
        (n - r + 1..=n).rev().collect()
    } else {
        Vec::new()
    };
    new_it(
        &cls,
        It::Permutations {
            c: Combinatoric::new(vec![pool], r, (0..n).collect()),
            cycles,
        },
    )
}

/// `(iterable, r)` of combinations and combinations_with_replacement.
fn pool_and_r(vm: &mut Vm, name: &str, a: &[Value], kw: KwArgs) -> PyResult<(Vec<Value>, usize)> {
    let [it_kw, r_kw] = kwargs(vm, name, kw, ["iterable", "r"])?;
    positional(vm, name, a, 0, 2)?;
    let Some(iterable) = a.first().cloned().or(it_kw) else {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'iterable' (pos 1)"
        )));
    };
    let Some(r) = a.get(1).cloned().or(r_kw) else {
        return Err(vm.type_error(format!("{name}() missing required argument 'r' (pos 2)")));
    };
    let pool = vm.collect(&iterable)?;
    let r = r_arg(vm, Some(r), 0)?;
    Ok((pool, r))
}

fn combinations_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let (pool, r) = pool_and_r(vm, "combinations", a, kw)?;
    let indices = (0..r).collect();
    new_it(
        &cls,
        It::Combinations(Combinatoric::new(vec![pool], r, indices)),
    )
}

fn cwr_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let (pool, r) = pool_and_r(vm, "combinations_with_replacement", a, kw)?;
    new_it(
        &cls,
        It::CombinationsWithReplacement(Combinatoric::new(vec![pool], r, vec![0; r])),
    )
}

fn accumulate_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let [it_kw, func_kw, initial] = kwargs(vm, "accumulate", kw, ["iterable", "func", "initial"])?;
    positional(vm, "accumulate", a, 0, 2)?;
    let Some(iterable) = a.first().cloned().or(it_kw) else {
        return Err(vm.type_error("accumulate() missing required argument 'iterable' (pos 1)"));
    };
    let func = a.get(1).cloned().or(func_kw).filter(|f| !f.is_none());
    let it = vm.get_iter(&iterable)?;
    new_it(
        &cls,
        It::Accumulate {
            it,
            func,
            total: None,
            initial: initial.filter(|v| !v.is_none()),
        },
    )
}

fn groupby_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let [it_kw, key_kw] = kwargs(vm, "groupby", kw, ["iterable", "key"])?;
    positional(vm, "groupby", a, 0, 2)?;
    let Some(iterable) = a.first().cloned().or(it_kw) else {
        return Err(vm.type_error("groupby() missing required argument 'iterable' (pos 1)"));
    };
    let key = a.get(1).cloned().or(key_kw).filter(|k| !k.is_none());
    let it = vm.get_iter(&iterable)?;
    let grouper_type = match vm.import_module("itertools")? {
        Value::Module(m) => m.dict.get_item_str("_grouper"),
        _ => None,
    };
    let Some(Value::Type(grouper_type)) = grouper_type else {
        return Err(vm.type_error("itertools._grouper is missing"));
    };
    let g = GroupBy {
        it,
        key,
        tgtkey: None,
        currkey: None,
        currvalue: None,
        current: 0,
        last_id: 0,
        grouper_type,
    };
    new_it(&cls, It::GroupBy(g))
}

fn zip_longest_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let [fill] = kwargs(vm, "zip_longest", kw, ["fillvalue"])?;
    let mut iters = Vec::with_capacity(a.len());
    for x in a {
        iters.push(Some(vm.get_iter(x)?));
    }
    let active = iters.len();
    new_it(
        &cls,
        It::ZipLongest {
            iters,
            active,
            fill: fill.unwrap_or(Value::None),
        },
    )
}

/// `(function, iterable)` constructors taking no keywords.
fn func_and_iter(vm: &mut Vm, name: &str, a: &[Value], kw: KwArgs) -> PyResult<(Value, Value)> {
    no_kw(vm, name, kw)?;
    positional(vm, name, a, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok((a[0].clone(), it))
}

fn starmap_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let (func, it) = func_and_iter(vm, "starmap", a, kw)?;
    new_it(&cls, It::Starmap { func, it })
}

fn takewhile_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let (pred, it) = func_and_iter(vm, "takewhile", a, kw)?;
    new_it(&cls, It::TakeWhile { pred, it: Some(it) })
}

fn dropwhile_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let (pred, it) = func_and_iter(vm, "dropwhile", a, kw)?;
    new_it(
        &cls,
        It::DropWhile {
            pred,
            it,
            dropping: true,
        },
    )
}

fn filterfalse_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let (pred, it) = func_and_iter(vm, "filterfalse", a, kw)?;
    new_it(&cls, It::FilterFalse { pred, it })
}

fn compress_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let [data_kw, sel_kw] = kwargs(vm, "compress", kw, ["data", "selectors"])?;
    positional(vm, "compress", a, 0, 2)?;
    let (Some(data), Some(selectors)) =
        (a.first().cloned().or(data_kw), a.get(1).cloned().or(sel_kw))
    else {
        return Err(vm.type_error("compress() missing required argument"));
    };
    let data = vm.get_iter(&data)?;
    let selectors = vm.get_iter(&selectors)?;
    new_it(&cls, It::Compress { data, selectors })
}

fn pairwise_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    no_kw(vm, "pairwise", kw)?;
    positional(vm, "pairwise", a, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    new_it(
        &cls,
        It::Pairwise {
            it: Some(it),
            old: None,
        },
    )
}

fn batched_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (cls, a) = ctor_args(vm, args)?;
    let [it_kw, n_kw, strict] = kwargs(vm, "batched", kw, ["iterable", "n", "strict"])?;
    positional(vm, "batched", a, 0, 2)?;
    let (Some(iterable), Some(n)) = (a.first().cloned().or(it_kw), a.get(1).cloned().or(n_kw))
    else {
        return Err(vm.type_error("batched() missing required argument"));
    };
    let n = match index_value(vm, &n)? {
        Value::Int(n) => n,
        _ => {
            return Err(vm.err(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            ))
        }
    };
    if n < 1 {
        return Err(vm.value_error("n must be at least one"));
    }
    let strict = match strict {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let it = vm.get_iter(&iterable)?;
    new_it(
        &cls,
        It::Batched {
            it: Some(it),
            n: n as usize,
            strict,
        },
    )
}

// ---- tee ----

/// `tee(iterable, n=2)`; `args[0]` is the `_tee` type.
fn tee(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "tee", kw)?;
    let Value::Type(tee_type) = &args[0] else {
        return Err(vm.type_error("tee: bad state"));
    };
    let a = &args[1..];
    positional(vm, "tee", a, 1, 2)?;
    let n = match a.get(1) {
        Some(v) => match index_value(vm, v)? {
            Value::Int(n) => n,
            _ => {
                return Err(vm.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                ))
            }
        },
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let it = vm.get_iter(&a[0])?;
    // Teeing a tee continues from where it is, sharing its buffer.
    let (source, link) = match tee_parts(vm, &it) {
        Some(parts) => parts,
        None => (it, Rc::new(TeeLink::default())),
    };
    let tees = (0..n)
        .map(|_| {
            native_value(
                tee_type,
                It::Tee {
                    source: source.clone(),
                    link: link.clone(),
                },
            )
        })
        .collect();
    Ok(Value::tuple(tees))
}

/// The source and position of a tee object.
fn tee_parts(vm: &Vm, v: &Value) -> Option<(Value, Rc<TeeLink>)> {
    with_native(vm, v, WHAT, |s: &mut It| match s {
        It::Tee { source, link } => Some((source.clone(), link.clone())),
        _ => None,
    })
    .ok()
    .flatten()
}

fn tee_copy(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some((source, link)) = tee_parts(vm, &args[0]) else {
        return Err(vm.type_error("__copy__ requires a tee object"));
    };
    let t = vm.type_of(&args[0]);
    Ok(native_value(&t, It::Tee { source, link }))
}
