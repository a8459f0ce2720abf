//! Calls of functions the jit tier compiled whole (see
//! [`crate::jit_iface::FunctionRequest`]): hotness, compiling, entry, and
//! falling back to the interpreter.

use super::jit_entry::json_str;
use super::vm::{TierChoice, Vm};
use crate::jit_iface::{FunctionRequest, FunctionSlot, NativeCall, NativeFunction};
use crate::objects::PyFunction;
use crate::value::{BoolWord, Value};
use std::cell::Cell;
use std::io::Write;
use std::rc::Rc;

/// Most arguments a compiled function takes.
const MAX_ARGS: usize = 6;

/// Most native calls one run nests: the native stack needed stays small
/// (a compiled body's frame is a few words); deeper runs start over in
/// the interpreter, which keeps its frames on the heap.
const MAX_NATIVE_DEPTH: u64 = 4000;

impl Vm {
    /// Runs the call of `func` with the `argc` arguments in registers
    /// `[src, src + argc)` natively, when it is compiled (or turns hot
    /// now) and they are ints. `None`: the interpreter makes the call, as
    /// if native code did not exist (a native run that cannot finish has
    /// had no effect).
    pub(crate) fn native_call(
        &mut self,
        func: &Rc<PyFunction>,
        src: usize,
        argc: usize,
    ) -> Option<Value> {
        self.native_call_with(func, argc, |vm, i| match &vm.stack[src + i] {
            Value::Int(v) => Some(*v),
            _ => None,
        })
    }

    /// [`Vm::native_call`] with the arguments in a slice.
    pub(crate) fn native_call_args(
        &mut self,
        func: &Rc<PyFunction>,
        args: &[Value],
    ) -> Option<Value> {
        self.native_call_with(func, args.len(), |_, i| match &args[i] {
            Value::Int(v) => Some(*v),
            _ => None,
        })
    }

    fn native_call_with(
        &mut self,
        func: &Rc<PyFunction>,
        argc: usize,
        arg: impl Fn(&Vm, usize) -> Option<i64>,
    ) -> Option<Value> {
        let code = &func.code;
        let counted = match &mut *code.jit_function.borrow_mut() {
            FunctionSlot::Counting(n) => {
                *n += 1;
                Some(*n)
            }
            FunctionSlot::Compiled(_) => None,
            FunctionSlot::Rejected(_) => return None,
        };
        if let Some(n) = counted {
            if n < self.opts.jit_threshold.max(1) || !self.whole_functions_on() {
                return None;
            }
            self.compile_function(func);
        }
        if argc > MAX_ARGS || argc != code.argcount as usize {
            return None;
        }
        let mut args = [0i64; MAX_ARGS];
        for (i, a) in args.iter_mut().enumerate().take(argc) {
            *a = arg(self, i)?;
        }
        let (entry, returns_bool) = {
            let slot = code.jit_function.borrow();
            let FunctionSlot::Compiled(f) = &*slot else {
                return None;
            };
            if !self.calls_itself(func, f) {
                return None;
            }
            (f.entry, f.returns_bool)
        };
        let room = (self.opts.recursion_limit as u64).saturating_sub(self.depth as u64);
        let mut call = NativeCall {
            failed: 0,
            depth_left: room.min(MAX_NATIVE_DEPTH),
        };
        // SAFETY: `entry` is the entry of the code compiled for this code
        // object, taking `argcount` ints, which `args` holds; the backend
        // that owns the code lives as long as the runtime. The stack is
        // grown first to hold the deepest native run allowed.
        let v = stacker::maybe_grow(1 << 20, 2 << 20, || unsafe {
            entry(&mut call, args.as_ptr())
        });
        let slot = code.jit_function.borrow();
        if call.failed != 0 {
            drop(slot);
            // Failing again and again would cost a native attempt per
            // interpreted call: one failure sends the function back.
            *code.jit_function.borrow_mut() = FunctionSlot::Rejected(
                "a native run could not finish (overflow, division by zero or too deep): \
                 left to the interpreter"
                    .into(),
            );
            let ev = format!(
                "{{\"event\":\"deopt\",\"code\":{},\"file\":{},\"line\":{},\"function\":true,\"loop\":\"given-up\"}}",
                json_str(code.qualname.as_str()),
                json_str(&code.filename),
                code.firstlineno
            );
            self.tier_event(&ev);
            return None;
        }
        if let FunctionSlot::Compiled(f) = &*slot {
            f.calls.set(f.calls.get() + 1);
        }
        Some(if returns_bool {
            Value::Bool(BoolWord::new(v != 0))
        } else {
            Value::Int(v)
        })
    }

    fn whole_functions_on(&self) -> bool {
        self.opts.tier == TierChoice::Jit && self.jit.enabled() && self.explain.is_none()
    }

    /// Whether the global of `func`'s name is `func` itself, as its
    /// compiled body assumes for its calls. Checked again only when its
    /// globals changed since.
    fn calls_itself(&self, func: &Rc<PyFunction>, f: &NativeFunction) -> bool {
        let g = &func.globals;
        let now = (Rc::as_ptr(g) as usize, g.watch());
        if f.checked.get() == now {
            return true;
        }
        match g.get_str(&func.code.name) {
            Some(Value::Function(x)) if Rc::ptr_eq(&x, func) => {
                f.checked.set(now);
                true
            }
            _ => false,
        }
    }

    fn compile_function(&mut self, func: &Rc<PyFunction>) {
        let code = &func.code;
        let started = std::time::Instant::now();
        let req = FunctionRequest {
            code,
            dump: self.opts.jit_dump,
        };
        let Some(result) = self.jit.backend().map(|b| b.compile_function(&req)) else {
            return;
        };
        let took = started.elapsed();
        self.jit.functions.push(code.clone());
        let head = format!(
            "\"code\":{},\"file\":{},\"line\":{},\"function\":true",
            json_str(code.qualname.as_str()),
            json_str(&code.filename),
            code.firstlineno
        );
        let event = match result {
            Ok(c) => {
                if let Some(ir) = &c.ir {
                    let _ = writeln!(
                        self.stderr,
                        "--- jit: {} whole function ({}:{}) ---\n{}",
                        code.qualname.as_str(),
                        code.filename,
                        code.firstlineno,
                        ir
                    );
                }
                *code.jit_function.borrow_mut() =
                    FunctionSlot::Compiled(Box::new(NativeFunction {
                        entry: c.entry,
                        returns_bool: c.returns_bool,
                        checked: Cell::new((0, 0)),
                        calls: Cell::new(0),
                        compile_time: took,
                    }));
                format!(
                    "{{\"event\":\"compile\",{head},\"compile_us\":{}}}",
                    took.as_micros()
                )
            }
            Err(why) => {
                let ev = format!(
                    "{{\"event\":\"reject\",{head},\"reason\":{}}}",
                    json_str(&why)
                );
                *code.jit_function.borrow_mut() = FunctionSlot::Rejected(why);
                ev
            }
        };
        self.tier_event(&event);
    }

    /// The `--stats` lines of functions compiled whole or rejected.
    pub(crate) fn function_stats(&self, out: &mut String) -> std::time::Duration {
        let mut total = std::time::Duration::ZERO;
        for code in &self.jit.functions {
            let name = format!(
                "  {} ({}:{}) whole function",
                code.qualname.as_str(),
                code.filename,
                code.firstlineno
            );
            match &*code.jit_function.borrow() {
                FunctionSlot::Compiled(f) => {
                    total += f.compile_time;
                    out.push_str(&format!(
                        "{name}: {} native call(s) from the interpreter; compiled in {:.3} ms\n",
                        f.calls.get(),
                        f.compile_time.as_secs_f64() * 1e3
                    ));
                }
                FunctionSlot::Rejected(why) => {
                    out.push_str(&format!("{name}:\n    rejected: {why}\n"));
                }
                FunctionSlot::Counting(_) => {}
            }
        }
        total
    }
}
