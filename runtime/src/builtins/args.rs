//! Argument checking for built-ins, with CPython's messages.

use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::value::{PyResult, Value};

/// Positional arity check: "len() takes exactly one argument (2 given)".
pub fn arity(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(vm.type_error(if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    }))
}

pub fn no_kw(vm: &Vm, name: &str, kw: KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Picks keyword arguments by name; an unknown one is an error.
pub fn kwargs<const N: usize>(
    vm: &Vm,
    fname: &str,
    kw: KwArgs,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )))
            }
        }
    }
    Ok(out)
}

/// Positional argument `i` or keyword `name`, one of them.
pub fn arg_or_kw(args: &[Value], i: usize, kw: &Option<Value>) -> Option<Value> {
    args.get(i).cloned().or_else(|| kw.clone())
}

pub fn str_arg<'a>(vm: &Vm, what: &str, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(v)))),
    }
}

/// Binds the arguments of a call to a built-in that stands for a Python
/// function with plain positional-or-keyword parameters `params` (the last
/// `defaults.len()` with defaults), with the messages CPython gives for a
/// Python function called as `qualname`.
pub fn bind_plain(
    vm: &Vm,
    qualname: &str,
    params: &[&str],
    defaults: &[Value],
    args: &[Value],
    kw: KwArgs,
) -> PyResult<Vec<Value>> {
    let n = params.len();
    if args.len() > n {
        let ndef = defaults.len();
        let sig = if ndef > 0 {
            format!("from {} to {n}", n - ndef)
        } else {
            n.to_string()
        };
        return Err(vm.type_error(format!(
            "{qualname}() takes {sig} positional argument{} but {} {} given",
            if n != 1 || ndef > 0 { "s" } else { "" },
            args.len(),
            if args.len() == 1 { "was" } else { "were" }
        )));
    }
    let mut bound: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    bound.resize(n, None);
    for (k, v) in kw {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) if bound[i].is_some() => {
                return Err(vm.type_error(format!(
                    "{qualname}() got multiple values for argument '{}'",
                    k.as_str()
                )))
            }
            Some(i) => bound[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{qualname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )))
            }
        }
    }
    let first_default = n - defaults.len();
    let mut missing = Vec::new();
    for (i, b) in bound.iter_mut().enumerate() {
        if b.is_none() {
            match i.checked_sub(first_default) {
                Some(d) => *b = Some(defaults[d].clone()),
                None => missing.push(params[i].to_string()),
            }
        }
    }
    if !missing.is_empty() {
        let q = crate::objects::PyStr::new(qualname);
        return Err(vm.missing_args(&q, &missing, "positional"));
    }
    Ok(bound
        .into_iter()
        .map(|b| b.unwrap_or(Value::None))
        .collect())
}
