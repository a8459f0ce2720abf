//! The `time` and `timeit` modules.

use super::args::{arity, kwargs};
use super::new_module;
use crate::bytecode::CodeKind;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

fn since_start(vm: &Vm) -> f64 {
    vm.start_time.elapsed().as_secs_f64()
}

pub fn make_time(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    Ok(new_module(
        vm,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", perf_counter),
            ("sleep", sleep),
        ],
    ))
}

fn time(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::float(d.as_secs_f64()))
}

fn time_ns(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn perf_counter(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::float(since_start(vm)))
}

fn perf_counter_ns(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.start_time.elapsed().as_nanos() as i64))
}

fn sleep(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "sleep", args, 1, 1)?;
    let s = crate::interp::ops::f64_of(&args[0]).unwrap_or(0.0);
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}

pub fn make_timeit(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(vm, "timeit", &[("timeit", timeit), ("repeat", repeat)]);
    m.dict
        .set_item_str("default_timer", vm.builtin("perf_counter", perf_counter));
    Ok(m)
}

/// Something timeit can run `number` times: a callable or source text.
fn runner(vm: &mut Vm, stmt: &Value, globals: &Option<Value>) -> PyResult<Value> {
    match stmt {
        Value::Str(s) => {
            let code = vm.compile_source(s.as_str(), "<timeit-src>", CodeKind::Exec)?;
            let g = match globals {
                Some(Value::Dict(d)) => d.clone(),
                _ => {
                    let d = Rc::new(PyDict::new());
                    d.set_item_str("__builtins__", Value::Dict(vm.builtins.clone()));
                    d
                }
            };
            Ok(Value::tuple(vec![Value::Code(code), Value::Dict(g)]))
        }
        other => Ok(other.clone()),
    }
}

fn run_n(vm: &mut Vm, r: &Value, number: i64) -> PyResult<f64> {
    let start = since_start(vm);
    for _ in 0..number {
        match r {
            Value::Tuple(t) => {
                if let (Value::Code(c), Value::Dict(g)) = (&t[0], &t[1]) {
                    vm.run_code(c, g.clone(), Some(Value::Dict(g.clone())), &[])?;
                }
            }
            f => {
                vm.call0(f)?;
            }
        }
    }
    Ok(since_start(vm) - start)
}

fn timeit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [stmt_kw, setup_kw, _timer, number_kw, globals] = kwargs(
        vm,
        "timeit",
        kw,
        ["stmt", "setup", "timer", "number", "globals"],
    )?;
    let stmt = args
        .first()
        .cloned()
        .or(stmt_kw)
        .unwrap_or(Value::str("pass"));
    let setup = args.get(1).cloned().or(setup_kw);
    let number = match args.get(3).cloned().or(number_kw) {
        Some(n) => vm.index_of(&n, "number")?,
        None => 1_000_000,
    };
    if let Some(s) = setup {
        let r = runner(vm, &s, &globals)?;
        run_n(vm, &r, 1)?;
    }
    let r = runner(vm, &stmt, &globals)?;
    Ok(Value::float(run_n(vm, &r, number)?))
}

fn repeat(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [stmt_kw, _setup, _timer, repeat_kw, number_kw, globals] = kwargs(
        vm,
        "repeat",
        kw,
        ["stmt", "setup", "timer", "repeat", "number", "globals"],
    )?;
    let stmt = args
        .first()
        .cloned()
        .or(stmt_kw)
        .unwrap_or(Value::str("pass"));
    let times = match repeat_kw {
        Some(n) => vm.index_of(&n, "repeat")?,
        None => 5,
    };
    let number = match number_kw {
        Some(n) => vm.index_of(&n, "number")?,
        None => 1_000_000,
    };
    let r = runner(vm, &stmt, &globals)?;
    let mut out = Vec::new();
    for _ in 0..times {
        out.push(Value::float(run_n(vm, &r, number)?));
    }
    Ok(Value::list(out))
}
