//! The runtime's only view of the `jit` tier.
//!
//! The `jit` crate depends on this one and implements [`JitBackend`]; the
//! embedding facade installs it into a runtime. The interpreter never
//! names Cranelift: it reports hot loops through this trait and enters
//! whatever native code the backend hands back.
//!
//! # The contract between native code and the interpreter
//!
//! A compiled loop is a function `extern "C" fn(*mut JitFrame) -> u64`
//! entered at the loop header with the live frame (on-stack entry). It
//! works on the frame's registers in place: `JitFrame::regs` points at the
//! first register, a [`Value`] of 16 bytes (tag word, payload word; see
//! `value.rs`). Registers the compiler proved to hold an `int`, `float` or
//! `bool` live in machine registers while the loop runs and are written
//! back, as inline values, before every helper call and at every exit; all
//! other registers stay in memory and are only touched by runtime helpers
//! (the [`Helpers`] table), which own reference counting.
//!
//! The function returns an [`ExitCode`]: where the interpreter resumes and
//! why native code stopped (the loop ended, a guard failed, or an
//! exception was raised by a helper, in which case it waits in
//! `Vm::jit_error`). Helpers report errors by return value and never
//! unwind (cranelift-jit registers no unwind information).

use crate::bytecode::code::NameCache;
use crate::bytecode::{CodeObject, Reg};
use crate::objects::{PyDict, PyStr};
use crate::value::Value;
use std::rc::Rc;
use std::time::Duration;

/// A compiler for hot loops of `fast` code.
pub trait JitBackend {
    /// A short name for `--stats` and diagnostics.
    fn name(&self) -> &'static str;

    /// Compiles the loop `req` describes, or says why it cannot.
    fn compile_loop(&mut self, req: &LoopRequest<'_>) -> Result<CompiledLoop, String>;

    /// Compiles a whole function called with int arguments, or says why it
    /// cannot (see [`FunctionRequest`]).
    fn compile_function(&mut self, req: &FunctionRequest<'_>) -> Result<CompiledFunction, String>;
}

/// A function hot because it is called often (recursion such as `fib`),
/// to compile whole for int arguments. Only *pure* bodies qualify: int
/// arithmetic, comparisons, forward branches, `return` of an int or bool,
/// and calls of the function itself through the global of its own name
/// (which the runtime checks is this function at every entry). Nothing
/// such a body does is observable before it returns, so native code that
/// cannot finish (overflow, a division by zero, too deep) just reports
/// failure and the runtime runs the call again in the interpreter, which
/// then computes with big ints or raises exactly as it always does.
pub struct FunctionRequest<'a> {
    pub code: &'a CodeObject,
    /// Also return the optimized IR as text (`--jit-dump`).
    pub dump: bool,
}

pub struct CompiledFunction {
    pub entry: FunctionEntry,
    /// The result is a bool (0 or 1), not an int.
    pub returns_bool: bool,
    pub ir: Option<String>,
}

/// Entry of a compiled function: the call's state and its int arguments.
/// The result is meaningful only when `NativeCall::failed` stays 0.
pub type FunctionEntry = unsafe extern "C" fn(*mut NativeCall, *const i64) -> i64;

/// One native run of a compiled function.
#[repr(C)]
pub struct NativeCall {
    /// Set to 1 by native code that cannot finish.
    pub failed: u64,
    /// Calls native code may still nest before it gives up.
    pub depth_left: u64,
}

/// Byte offsets of [`NativeCall`]'s fields, for native code.
pub mod native_call_offsets {
    use super::NativeCall;
    use std::mem::offset_of;
    pub const FAILED: i32 = offset_of!(NativeCall, failed) as i32;
    pub const DEPTH_LEFT: i32 = offset_of!(NativeCall, depth_left) as i32;
}

/// Everything the backend may use to compile one loop.
pub struct LoopRequest<'a> {
    pub code: &'a CodeObject,
    /// First instruction of the loop: the target of the back-edge.
    pub header: usize,
    /// The back-edge: the last instruction of the loop body.
    pub end: usize,
    /// The frame's registers at the moment the loop turned hot: the types
    /// found here are what native code specializes on (and guards).
    pub regs: &'a [Value],
    /// Registers that must stay boxed: their type guards failed before.
    pub boxed: &'a [Reg],
    /// Instructions not to specialize on the values they found (their
    /// guards failed before).
    pub generic: &'a [u32],
    /// The frame's globals and builtins, when plain dicts: native code may
    /// then speculate on what globals hold, behind guards on the dicts'
    /// [`crate::objects::PyDict::watch`] counters.
    pub globals: Option<(&'a Rc<PyDict>, &'a Rc<PyDict>)>,
    pub helpers: &'a Helpers,
    /// How to reach inside lists, tuples and reference counts natively,
    /// when known.
    pub layout: Option<Layout>,
    /// Also return the optimized IR as text (`--jit-dump`).
    pub dump: bool,
    /// Compile even loops the backend would rather leave to the
    /// interpreter (`--jit-threshold=1`: everything, for testing).
    pub compile_all: bool,
}

/// Native code for one loop. The code lives as long as the backend that
/// produced it (which the runtime owns).
pub struct CompiledLoop {
    pub entry: EntryFn,
    /// The optimized IR, when the request asked for it.
    pub ir: Option<String>,
    /// Registers native code keeps unboxed (for `--stats`).
    pub unboxed: usize,
    /// Objects native code refers to by address (guarded dicts, known
    /// globals): kept alive as long as the code may run.
    pub keep: Vec<Value>,
    /// Whether the code assumes the frame's globals and builtins are the
    /// dicts of the request.
    pub uses_globals: bool,
}

/// Entry point of a compiled loop.
pub type EntryFn = unsafe extern "C" fn(*mut JitFrame) -> u64;

/// The state shared by native code and the helpers it calls during one
/// run of a compiled loop. Native code reads the fields at the offsets in
/// [`frame_offsets`].
#[repr(C)]
pub struct JitFrame {
    /// The frame's first register. Helpers that may grow the value stack
    /// (calls) update it; native code reloads it after every helper call.
    pub regs: *mut Value,
    /// The interpreter (`*mut Vm`), for helpers.
    pub vm: *mut std::ffi::c_void,
    /// `Vm::frame_writes`: bumped whenever a frame's registers are written
    /// from outside its code (PEP 667 `f_locals` proxies). Native code
    /// compares it after each helper call and leaves when it moved.
    pub frame_writes: *const u64,
    pub frame_writes_at_entry: u64,
    /// Back-edges taken in native code during this run (written at exit).
    pub iterations: u64,
    /// Scratch space for helpers that return several words.
    pub out: [i64; 4],
}

/// Byte offsets of [`JitFrame`]'s fields, for native code.
pub mod frame_offsets {
    use super::JitFrame;
    use std::mem::offset_of;
    pub const REGS: i32 = offset_of!(JitFrame, regs) as i32;
    pub const FRAME_WRITES: i32 = offset_of!(JitFrame, frame_writes) as i32;
    pub const FRAME_WRITES_AT_ENTRY: i32 = offset_of!(JitFrame, frame_writes_at_entry) as i32;
    pub const ITERATIONS: i32 = offset_of!(JitFrame, iterations) as i32;
    pub const OUT: i32 = offset_of!(JitFrame, out) as i32;
}

/// Runtime functions compiled loops call. All take the frame first and
/// never unwind.
#[repr(C)]
pub struct Helpers {
    /// Runs the instruction at `pc` in the interpreter, on the frame's
    /// registers in memory. Returns the index of the next instruction, or
    /// `STEP_ERROR` when it raised (the exception waits in the VM).
    pub step: unsafe extern "C" fn(*mut JitFrame, u32) -> u64,
    /// Releases what register `reg` holds and leaves it unbound.
    pub clear: unsafe extern "C" fn(*mut JitFrame, u32),
    /// If register `reg` holds the only reference to an iterator over a
    /// range of small ints, copies its state (next value, items left, step) into `out[0..3]`
    /// and returns 1; otherwise returns 0.
    pub range_begin: unsafe extern "C" fn(*mut JitFrame, u32) -> u64,
    /// Stores a range iterator's state back (next value, items left).
    pub range_end: unsafe extern "C" fn(*mut JitFrame, u32, i64, i64),
    /// Stores `int` `value` into a boxed register, releasing what it held.
    pub set_int: unsafe extern "C" fn(*mut JitFrame, u32, i64),
    // Single instruction kinds, called with their operands; 0 or
    // `STEP_ERROR`. The last argument is the instruction's index.
    /// `GetItem`: dst, obj, key.
    pub get_item: unsafe extern "C" fn(*mut JitFrame, u32, u32, u32, u32) -> u64,
    /// `SetItem`: obj, key, src.
    pub set_item: unsafe extern "C" fn(*mut JitFrame, u32, u32, u32, u32) -> u64,
    /// `GetAttr`: dst, obj, the name (a pointer into the code's names).
    pub get_attr: unsafe extern "C" fn(*mut JitFrame, u32, u32, *const Rc<PyStr>, u32) -> u64,
    /// `SetAttr`: obj, name, src.
    pub set_attr: unsafe extern "C" fn(*mut JitFrame, u32, *const Rc<PyStr>, u32, u32) -> u64,
    /// `LoadGlobal`: dst, name, its inline cache (pointers into the code).
    pub load_global:
        unsafe extern "C" fn(*mut JitFrame, u32, *const Rc<PyStr>, *const NameCache, u32) -> u64,
    /// `Call`, `CallMethod`, `UnpackSequence`, `Move`, `GetIter` (decoded
    /// from the code); other instructions as `step`.
    pub call: unsafe extern "C" fn(*mut JitFrame, u32) -> u64,
    /// `ForIter` over any iterator: iter, dst, exit; returns the next
    /// instruction (`pc + 1` or the exit) or `STEP_ERROR`.
    pub for_iter: unsafe extern "C" fn(*mut JitFrame, u32, u32, u32, u32) -> u64,
    /// Drops the value whose two words are given (native code releasing
    /// its last reference).
    pub drop_value: unsafe extern "C" fn(u64, u64),
    /// If register `reg` holds the only reference to an iterator over a
    /// list, puts the list's payload word in `out[0]`, the next index in
    /// `out[1]`, and returns 1; otherwise returns 0.
    pub seq_begin: unsafe extern "C" fn(*mut JitFrame, u32) -> u64,
    /// Stores such an iterator's next index back (negative: exhausted).
    pub seq_end: unsafe extern "C" fn(*mut JitFrame, u32, i64),
}

/// `Helpers::step`'s result when the instruction raised.
pub const STEP_ERROR: u64 = u64::MAX;

/// Why native code returned, and where the interpreter resumes: packed in
/// one word, `kind` in bits 56..64, the deopt `reason` in 48..56, the
/// register concerned in 32..48 (`0xffff`: none), the instruction index in
/// 0..32.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ExitCode {
    pub kind: ExitKind,
    pub reason: DeoptReason,
    pub reg: Option<Reg>,
    pub pc: u32,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum ExitKind {
    /// Control left the loop (or reached an instruction native code leaves
    /// to the interpreter, such as `return` or `yield`).
    Exit = 0,
    /// A speculation failed; the interpreter re-executes from `pc`.
    Deopt = 1,
    /// The instruction at `pc` raised; the exception is in `Vm::jit_error`.
    Error = 2,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum DeoptReason {
    None = 0,
    /// A register's type at loop entry differs from the compiled one.
    EntryType = 1,
    /// A helper produced a value of another type than speculated.
    ResultType = 2,
    /// Integer overflow: the interpreter continues with a big int.
    Overflow = 3,
    /// The operation raises (division by zero, negative shift count): the
    /// interpreter re-executes it and raises the exception.
    Raises = 4,
    /// A frame's variables were written through `f_locals`.
    FrameWritten = 5,
    /// A value native code cannot represent exactly (e.g. an int too large
    /// to convert to float without rounding in a mixed operation).
    Precision = 6,
    /// A range iterator native code expected was something else.
    Iterator = 7,
    /// An item of a list iterated natively has another type than
    /// speculated (native code recorded it in the type feedback).
    ItemType = 8,
    /// A global (or module attribute) native code relied on was rebound,
    /// or the frame runs with other globals than at compile time.
    GlobalChanged = 9,
    /// A list access native code speculated on could not be done natively
    /// (not a list, index out of range, list in use, a heap item to
    /// replace): the interpreter runs it, and the recompiled loop leaves
    /// that instruction to a helper.
    Subscript = 10,
}

impl DeoptReason {
    pub fn as_str(self) -> &'static str {
        match self {
            DeoptReason::None => "none",
            DeoptReason::EntryType => "entry-type",
            DeoptReason::ResultType => "result-type",
            DeoptReason::Overflow => "overflow",
            DeoptReason::Raises => "raises",
            DeoptReason::FrameWritten => "frame-written",
            DeoptReason::Precision => "precision",
            DeoptReason::Iterator => "iterator",
            DeoptReason::ItemType => "item-type",
            DeoptReason::GlobalChanged => "global-changed",
            DeoptReason::Subscript => "subscript",
        }
    }

    fn from_u8(v: u8) -> DeoptReason {
        match v {
            1 => DeoptReason::EntryType,
            2 => DeoptReason::ResultType,
            3 => DeoptReason::Overflow,
            4 => DeoptReason::Raises,
            5 => DeoptReason::FrameWritten,
            6 => DeoptReason::Precision,
            7 => DeoptReason::Iterator,
            8 => DeoptReason::ItemType,
            9 => DeoptReason::GlobalChanged,
            10 => DeoptReason::Subscript,
            _ => DeoptReason::None,
        }
    }
}

impl ExitCode {
    pub const NO_REG: u64 = 0xffff;

    pub fn encode(kind: ExitKind, reason: DeoptReason, reg: Option<Reg>, pc: u32) -> u64 {
        ((kind as u64) << 56)
            | ((reason as u64) << 48)
            | (reg.map_or(Self::NO_REG, |r| r.0 as u64) << 32)
            | pc as u64
    }

    pub fn decode(word: u64) -> ExitCode {
        let kind = match (word >> 56) as u8 {
            1 => ExitKind::Deopt,
            2 => ExitKind::Error,
            _ => ExitKind::Exit,
        };
        let reg = (word >> 32) & 0xffff;
        ExitCode {
            kind,
            reason: DeoptReason::from_u8((word >> 48) as u8),
            reg: (reg != Self::NO_REG).then_some(Reg(reg as u16)),
            pc: word as u32,
        }
    }
}

/// Whether `v` is an iterator over a range of small ints that nothing else
/// holds (what native code can count with a machine register).
pub fn is_range_iter(v: &Value) -> bool {
    match v {
        Value::Iter(it) => {
            std::rc::Rc::strong_count(it) == 1
                && matches!(
                    &*it.state.borrow(),
                    crate::objects::iter::IterState::Range { .. }
                )
        }
        _ => false,
    }
}

/// Built-in functions native code may compute itself.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IntrinsicFn {
    Abs,
    Min,
    Max,
    Sqrt,
    Fabs,
}

/// Which [`IntrinsicFn`] `v` is, if any (an unbound built-in whose Rust
/// function is that one).
pub fn intrinsic_of(v: &Value) -> Option<IntrinsicFn> {
    use crate::builtins::{functions as f, math};
    use crate::objects::BuiltinFn;
    let Value::Builtin(b) = v else {
        return None;
    };
    if b.bound.is_some() {
        return None;
    }
    let table: [(BuiltinFn, IntrinsicFn); 5] = [
        (f::abs, IntrinsicFn::Abs),
        (f::min, IntrinsicFn::Min),
        (f::max, IntrinsicFn::Max),
        (math::sqrt, IntrinsicFn::Sqrt),
        (math::fabs, IntrinsicFn::Fabs),
    ];
    let addr = b.func as usize;
    table
        .iter()
        .find(|(g, _)| *g as usize == addr)
        .map(|&(_, i)| i)
}

/// Whether `v` is an iterator over a list that nothing else holds.
pub fn is_list_iter(v: &Value) -> bool {
    match v {
        Value::Iter(it) => {
            std::rc::Rc::strong_count(it) == 1
                && matches!(
                    &*it.state.borrow(),
                    crate::objects::iter::IterState::Seq {
                        seq: Value::List(l),
                        ..
                    } if !l.is_compact()
                )
        }
        _ => false,
    }
}

/// What happened to one loop in the jit tier, for `--stats`.
#[derive(Default, Debug, Clone)]
pub struct LoopStats {
    pub compiles: u32,
    pub compile_time: Duration,
    pub native_iterations: u64,
    pub entries: u64,
    /// Deopts by reason and source line.
    pub deopts: Vec<(DeoptReason, u32, u64)>,
    pub rejected: Option<String>,
    pub unboxed: usize,
}

impl LoopStats {
    pub fn count_deopt(&mut self, reason: DeoptReason, line: u32) {
        match self
            .deopts
            .iter_mut()
            .find(|(r, l, _)| *r == reason && *l == line)
        {
            Some(e) => e.2 += 1,
            None => self.deopts.push((reason, line, 1)),
        }
    }
}

/// The jit tier's record of a code object called as a whole function.
pub enum FunctionSlot {
    /// Calls with int arguments so far.
    Counting(u32),
    Compiled(Box<NativeFunction>),
    /// Stays in the interpreter, and why.
    Rejected(String),
}

impl Default for FunctionSlot {
    fn default() -> Self {
        FunctionSlot::Counting(0)
    }
}

pub struct NativeFunction {
    pub entry: FunctionEntry,
    pub returns_bool: bool,
    /// The globals dict (address) and its watch value when the global of
    /// the function's name was last seen to be the function called.
    pub checked: std::cell::Cell<(usize, u64)>,
    /// Native runs that finished.
    pub calls: std::cell::Cell<u64>,
    pub compile_time: Duration,
}

/// The jit tier's record of one loop of a code object.
pub struct LoopSlot {
    pub header: u32,
    pub end: u32,
    pub state: LoopState,
    /// Registers to keep boxed when (re)compiling.
    pub boxed: Vec<Reg>,
    /// Instructions not to specialize when (re)compiling.
    pub generic: Vec<u32>,
    /// What the compiled code refers to (see [`CompiledLoop::keep`]).
    pub keep: Vec<Value>,
    /// The globals and builtins the compiled code assumes.
    pub assumes: Option<(Rc<PyDict>, Rc<PyDict>)>,
    pub stats: LoopStats,
}

pub enum LoopState {
    /// Not compiled (yet, or again after a deopt widened its types).
    Cold,
    Compiled(EntryFn),
    /// Stays in the interpreter; the reason is in the stats.
    Rejected,
}

/// Where native code finds the insides of the heap objects it handles
/// directly. The layout of `Rc`, `RefCell`, `Vec` and boxed slices is the
/// compiler's choice, fixed for a build, so it is measured on live objects
/// ([`layout`]) rather than assumed. Offsets are in bytes from the address
/// a heap `Value`'s payload word holds (the `Rc`'s allocation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub list: ListLayout,
    pub tuple: TupleLayout,
    /// The strong reference count of every heap value (tags from
    /// [`crate::value::tag::FIRST_HEAP`]): native code copies and releases
    /// references by adjusting it, and calls [`Helpers::drop_value`] to
    /// release a last one.
    pub strong: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListLayout {
    /// The `RefCell` borrow flag (an `isize`: negative while mutably
    /// borrowed, positive while shared).
    pub borrow: i32,
    /// The items' buffer pointer.
    pub ptr: i32,
    /// The number of items.
    pub len: i32,
    /// The compact items' buffer pointer (bytes, see `objects::list`).
    pub bools_ptr: i32,
    /// The number of compact items.
    pub bools_len: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TupleLayout {
    pub ptr: i32,
    pub len: i32,
}

/// The payload word of a heap value.
fn payload_word(v: &Value) -> usize {
    // SAFETY: `Value` is two words, the second the payload (value.rs).
    unsafe { (*(v as *const Value as *const [usize; 2]))[1] }
}

/// Reads the `n` words at `base`.
///
/// # Safety
/// `base` points at a live object of at least `n` words.
unsafe fn words(base: usize, n: usize) -> Vec<usize> {
    // SAFETY: as the caller promises.
    unsafe { std::slice::from_raw_parts(base as *const usize, n).to_vec() }
}

/// The index of the only word equal to `want`.
fn find_word(words: &[usize], want: usize) -> Option<usize> {
    let mut hits = words.iter().enumerate().filter(|(_, w)| **w == want);
    match (hits.next(), hits.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// Measures [`Layout`]; `None` if any measurement is ambiguous, and native
/// code then reaches lists, tuples and counts through helpers only.
pub fn layout() -> Option<Layout> {
    use crate::objects::{PyList, PyTuple};
    // Counts: the word of the allocation that follows `Rc::strong_count`.
    let probe = Value::Str(Rc::new(crate::objects::PyStr::new("probe")));
    let Value::Str(rc) = &probe else {
        return None;
    };
    let alloc = payload_word(&probe);
    // SAFETY: every `Rc` allocation starts with its two counts.
    let before = unsafe { words(alloc, 2) };
    let extra = rc.clone();
    // SAFETY: as above.
    let after = unsafe { words(alloc, 2) };
    drop(extra);
    let strong =
        (0..2).find(|&i| after[i] == before[i] + 1 && before[i] == Rc::strong_count(rc))?;

    let mut items: Vec<Value> = Vec::with_capacity(11);
    items.extend([Value::Int(1), Value::Int(2), Value::Int(3)]);
    let list = Rc::new(PyList::new(items));
    let value = Value::List(list.clone());
    let payload = payload_word(&value);
    let base = Rc::as_ptr(&list) as usize;
    let nwords = std::mem::size_of::<PyList>() / 8;
    // SAFETY: every `base` read is that of a live `PyList`, of `nwords` words.
    let read = |base: usize| unsafe { words(base, nwords) };
    let (data, _) = list.data_pointers();
    let idle = read(base);
    let shared = list.with_borrow(|| read(base));
    let ptr = find_word(&idle, data)?;
    let len = find_word(&idle, 3)?;
    let changed: Vec<usize> = (0..nwords).filter(|&i| idle[i] != shared[i]).collect();
    let [borrow] = changed[..] else { return None };
    if idle[borrow] != 0 || shared[borrow] != 1 {
        return None;
    }
    // The compact form: 5 items in a buffer of a different size.
    let mut bools = Vec::with_capacity(13);
    bools.extend([1u8; 5]);
    let compact = Rc::new(PyList::from_bools(bools));
    let cbase = Rc::as_ptr(&compact) as usize;
    let (_, cdata) = compact.data_pointers();
    let cwords = read(cbase);
    let bools_ptr = find_word(&cwords, cdata)?;
    let bools_len = find_word(&cwords, 5)?;
    if [borrow, ptr, len].contains(&bools_ptr) || [borrow, ptr, len].contains(&bools_len) {
        return None;
    }
    let off = |base: usize, payload: usize, i: usize| (base - payload + i * 8) as i32;
    let list = ListLayout {
        borrow: off(base, payload, borrow),
        ptr: off(base, payload, ptr),
        len: off(base, payload, len),
        bools_ptr: off(base, payload, bools_ptr),
        bools_len: off(base, payload, bools_len),
    };

    let tuple = Rc::new(PyTuple::new(vec![
        Value::Int(1),
        Value::Int(2),
        Value::Int(3),
    ]));
    let tvalue = Value::Tuple(tuple.clone());
    let tpayload = payload_word(&tvalue);
    let tbase = Rc::as_ptr(&tuple) as usize;
    // SAFETY: `tbase` points at a live `PyTuple`.
    let tw = unsafe { words(tbase, std::mem::size_of::<PyTuple>() / 8) };
    let tptr = find_word(&tw, tuple.as_slice().as_ptr() as usize)?;
    let tlen = find_word(&tw, 3)?;
    Some(Layout {
        list,
        tuple: TupleLayout {
            ptr: off(tbase, tpayload, tptr),
            len: off(tbase, tpayload, tlen),
        },
        strong: (strong * 8) as i32,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn layout_is_measured() {
        let l = super::layout().expect("layout");
        let list = l.list;
        let mut offsets = [
            list.borrow,
            list.ptr,
            list.len,
            list.bools_ptr,
            list.bools_len,
        ];
        offsets.sort();
        assert!(offsets.windows(2).all(|w| w[0] != w[1]), "{list:?}");
        assert_ne!(l.tuple.ptr, l.tuple.len);
        assert_eq!(
            l.strong, 0,
            "std's Rc allocation starts with the strong count"
        );
    }
}
