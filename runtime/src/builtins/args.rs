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
