//! Calling: dispatch on the callee, argument binding with CPython's error
//! messages, and frame setup for Python functions.

use super::eval::Exit;
use super::vm::{Frame, Vm};
use crate::bytecode::code::flags;
use crate::bytecode::instr::{ConstIdx, Reg};
use crate::bytecode::CodeObject;
use crate::exc_kind::ExcKind;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Stack space to keep free before running a frame; more is allocated on
/// demand, so deep recursion ends in RecursionError, never a crash.
const RED_ZONE: usize = 256 * 1024;
const STACK_CHUNK: usize = 4 * 1024 * 1024;
/// Python frames between native stack checks (a frame of the interpreter
/// takes a few KiB at most, far less than `RED_ZONE / STACK_CHECK_EVERY`).
const STACK_CHECK_EVERY: usize = 8;

impl Vm {
    pub fn call(&mut self, f: &Value, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        match f {
            Value::Function(func) => self.call_function(func, args, kw),
            Value::Builtin(b) => match &b.bound {
                Some(recv) => {
                    let mut a = Vec::with_capacity(args.len() + 1);
                    a.push(recv.clone());
                    a.extend_from_slice(args);
                    (b.func)(self, &a, kw)
                }
                None => {
                    if let Some(owner) = b.owner_type.as_ref().and_then(|w| w.upgrade()) {
                        self.check_descriptor_self(b, &owner, args)?;
                    }
                    (b.func)(self, args, kw)
                }
            },
            Value::Method(m) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(m.receiver.clone());
                a.extend_from_slice(args);
                self.call(&m.func, &a, kw)
            }
            Value::Type(t) => self.call_type(t, args, kw),
            Value::Other(o) if matches!(&**o, Other::StaticMethod(_)) => {
                let Other::StaticMethod(inner) = &**o else {
                    unreachable!()
                };
                self.call(inner, args, kw)
            }
            _ => {
                let t = self.type_of(f);
                let name = self.intern("__call__");
                match t.lookup(&name) {
                    Some(c) => {
                        let mut a = Vec::with_capacity(args.len() + 1);
                        a.push(f.clone());
                        a.extend_from_slice(args);
                        self.call(&c, &a, kw)
                    }
                    None => {
                        Err(self
                            .type_error(format!("'{}' object is not callable", self.type_name(f))))
                    }
                }
            }
        }
    }

    /// An unbound method of a built-in type must get an instance of it.
    fn check_descriptor_self(
        &self,
        b: &PyBuiltin,
        owner: &Rc<PyType>,
        args: &[Value],
    ) -> PyResult<()> {
        let Some(first) = args.first() else {
            return Err(self.type_error(format!(
                "unbound method {}.{}() needs an argument",
                owner.name(),
                b.name
            )));
        };
        let t = self.type_of(first);
        if t.is_subtype(owner) || owner.kind == TypeKind::Object {
            return Ok(());
        }
        // Metaclass methods (type.mro) apply to classes.
        if matches!(first, Value::Type(_)) && owner.kind == TypeKind::Type {
            return Ok(());
        }
        Err(self.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            b.name,
            owner.name(),
            t.name()
        )))
    }

    pub fn call0(&mut self, f: &Value) -> PyResult<Value> {
        self.call(f, &[], &[])
    }

    pub fn call1(&mut self, f: &Value, a: Value) -> PyResult<Value> {
        self.call(f, &[a], &[])
    }

    /// Calls a Python function: a new frame, its arguments bound.
    pub fn call_function(
        &mut self,
        func: &Rc<PyFunction>,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<Value> {
        if kw.is_empty() && self.fast_jit_threshold() != u32::MAX && self.explain.is_none() {
            if let Some(v) = self.native_call_args(func, args) {
                return Ok(v);
            }
        }
        if kw.is_empty() && self.is_simple_call(func, args.len()) {
            let base = self.push_simple_frame(func);
            for (i, a) in args.iter().enumerate() {
                // SAFETY: `base + i` is a parameter slot of the new frame
                // (`args.len()` is the parameter count), which owns nothing.
                unsafe { std::ptr::write(self.stack.as_mut_ptr().add(base + i), a.clone()) };
            }
            return self.run_simple_frame();
        }
        let base = self.push_function_frame(func, args, kw)?;
        if func.code.is_generator() {
            return Ok(self.make_generator(base));
        }
        let result = self.run_pushed_frame();
        self.pop_frame();
        match result? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => unreachable!("not a generator"),
            Exit::Stepped => unreachable!("only run_frame_step steps"),
        }
    }

    /// Calls a Python function whose positional arguments are in the
    /// caller's registers `[src, src + argc)`: the common case moves them
    /// straight into the new frame, with no intermediate vector.
    pub(crate) fn call_function_stack(
        &mut self,
        func: &Rc<PyFunction>,
        src: usize,
        argc: usize,
    ) -> PyResult<Value> {
        if !self.is_simple_call(func, argc) {
            let args: crate::value::Args = self.stack[src..src + argc]
                .iter_mut()
                .map(std::mem::take)
                .collect();
            return self.call_function(func, &args, &[]);
        }
        self.push_simple_args(func, None, src, argc);
        self.run_simple_frame()
    }

    /// Pushes the frame of a simple call (see `is_simple_call`) and moves
    /// its arguments from the caller's registers `[src, src + argc)`,
    /// after `first` (a method's receiver) when given.
    pub(crate) fn push_simple_args(
        &mut self,
        func: &Rc<PyFunction>,
        first: Option<Value>,
        src: usize,
        argc: usize,
    ) {
        let base = self.push_simple_frame(func);
        assert!(src + argc <= base);
        let p = self.stack.as_mut_ptr();
        let shift = first.is_some() as usize;
        if let Some(v) = first {
            // SAFETY: `base` is the first parameter slot of the new frame,
            // which owns nothing.
            unsafe { std::ptr::write(p.add(base), v) };
        }
        for i in 0..argc {
            // SAFETY: `src + i < base` (asserted: the arguments are
            // registers of the calling frame) and `base + shift + i` is a
            // parameter slot of the new frame, which owns nothing.
            unsafe {
                let v = std::ptr::replace(p.add(src + i), Value::Unbound);
                std::ptr::write(p.add(base + shift + i), v);
            }
        }
    }

    /// The back-edge count at which a loop of `fast` code is compiled:
    /// never (`u32::MAX`) outside the jit tier.
    pub(crate) fn fast_jit_threshold(&self) -> u32 {
        if self.opts.tier == super::vm::TierChoice::Jit && self.jit.enabled() {
            self.opts.jit_threshold.max(1)
        } else {
            u32::MAX
        }
    }

    /// Whether a call with `argc` positional arguments and no keywords
    /// binds them one to one to the parameters (no defaults, `*args`,
    /// `**kwargs`, keyword-only parameters or cells among them), with
    /// room for another frame.
    pub(crate) fn is_simple_call(&self, func: &PyFunction, argc: usize) -> bool {
        let code = &func.code;
        argc == code.argcount as usize
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
            && code.kwonlyargcount == 0
            && !code.forced_name
            && code.cell_params.is_empty()
            && self.depth < self.opts.recursion_limit
    }

    /// Pushes the frame of a simple call (see `is_simple_call`) with its
    /// constants, cells and free variables in place and the parameter
    /// slots empty; returns its base.
    fn push_simple_frame(&mut self, func: &Rc<PyFunction>) -> usize {
        let code = func.code.clone();
        let base = self.stack.len();
        let n = code.nregs as usize;
        self.stack.reserve(n);
        // SAFETY: `reserve` made room for `n` more values; all-zero bytes
        // are a valid `Value::Unbound` (tag 0, no payload), so the new
        // slots are initialised before `set_len` exposes them.
        unsafe {
            std::ptr::write_bytes(self.stack.as_mut_ptr().add(base), 0, n);
            self.stack.set_len(base + n);
        }
        let cb = base + code.const_base.idx();
        assert!(cb + code.consts.len() <= base + n);
        let p = self.stack.as_mut_ptr();
        for (i, c) in code.consts.iter().enumerate() {
            // SAFETY: `cb + i < base + n` (asserted above); the slot owns
            // nothing.
            unsafe { std::ptr::write(p.add(cb + i), c.clone()) };
        }
        let nl = code.nlocals as usize;
        let nc = code.ncells as usize;
        for i in nl..nl + nc {
            self.stack[base + i] = Value::Cell(Rc::new(PyCell::new(Value::Unbound)));
        }
        for (i, c) in func.closure.iter().enumerate() {
            self.stack[base + nl + nc + i] = Value::Cell(c.clone());
        }
        let exc_depth = self.handled.len();
        self.frames.reserve(1);
        let len = self.frames.len();
        // Written field by field in place: a `Frame` built on the stack
        // and then copied is read back with 16-byte loads just after its
        // 8-byte stores, which stalls (store forwarding fails); that was
        // a tenth of the time of a recursive call.
        // SAFETY: `reserve` made room for the slot at `len`; every field
        // is written before `set_len` exposes it.
        unsafe {
            let slot = self.frames.as_mut_ptr().add(len);
            (&raw mut (*slot).code).write(code);
            (&raw mut (*slot).base).write(base);
            (&raw mut (*slot).pc).write(0);
            (&raw mut (*slot).globals).write(func.globals.clone());
            (&raw mut (*slot).builtins).write(func.builtins.clone());
            (&raw mut (*slot).locals).write(None);
            (&raw mut (*slot).obj).write(None);
            (&raw mut (*slot).exc_depth).write(exc_depth);
            self.frames.set_len(len + 1);
        }
        self.depth += 1;
        base
    }

    /// Runs the frame `push_simple_frame` pushed, then pops it.
    fn run_simple_frame(&mut self) -> PyResult<Value> {
        let result = self.run_pushed_frame();
        self.pop_frame();
        match result? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => unreachable!("not a generator"),
            Exit::Stepped => unreachable!("only run_frame_step steps"),
        }
    }

    /// Runs the frame on top with enough native stack for it.
    pub fn run_pushed_frame(&mut self) -> PyResult<Exit> {
        // Checking the native stack every few Python frames is enough: the
        // red zone holds many times what a frame of the interpreter needs.
        if self.depth.is_multiple_of(STACK_CHECK_EVERY) {
            stacker::maybe_grow(RED_ZONE, STACK_CHUNK, || self.run_frame(None))
        } else {
            self.run_frame(None)
        }
    }

    /// Sets up a frame for `func` on the stacks; returns its base.
    pub fn push_function_frame(
        &mut self,
        func: &Rc<PyFunction>,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<usize> {
        if self.depth >= self.opts.recursion_limit {
            return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let code = func.code.clone();
        let base = self.stack.len();
        self.stack
            .resize(base + code.nregs as usize, Value::Unbound);
        let cb = base + code.const_base.idx();
        for (i, c) in code.consts.iter().enumerate() {
            self.stack[cb + i] = c.clone();
        }
        if let Err(e) = self.bind_args(func, base, args, kw) {
            self.stack.truncate(base);
            return Err(e);
        }
        let nl = code.nlocals as usize;
        let nc = code.ncells as usize;
        for i in nl..nl + nc {
            self.stack[base + i] = Value::Cell(Rc::new(PyCell::new(Value::Unbound)));
        }
        for p in code.cell_params.iter() {
            let v = std::mem::take(&mut self.stack[base + p.idx()]);
            self.stack[base + p.idx()] = Value::Cell(Rc::new(PyCell::new(v)));
        }
        for (i, c) in func.closure.iter().enumerate() {
            self.stack[base + nl + nc + i] = Value::Cell(c.clone());
        }
        let locals = if code.forced_name {
            // `--tier=name`: the locals live in a per-call dict. (Registers
            // keep their copy: a generator expression reads its hidden `.0`
            // argument from its register.)
            let d = PyDict::new();
            for i in 0..nl {
                if code.vars[i].kind == crate::bytecode::RegKind::Local {
                    let v = self.stack[base + i].clone();
                    if !v.is_unbound() {
                        d.set_str(code.vars[i].name.clone(), v);
                    }
                }
            }
            Some(Value::Dict(Rc::new(d)))
        } else {
            None
        };
        self.frames.push(Frame {
            code,
            base,
            pc: 0,
            globals: func.globals.clone(),
            builtins: func.builtins.clone(),
            locals,
            obj: None,
            exc_depth: self.handled.len(),
        });
        self.depth += 1;
        Ok(base)
    }

    /// Pushes a frame for module, class-body or exec/eval code.
    pub fn push_code_frame(
        &mut self,
        code: &Rc<CodeObject>,
        globals: Rc<PyDict>,
        locals: Option<Value>,
        closure: &[Rc<PyCell>],
    ) -> PyResult<()> {
        if self.depth >= self.opts.recursion_limit {
            return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let builtins = self.builtins_of(&globals);
        let base = self.stack.len();
        self.stack
            .resize(base + code.nregs as usize, Value::Unbound);
        let cb = base + code.const_base.idx();
        for (i, c) in code.consts.iter().enumerate() {
            self.stack[cb + i] = c.clone();
        }
        let nl = code.nlocals as usize;
        let nc = code.ncells as usize;
        for i in nl..nl + nc {
            self.stack[base + i] = Value::Cell(Rc::new(PyCell::new(Value::Unbound)));
        }
        for (i, c) in closure.iter().enumerate() {
            self.stack[base + nl + nc + i] = Value::Cell(c.clone());
        }
        // A function body run by exec() has fresh locals (CO_NEWLOCALS);
        // under `--tier=name` they are a new dict, not the given mapping.
        let locals = if code.forced_name {
            Some(Value::Dict(Rc::new(PyDict::new())))
        } else {
            locals
        };
        self.frames.push(Frame {
            code: code.clone(),
            base,
            pc: 0,
            globals,
            builtins,
            locals,
            obj: None,
            exc_depth: self.handled.len(),
        });
        self.depth += 1;
        Ok(())
    }

    /// Runs module/class/exec code in the given namespaces.
    pub fn run_code(
        &mut self,
        code: &Rc<CodeObject>,
        globals: Rc<PyDict>,
        locals: Option<Value>,
        closure: &[Rc<PyCell>],
    ) -> PyResult<Value> {
        self.push_code_frame(code, globals, locals, closure)?;
        let r = self.run_pushed_frame();
        self.pop_frame();
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(v) => Ok(v),
            Exit::Stepped => unreachable!("only run_frame_step steps"),
        }
    }

    /// Removes the top frame; a frame object keeps a copy of the variables.
    pub fn pop_frame(&mut self) {
        if self.frames.last().is_some_and(|f| f.obj.is_some()) && self.frames.len() > 1 {
            // A finished frame object keeps its caller (CPython's f_back).
            let back = self.frame_object(self.frames.len() - 2);
            if let Some(obj) = &self.frames.last().and_then(|f| f.obj.clone()) {
                *obj.back.borrow_mut() = Some(back);
            }
        }
        // The frame is read where it is and dropped in place, not moved
        // out: moving it copies with 16-byte loads what was just written
        // with 8-byte stores, a store-forwarding stall (see
        // `push_simple_frame`).
        let f = self.frames.last().expect("a frame");
        let (base, exc_depth) = (f.base, f.exc_depth);
        if let Some(obj) = &f.obj {
            obj.live.set(None);
            // The variables only (what f_locals shows): temporaries may
            // hold the exception whose traceback refers to this frame.
            let n = f.code.vars.len();
            *obj.final_regs.borrow_mut() = self.stack[base..base + n].to_vec();
            obj.final_line.set(f.code.line_at(f.pc));
        }
        self.frames.truncate(self.frames.len() - 1);
        // Drop only the registers that own heap objects.
        for v in &mut self.stack[base..] {
            if v.tag() > crate::value::tag::FLOAT {
                *v = Value::Unbound;
            }
        }
        // SAFETY: every value above `base` is now inline (no destructor
        // to run), so shortening the vector leaks nothing.
        unsafe { self.stack.set_len(base) };
        self.handled.truncate(exc_depth);
        self.depth -= 1;
    }

    /// The builtins namespace for code running with `globals`.
    pub fn builtins_of(&self, globals: &PyDict) -> Rc<PyDict> {
        match globals.get_item_str("__builtins__") {
            Some(Value::Dict(d)) => d,
            Some(Value::Module(m)) => m.dict.clone(),
            Some(other) => match Self::unwrap_base(&other) {
                Value::Dict(d) => d,
                // Not a mapping: nothing is found there (see `missing_name`).
                _ => Rc::new(PyDict::new()),
            },
            None => self.builtins.clone(),
        }
    }

    fn bind_args(
        &mut self,
        func: &PyFunction,
        base: usize,
        args: &[Value],
        kw: KwArgs,
    ) -> PyResult<()> {
        let co = &*func.code;
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let total = argcount + kwonly;
        let n = args.len().min(argcount);
        // Fast path: exactly the positional parameters.
        if kw.is_empty() && args.len() == argcount && !has_varargs && !has_varkw && kwonly == 0 {
            for (i, a) in args.iter().enumerate() {
                self.stack[base + i] = a.clone();
            }
            return Ok(());
        }
        self.stack[base..base + n].clone_from_slice(&args[..n]);
        let varargs_idx = total;
        let varkw_idx = total + has_varargs as usize;
        if has_varargs {
            let extra = if args.len() > argcount {
                args[argcount..].to_vec()
            } else {
                vec![]
            };
            self.stack[base + varargs_idx] = Value::tuple(extra);
        }
        let kwdict = if has_varkw {
            let d = Rc::new(PyDict::new());
            self.stack[base + varkw_idx] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let qualname = func.qualname.borrow().clone();
        for (name, value) in kw {
            let found = (posonly..total).find(|&j| co.vars[j].name.as_str() == name.as_str());
            match found {
                Some(j) => {
                    if !self.stack[base + j].is_unbound() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qualname.as_str(),
                            name.as_str()
                        )));
                    }
                    self.stack[base + j] = value.clone();
                }
                None => match &kwdict {
                    Some(d) => d.set_str(name.clone(), value.clone()),
                    None => {
                        let pos_as_kw: Vec<&str> = kw
                            .iter()
                            .filter(|(k, _)| {
                                (0..posonly).any(|j| co.vars[j].name.as_str() == k.as_str())
                            })
                            .map(|(k, _)| k.as_str())
                            .collect();
                        if !pos_as_kw.is_empty() {
                            return Err(self.type_error(format!(
                                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                qualname.as_str(),
                                pos_as_kw.join(", ")
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qualname.as_str(),
                            name.as_str()
                        )));
                    }
                },
            }
        }
        let defaults = func.defaults.borrow();
        if args.len() > argcount && !has_varargs {
            let ndef = defaults.len();
            let plural = argcount != 1 || ndef > 0;
            let sig = if ndef > 0 {
                format!("from {} to {}", argcount - ndef, argcount)
            } else {
                argcount.to_string()
            };
            let kw_given = (argcount..total)
                .filter(|&j| !self.stack[base + j].is_unbound())
                .count();
            let kw_sig = if kw_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if args.len() == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            return Err(self.type_error(format!(
                "{}() takes {} positional argument{} but {}{} {} given",
                qualname.as_str(),
                sig,
                if plural { "s" } else { "" },
                args.len(),
                kw_sig,
                if args.len() == 1 && kw_given == 0 {
                    "was"
                } else {
                    "were"
                }
            )));
        }
        if n < argcount {
            let ndef = defaults.len();
            let first_default = argcount - ndef;
            let mut missing = Vec::new();
            for i in n..argcount {
                if self.stack[base + i].is_unbound() {
                    if i >= first_default {
                        self.stack[base + i] = defaults[i - first_default].clone();
                    } else {
                        missing.push(co.vars[i].name.as_str().to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(&qualname, &missing, "positional"));
            }
        }
        if kwonly > 0 {
            let kwdefaults = func.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for j in argcount..total {
                if self.stack[base + j].is_unbound() {
                    let name = &co.vars[j].name;
                    match kwdefaults.as_ref().and_then(|d| d.get_str(name)) {
                        Some(v) => self.stack[base + j] = v,
                        None => missing.push(name.as_str().to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(&qualname, &missing, "keyword-only"));
            }
        }
        Ok(())
    }

    /// "f() missing 2 required positional arguments: 'a' and 'b'"
    pub(crate) fn missing_args(
        &self,
        qualname: &PyStr,
        names: &[String],
        kind: &str,
    ) -> crate::value::PyErr {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            qualname.as_str(),
            names.len(),
            kind,
            if names.len() == 1 { "" } else { "s" },
            list
        ))
    }

    /// `MakeFunction`: a function object for a nested code object.
    pub(crate) fn make_function(
        &mut self,
        fi: usize,
        code: &CodeObject,
        ci: ConstIdx,
        base: usize,
        extra: Reg,
        fl: u8,
    ) -> Value {
        let Value::Code(fcode) = &code.consts[ci.0 as usize] else {
            unreachable!("MakeFunction of a code constant")
        };
        let mut next = 0usize;
        let mut take = |stack: &mut Vec<Value>| {
            let v = std::mem::take(&mut stack[base + extra.idx() + next]);
            next += 1;
            v
        };
        let defaults = if fl & 1 != 0 {
            match take(&mut self.stack) {
                Value::Tuple(t) => t.as_slice().to_vec(),
                _ => vec![],
            }
        } else {
            vec![]
        };
        let kwdefaults = if fl & 2 != 0 {
            match take(&mut self.stack) {
                Value::Dict(d) => Some(d),
                _ => None,
            }
        } else {
            None
        };
        let annotations = if fl & 4 != 0 {
            take(&mut self.stack)
        } else {
            Value::None
        };
        let closure: Box<[Rc<PyCell>]> = if fl & 8 != 0 {
            match take(&mut self.stack) {
                Value::Tuple(t) => t
                    .iter()
                    .filter_map(|c| match c {
                        Value::Cell(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => Box::new([]),
            }
        } else {
            Box::new([])
        };
        let frame = &self.frames[fi];
        let globals = frame.globals.clone();
        let module = globals.get_item_str("__name__").unwrap_or(Value::None);
        Value::Function(Rc::new(PyFunction {
            code: fcode.clone(),
            builtins: frame.builtins.clone(),
            globals,
            name: RefCell::new(fcode.name.clone()),
            qualname: RefCell::new(fcode.qualname.clone()),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            dict: RefCell::new(None),
            module: RefCell::new(module),
            doc: RefCell::new(fcode.docstring.clone()),
            annotations: RefCell::new(annotations),
            type_params: RefCell::new(Value::tuple(vec![])),
        }))
    }
}
