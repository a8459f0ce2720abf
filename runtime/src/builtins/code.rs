//! Methods of code objects.

use super::args::arity;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::value::{PyResult, Value};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.code.clone();
    vm.add_method(&t, "replace", code_replace);
}

/// `code.replace(**changes)`: a copy with other metadata. The fields that
/// describe the compiled instructions cannot change: slotpy's code is not
/// CPython bytecode.
fn code_replace(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Code(c)) = args.first() else {
        return Err(vm.type_error("descriptor 'replace' requires a 'code' object"));
    };
    arity(vm, "replace", &args[1..], 0, 0)?;
    let mut name = c.name.clone();
    let mut qualname = c.qualname.clone();
    let mut filename = c.filename.clone();
    let mut firstlineno = c.firstlineno;
    for (k, v) in kw {
        let key = k.as_str();
        match (key, v) {
            ("co_name", Value::Str(s)) => name = s.clone(),
            ("co_qualname", Value::Str(s)) => qualname = s.clone(),
            ("co_filename", Value::Str(s)) => filename = Rc::from(s.as_str()),
            ("co_firstlineno", v) => {
                let n = vm.index_of(v, "replace")?;
                firstlineno = u32::try_from(n)
                    .map_err(|_| vm.value_error("co_firstlineno must be a positive integer"))?;
            }
            ("co_name" | "co_qualname" | "co_filename", other) => {
                return Err(vm.type_error(format!(
                    "replace() argument '{key}' must be str, not {}",
                    vm.type_name(other)
                )))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "replace() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    let code = c.renamed(name, qualname, filename, firstlineno);
    Ok(Value::Code(Rc::new(code)))
}
