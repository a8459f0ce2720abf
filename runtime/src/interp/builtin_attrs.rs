//! Data attributes of built-in objects (`f.__name__`, `co.co_varnames`,
//! `frame.f_locals`, `e.args`...), computed on access.

use super::vm::Vm;
use crate::exc_kind::ExcKind;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

fn names_tuple(items: impl Iterator<Item = Rc<PyStr>>) -> Value {
    Value::tuple(items.map(Value::Str).collect())
}

impl Vm {
    pub(crate) fn builtin_attr(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let n = name.as_str();
        if n == "__class__" {
            return Ok(Some(Value::Type(self.type_of(obj))));
        }
        Ok(Some(match obj {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match n {
                "real" | "numerator" => match obj {
                    Value::Bool(b) => Value::Int(b.get() as i64),
                    _ => obj.clone(),
                },
                "imag" => Value::Int(0),
                "denominator" => Value::Int(1),
                _ => return Ok(None),
            },
            Value::Float(f) => match n {
                "real" => Value::Float(*f),
                "imag" => Value::float(0.0),
                _ => return Ok(None),
            },
            Value::Function(f) => match n {
                "__name__" => Value::Str(f.name.borrow().clone()),
                "__qualname__" => Value::Str(f.qualname.borrow().clone()),
                "__module__" => f.module.borrow().clone(),
                "__doc__" => f.doc.borrow().clone(),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    }
                }
                "__kwdefaults__" => match &*f.kwdefaults.borrow() {
                    Some(d) => Value::Dict(d.clone()),
                    None => Value::None,
                },
                "__code__" => Value::Code(f.code.clone()),
                "__globals__" => Value::Dict(f.globals.clone()),
                "__builtins__" => Value::Dict(f.builtins.clone()),
                "__closure__" => {
                    if f.closure.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                    }
                }
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    Value::Dict(d.get_or_insert_with(|| Rc::new(PyDict::new())).clone())
                }
                "__annotations__" => {
                    let mut a = f.annotations.borrow_mut();
                    if a.is_none() {
                        *a = Value::Dict(Rc::new(PyDict::new()));
                    }
                    a.clone()
                }
                "__type_params__" => f.type_params.borrow().clone(),
                _ => return Ok(None),
            },
            Value::Builtin(b) => match n {
                "__name__" => Value::str(&b.name),
                "__qualname__" => match &b.owner {
                    Some(o) => Value::string(format!("{o}.{}", b.name)),
                    None => Value::str(&b.name),
                },
                "__self__" => b.bound.clone().unwrap_or(Value::None),
                "__module__" => {
                    if b.owner.is_some() {
                        Value::None
                    } else {
                        Value::str("builtins")
                    }
                }
                // Built-ins always have a docstring; its first line is the
                // call signature.
                "__doc__" => Value::string(format!("{}(...)", b.name)),
                _ => return Ok(None),
            },
            Value::Method(m) => match n {
                "__self__" => m.receiver.clone(),
                "__func__" => m.func.clone(),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    return self.get_attr_opt(&m.func.clone(), name)
                }
                // Other attributes come from the function.
                _ => return self.get_attr_opt(&m.func.clone(), name),
            },
            Value::Code(c) => match n {
                "co_name" => Value::Str(c.name.clone()),
                "co_qualname" => Value::Str(c.qualname.clone()),
                "co_filename" => Value::str(&c.filename),
                "co_firstlineno" => Value::Int(c.firstlineno as i64),
                "co_argcount" => Value::Int(c.argcount as i64),
                "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
                "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
                "co_flags" => Value::Int(c.flags as i64),
                "co_nlocals" => Value::Int(c.varnames_dedup().len() as i64),
                "co_varnames" => names_tuple(c.varnames_dedup().into_iter()),
                "co_cellvars" => names_tuple(
                    c.varnames()
                        .iter()
                        .filter(|v| v.kind == crate::bytecode::RegKind::Cell)
                        .chain(c.cellvars())
                        .map(|v| v.name.clone()),
                ),
                "co_freevars" => names_tuple(c.freevars().iter().map(|v| v.name.clone())),
                "co_names" => names_tuple(c.names.iter().cloned()),
                "co_consts" => {
                    let mut v: Vec<Value> = Vec::new();
                    if !c.docstring.is_none() {
                        v.push(c.docstring.clone());
                    }
                    v.extend(c.consts.iter().cloned());
                    Value::tuple(v)
                }
                "co_stacksize" => Value::Int(c.nregs as i64),
                "co_code" => Value::Bytes(Rc::new(PyBytes::new(vec![0; c.instrs.len() * 2]))),
                _ => return Ok(None),
            },
            Value::Cell(c) => match n {
                "cell_contents" => {
                    let v = c.get();
                    if v.is_unbound() {
                        return Err(self.value_error("Cell is empty"));
                    }
                    v
                }
                _ => return Ok(None),
            },
            Value::Slice(s) => match n {
                "start" => s.start.clone(),
                "stop" => s.stop.clone(),
                "step" => s.step.clone(),
                _ => return Ok(None),
            },
            Value::Range(r) => match n {
                "start" => Value::from_bigint(r.start()),
                "stop" => Value::from_bigint(r.stop()),
                "step" => Value::from_bigint(r.step()),
                _ => return Ok(None),
            },
            Value::Frame(f) => return self.frame_attr(f, n),
            Value::Instance(inst) => {
                if let Some(exc) = &inst.exc {
                    match n {
                        "args" => Value::Tuple(exc.args.borrow().clone()),
                        "__traceback__" => {
                            if exc.traceback.borrow().is_empty() {
                                Value::None
                            } else {
                                self.traceback_object(&crate::value::PyErr(inst.clone()), 0)
                            }
                        }
                        "__context__" => exc
                            .context
                            .borrow()
                            .as_ref()
                            .map_or(Value::None, |e| e.value()),
                        "__cause__" => exc
                            .cause
                            .borrow()
                            .as_ref()
                            .map_or(Value::None, |e| e.value()),
                        "__suppress_context__" => Value::bool(exc.suppress_context.get()),
                        "value" if self.is_stop_iteration(inst) => exc
                            .args
                            .borrow()
                            .as_slice()
                            .first()
                            .cloned()
                            .unwrap_or(Value::None),
                        "code" if inst.class().is_subtype(&self.exc_type(ExcKind::SystemExit)) => {
                            let a = exc.args.borrow();
                            match a.len() {
                                0 => Value::None,
                                1 => a[0].clone(),
                                _ => Value::Tuple(a.clone()),
                            }
                        }
                        "name"
                        | "obj"
                        | "path"
                        | "msg"
                        | "filename"
                        | "lineno"
                        | "offset"
                        | "text"
                        | "end_lineno"
                        | "end_offset"
                        | "print_file_and_line"
                        | "errno"
                        | "strerror" => {
                            if n == "msg" {
                                if let Some(v) = inst.dict.get_str(name) {
                                    return Ok(Some(v));
                                }
                            }
                            Value::None
                        }
                        _ => return Ok(None),
                    }
                } else {
                    let base = inst.base.borrow().clone();
                    if base.is_unbound() {
                        return Ok(None);
                    }
                    return self.builtin_attr(&base, name);
                }
            }
            Value::Other(o) => match &**o {
                Other::Property {
                    fget,
                    fset,
                    fdel,
                    doc,
                } => match n {
                    "fget" => fget.clone(),
                    "fset" => fset.clone(),
                    "fdel" => fdel.clone(),
                    "__doc__" => doc.clone(),
                    "__isabstractmethod__" => Value::bool(false),
                    _ => return Ok(None),
                },
                Other::StaticMethod(f) | Other::ClassMethod(f) => match n {
                    "__func__" | "__wrapped__" => f.clone(),
                    "__isabstractmethod__" => Value::bool(false),
                    _ => return self.get_attr_opt(&f.clone(), name),
                },
                Other::Generator(g) => match n {
                    "__name__" => Value::Str(g.name.borrow().clone()),
                    "__qualname__" => Value::Str(g.qualname.borrow().clone()),
                    "gi_code" => Value::Code(g.code.clone()),
                    "gi_running" => Value::bool(g.state.borrow().running),
                    "gi_suspended" => {
                        let st = g.state.borrow();
                        Value::bool(st.started && !st.running && !st.finished)
                    }
                    "gi_frame" => {
                        if g.state.borrow().finished {
                            Value::None
                        } else {
                            Value::Frame(self.generator_frame(g))
                        }
                    }
                    "gi_yieldfrom" => g.delegate().unwrap_or(Value::None),
                    _ => return Ok(None),
                },
                Other::DictView { dict, .. } if n == "mapping" => {
                    crate::builtins::mappingproxy::proxy(self, dict)
                }
                Other::Super { .. } => return self.super_getattr(o, name),
                Other::Object { state, .. } => match &*state.borrow() {
                    Value::Dict(d) => return Ok(d.get_str(name)),
                    _ => return Ok(None),
                },
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    fn is_stop_iteration(&self, inst: &Rc<PyInstance>) -> bool {
        inst.class()
            .is_subtype(&self.exc_type(ExcKind::StopIteration))
    }

    /// `super().name`: look along the MRO after the given class.
    fn super_getattr(&mut self, o: &Rc<Other>, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let Other::Super { typ, obj, obj_type } = &**o else {
            unreachable!()
        };
        if name.as_str() == "__class__" {
            return Ok(Some(Value::Type(self.types.super_.clone())));
        }
        let mro = obj_type.mro_all();
        let start = mro
            .iter()
            .position(|t| Rc::ptr_eq(t, typ))
            .map_or(mro.len(), |i| i + 1);
        for t in &mro[start..] {
            if let Some(d) = t.dict.get_str(name) {
                // super(C, cls) of a class: attributes come unbound; of
                // an instance (a metaclass method's cls included): bound.
                let is_type_obj = matches!(obj, Value::Type(c) if Rc::ptr_eq(c, obj_type));
                return Ok(Some(match &d {
                    Value::Function(_) if is_type_obj => d.clone(),
                    Value::Other(x) if matches!(&**x, Other::ClassMethod(_)) => {
                        let Other::ClassMethod(f) = &**x else {
                            unreachable!()
                        };
                        Value::Method(Rc::new(PyMethod {
                            func: f.clone(),
                            receiver: Value::Type(obj_type.clone()),
                        }))
                    }
                    Value::Builtin(b) if b.binding == crate::objects::function::Binding::Class => {
                        Value::Method(Rc::new(PyMethod {
                            func: d.clone(),
                            receiver: Value::Type(obj_type.clone()),
                        }))
                    }
                    _ if is_type_obj => d.clone(),
                    _ => self.bind_descriptor(&d, obj)?,
                }));
            }
        }
        Ok(None)
    }
}
