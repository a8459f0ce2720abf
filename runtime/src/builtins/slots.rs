//! `__slots__`: the layout a class statement's `__slots__` gives its
//! instances, and the `member_descriptor` objects through which the slot
//! values are read and written.

use super::{native_value, with_native};
use crate::exc_kind::ExcKind;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::typeobj::InstanceLayout;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// One slot of a class: its (mangled) name, its index in the instance's
/// slot values, and the name of the class that declared it.
#[derive(Clone)]
pub struct Member {
    pub name: Rc<PyStr>,
    pub index: usize,
    pub owner: Rc<str>,
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.member_descriptor.clone();
    vm.add_method(&t, "__repr__", member_repr);
    vm.add_method(&t, "__get__", member_get_method);
    vm.add_method(&t, "__set__", member_set_method);
    vm.add_method(&t, "__delete__", member_delete_method);
}

/// The member a class attribute is, if it is a slot descriptor.
pub fn as_member(v: &Value) -> Option<Member> {
    let Value::Other(o) = v else { return None };
    let Other::Native { data, .. } = &**o else {
        return None;
    };
    data.try_borrow().ok()?.downcast_ref::<Member>().cloned()
}

/// Computes the instance layout of a new class from its bases and the
/// namespace, putting a member descriptor in `dict` for each slot name.
pub fn layout(
    vm: &mut Vm,
    class_name: &str,
    bases: &[Rc<PyType>],
    dict: &PyDict,
) -> PyResult<InstanceLayout> {
    let base_slots = bases.iter().map(|b| b.layout.nslots).max().unwrap_or(0);
    let base_dict = bases.iter().any(|b| b.instances_have_dict());
    let Some(spec) = dict.get_item_str("__slots__") else {
        return Ok(InstanceLayout {
            nslots: base_slots,
            no_dict: false,
        });
    };
    let names = match &spec {
        Value::Str(_) => vec![spec.clone()],
        _ => vm.collect(&spec)?,
    };
    let mut with_dict = base_dict;
    let mut index = base_slots;
    let mut members = Vec::new();
    for n in &names {
        let Value::Str(s) = n else {
            return Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name(n)
            )));
        };
        match s.as_str() {
            "__dict__" => {
                if with_dict {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                with_dict = true;
                continue;
            }
            "__weakref__" => continue,
            _ => {}
        }
        if !super::string::is_identifier(s.as_str()) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        let name = mangle(class_name, s.as_str());
        if dict.get_item_str(&name).is_some() {
            return Err(vm.value_error(format!(
                "'{}' in __slots__ conflicts with class variable",
                s.as_str()
            )));
        }
        members.push((name, index));
        index += 1;
    }
    let owner: Rc<str> = Rc::from(class_name);
    for (name, index) in members {
        let m = Member {
            name: Rc::new(PyStr::new(&name)),
            index,
            owner: owner.clone(),
        };
        dict.set_item_str(&name, native_value(&vm.types.member_descriptor, m));
    }
    Ok(InstanceLayout {
        nslots: index,
        no_dict: !with_dict,
    })
}

/// Private-name mangling of a slot name (`__x` in class `C` is `_C__x`).
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn wrong_object(vm: &Vm, m: &Member, obj: &Value) -> crate::value::PyErr {
    vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        m.name.as_str(),
        m.owner,
        vm.type_name(obj)
    ))
}

/// `obj.slot`.
pub fn get(vm: &Vm, m: &Member, obj: &Value) -> PyResult<Value> {
    let Value::Instance(inst) = obj else {
        return Err(wrong_object(vm, m, obj));
    };
    let v = inst.slots.borrow().get(m.index).cloned();
    match v {
        Some(v) if !v.is_unbound() => Ok(v),
        Some(_) => Err(vm.err(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{}'",
                inst.class().name(),
                m.name.as_str()
            ),
        )),
        None => Err(wrong_object(vm, m, obj)),
    }
}

/// `obj.slot = value`, or `del obj.slot` when `value` is `None`.
pub fn set(vm: &Vm, m: &Member, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Value::Instance(inst) = obj else {
        return Err(wrong_object(vm, m, obj));
    };
    let mut slots = inst.slots.borrow_mut();
    let Some(slot) = slots.get_mut(m.index) else {
        drop(slots);
        return Err(wrong_object(vm, m, obj));
    };
    match value {
        Some(v) => *slot = v,
        None => {
            if slot.is_unbound() {
                drop(slots);
                return Err(vm.err(
                    ExcKind::AttributeError,
                    format!(
                        "'{}' object has no attribute '{}'",
                        inst.class().name(),
                        m.name.as_str()
                    ),
                ));
            }
            // The old value is dropped after the borrow ends: its
            // destructor may run Python code.
            let old = std::mem::take(slot);
            drop(slots);
            drop(old);
        }
    }
    Ok(())
}

fn this(vm: &Vm, v: &Value) -> PyResult<Member> {
    with_native::<Member, _>(vm, v, "member_descriptor", |m| m.clone())
}

fn member_repr(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    let m = this(vm, &a[0])?;
    Ok(Value::string(format!(
        "<member '{}' of '{}' objects>",
        m.name.as_str(),
        m.owner
    )))
}

fn member_get_method(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    super::args::arity(vm, "__get__", &a[1..], 1, 2)?;
    let m = this(vm, &a[0])?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    get(vm, &m, &a[1])
}

fn member_set_method(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    super::args::arity(vm, "__set__", &a[1..], 2, 2)?;
    let m = this(vm, &a[0])?;
    set(vm, &m, &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}

fn member_delete_method(vm: &mut Vm, a: &[Value], _: KwArgs) -> PyResult<Value> {
    super::args::arity(vm, "__delete__", &a[1..], 1, 1)?;
    let m = this(vm, &a[0])?;
    set(vm, &m, &a[1], None)?;
    Ok(Value::None)
}
