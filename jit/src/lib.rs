//! slotpy's `jit` tier: hot loops of `fast` code lowered to native code
//! with Cranelift. The runtime reaches this crate only through
//! [`slotpy_runtime::jit_iface::JitBackend`]; the contract between the two
//! (frame layout, exits, helpers) is documented there.

mod analysis;
mod function;
mod inline;
mod int_ops;
mod lower;
mod unroll;

use cranelift_codegen::ir::{types, AbiParam, UserFuncName};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage, Module};
use slotpy_runtime::jit_iface::{
    CompiledFunction, CompiledLoop, EntryFn, FunctionEntry, FunctionRequest, JitBackend,
    LoopRequest,
};

/// The Cranelift-based backend. It owns the memory of every loop it
/// compiled; dropping it frees that memory, so it must outlive any run of
/// that code (the runtime drops it last).
pub struct CraneliftBackend {
    module: Option<JITModule>,
    ctx: Context,
    fctx: FunctionBuilderContext,
    next_id: u32,
}

impl Default for CraneliftBackend {
    fn default() -> Self {
        Self::new()
    }
}

impl CraneliftBackend {
    pub fn new() -> Self {
        let module = Self::make_module().ok();
        let ctx = module
            .as_ref()
            .map_or_else(Context::new, |m| m.make_context());
        CraneliftBackend {
            module,
            ctx,
            fctx: FunctionBuilderContext::new(),
            next_id: 0,
        }
    }

    fn make_module() -> Result<JITModule, String> {
        let mut flags = settings::builder();
        let set = |f: &mut settings::Builder, k: &str, v: &str| {
            f.set(k, v)
                .map_err(|e| format!("cranelift setting {k}: {e}"))
        };
        set(&mut flags, "opt_level", "speed")?;
        set(&mut flags, "use_colocated_libcalls", "false")?;
        set(&mut flags, "is_pic", "false")?;
        // The verifier doubles compile time; the golden suite runs every
        // program with every loop compiled (jit1) in debug builds too.
        set(
            &mut flags,
            "enable_verifier",
            if cfg!(debug_assertions) {
                "true"
            } else {
                "false"
            },
        )?;
        let isa = cranelift_native::builder()
            .map_err(|e| format!("host not supported: {e}"))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| e.to_string())?;
        Ok(JITModule::new(JITBuilder::with_isa(
            isa,
            default_libcall_names(),
        )))
    }
}

impl Drop for CraneliftBackend {
    fn drop(&mut self) {
        if let Some(m) = self.module.take() {
            // SAFETY: the runtime owning this backend is being dropped; no
            // compiled loop runs any more and their entry points are gone
            // with the code objects' loop slots.
            unsafe { m.free_memory() };
        }
    }
}

impl JitBackend for CraneliftBackend {
    fn name(&self) -> &'static str {
        "cranelift"
    }

    fn compile_loop(&mut self, req: &LoopRequest<'_>) -> Result<CompiledLoop, String> {
        let Some(module) = self.module.as_mut() else {
            return Err("no native code generator for this machine".into());
        };
        let an = analysis::analyze(req)?;
        let ptr = module.target_config().pointer_type();
        let call_conv = module.target_config().default_call_conv;
        let mut sig = module.make_signature();
        sig.params.push(AbiParam::new(ptr));
        sig.returns.push(AbiParam::new(types::I64));
        self.next_id += 1;
        let name = format!("loop{}", self.next_id);
        let id = module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        self.ctx.clear();
        self.ctx.func.signature = sig;
        self.ctx.func.name = UserFuncName::user(0, id.as_u32());
        let (unboxed, listing) = {
            let b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            lower::Lowering::new(b, req, &an, call_conv, module.target_config()).lower(req.dump)
        };
        self.ctx.set_disasm(req.dump);
        module
            .define_function(id, &mut self.ctx)
            .map_err(|e| format!("cranelift: {e:?}"))?;
        let ir = req.dump.then(|| {
            let mut text = listing.unwrap_or_default();
            text.push_str(&self.ctx.func.display().to_string());
            if let Some(asm) = self.ctx.compiled_code().and_then(|c| c.vcode.clone()) {
                text.push_str("\n; machine code\n");
                text.push_str(&asm);
            }
            text
        });
        module.clear_context(&mut self.ctx);
        module
            .finalize_definitions()
            .map_err(|e| format!("cranelift: {e}"))?;
        let code = module.get_finalized_function(id);
        // SAFETY: the function was declared with the signature
        // `fn(*mut JitFrame) -> u64` in the host's calling convention,
        // which is `extern "C"` on every supported target.
        let entry = unsafe { std::mem::transmute::<*const u8, EntryFn>(code) };
        Ok(CompiledLoop {
            entry,
            ir,
            unboxed,
            keep: an.known.iter().map(|k| k.value.clone()).collect(),
            uses_globals: an.uses_globals,
        })
    }

    fn compile_function(&mut self, req: &FunctionRequest<'_>) -> Result<CompiledFunction, String> {
        let Some(module) = self.module.as_mut() else {
            return Err("no native code generator for this machine".into());
        };
        let typing = function::check(req.code)?;
        let nargs = req.code.argcount as usize;
        let config = module.target_config();
        let call_conv = config.default_call_conv;
        self.next_id += 1;
        let body_sig = function::body_signature(call_conv, nargs);
        let body_id = module
            .declare_function(&format!("fn{}", self.next_id), Linkage::Local, &body_sig)
            .map_err(|e| e.to_string())?;
        let mut entry_sig = module.make_signature();
        entry_sig.params.push(AbiParam::new(types::I64));
        entry_sig.params.push(AbiParam::new(types::I64));
        entry_sig.returns.push(AbiParam::new(types::I64));
        let entry_id = module
            .declare_function(
                &format!("fn{}_entry", self.next_id),
                Linkage::Local,
                &entry_sig,
            )
            .map_err(|e| e.to_string())?;
        let mut ir = String::new();
        for (id, sig, is_body) in [(body_id, body_sig, true), (entry_id, entry_sig, false)] {
            self.ctx.clear();
            self.ctx.func.signature = sig;
            self.ctx.func.name = UserFuncName::user(0, id.as_u32());
            let body_ref = module.declare_func_in_func(body_id, &mut self.ctx.func);
            let b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            if is_body {
                function::lower_body(b, req.code, &typing, body_ref, config);
            } else {
                function::lower_entry(b, nargs, body_ref, config);
            }
            module
                .define_function(id, &mut self.ctx)
                .map_err(|e| format!("cranelift: {e:?}"))?;
            if req.dump {
                ir.push_str(&self.ctx.func.display().to_string());
            }
            module.clear_context(&mut self.ctx);
        }
        module
            .finalize_definitions()
            .map_err(|e| format!("cranelift: {e}"))?;
        let code = module.get_finalized_function(entry_id);
        // SAFETY: the entry was declared with the signature
        // `fn(*mut NativeCall, *const i64) -> i64` in the host's calling
        // convention, which is `extern "C"` on every supported target.
        let entry = unsafe { std::mem::transmute::<*const u8, FunctionEntry>(code) };
        Ok(CompiledFunction {
            entry,
            returns_bool: typing.returns_bool(),
            ir: req.dump.then_some(ir),
        })
    }
}
