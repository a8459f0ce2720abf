//! The one definition of a Python value that the interpreter and the JIT share.
//!
//! # Layout (the JIT relies on it)
//!
//! `Value` is `#[repr(C, u64)]`: 16 bytes, a tag word at offset 0 (its low
//! byte, the only one ever non-zero, is the tag number) and an 8-byte
//! payload word at offset 8. `None`, `bool`, `int` (when it fits in `i64`)
//! and `float` are stored inline in the payload, never boxed; every other
//! value is a reference-counted pointer (`Rc<T>`, one machine word) to its
//! object. The tag numbers are explicit and listed in [`tag`] so that native
//! code can test and build values without calling back into Rust:
//!
//! | tag | variant | payload word |
//! |-----|---------|--------------|
//! | 0   | `Unbound` (an empty register, never visible to Python) | - |
//! | 1   | `None` | - |
//! | 2   | `Bool` | 0 or 1 ([`BoolWord`]) |
//! | 3   | `Int` | `i64` |
//! | 4   | `Float` | `f64` bits ([`FloatWord`]) |
//! | 5.. | heap objects | `Rc` pointer |
//!
//! Every payload being an integer-class word makes `Value` a *scalar pair*
//! for rustc and LLVM: it is moved, passed and returned as two registers.
//! With a `bool` or `f64` field it would be an aggregate copied through
//! 16-byte vector moves, and a 16-byte load of a value just written as two
//! words misses store-to-load forwarding (a ~12-cycle stall per move, which
//! measured as 30% of a name-tier loop).
//!
//! Native code may overwrite a register holding an inline value (tags 0-4)
//! without running a destructor; a register holding a heap object must be
//! released through a runtime helper.

use crate::objects::*;
use num_bigint::BigInt;
use std::rc::Rc;

/// Tag numbers of [`Value`]'s variants, for native code.
pub mod tag {
    const _: () = assert!(std::mem::size_of::<super::Value>() == SIZE as usize);
    pub const UNBOUND: u8 = 0;
    pub const NONE: u8 = 1;
    pub const BOOL: u8 = 2;
    pub const INT: u8 = 3;
    pub const FLOAT: u8 = 4;
    /// The first tag whose payload is an `Rc` (tags 5 and 6 carry none).
    pub const FIRST_HEAP: u8 = 7;
    /// `list` (native code indexes lists in place).
    pub const LIST: u8 = 10;
    pub const TUPLE: u8 = 11;
    pub const ITER: u8 = 25;
    /// Byte offset of the payload within a `Value`.
    pub const PAYLOAD_OFFSET: i32 = 8;
    /// Size of a `Value` in bytes.
    pub const SIZE: i32 = 16;
}

/// A `bool` payload stored as a full word (0 or 1). With every inline
/// payload an integer word, `Value` is a scalar pair for the compiler:
/// moved, passed and returned as two registers, never through a 16-byte
/// memory copy.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct BoolWord(u64);

impl BoolWord {
    pub const FALSE: BoolWord = BoolWord(0);
    pub const TRUE: BoolWord = BoolWord(1);

    #[inline(always)]
    pub const fn new(b: bool) -> BoolWord {
        BoolWord(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

/// An `f64` payload stored as its bit pattern, for the reason given at
/// [`BoolWord`]. Compare values with [`FloatWord::get`]: bit equality is not
/// float equality.
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct FloatWord(u64);

impl FloatWord {
    #[inline(always)]
    pub const fn new(f: f64) -> FloatWord {
        FloatWord(f.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl std::fmt::Debug for FloatWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

#[repr(C, u64)]
#[derive(Default)]
pub enum Value {
    #[default]
    Unbound = tag::UNBOUND as u64,
    None = tag::NONE as u64,
    Bool(BoolWord) = tag::BOOL as u64,
    Int(i64) = tag::INT as u64,
    Float(FloatWord) = tag::FLOAT as u64,
    NotImplemented = 5,
    Ellipsis = 6,
    BigInt(Rc<BigInt>) = 7,
    Str(Rc<PyStr>) = 8,
    Bytes(Rc<PyBytes>) = 9,
    List(Rc<PyList>) = tag::LIST as u64,
    Tuple(Rc<PyTuple>) = tag::TUPLE as u64,
    Dict(Rc<PyDict>) = 12,
    Set(Rc<PySet>) = 13,
    FrozenSet(Rc<PySet>) = 14,
    Range(Rc<PyRange>) = 15,
    Slice(Rc<PySlice>) = 16,
    Function(Rc<PyFunction>) = 17,
    Builtin(Rc<PyBuiltin>) = 18,
    Method(Rc<PyMethod>) = 19,
    Type(Rc<PyType>) = 20,
    Instance(Rc<PyInstance>) = 21,
    Module(Rc<PyModule>) = 22,
    Code(Rc<crate::bytecode::CodeObject>) = 23,
    Cell(Rc<PyCell>) = 24,
    Iter(Rc<PyIter>) = tag::ITER as u64,
    Frame(Rc<PyFrame>) = 26,
    /// Less common built-in objects (descriptors, proxies, generators...).
    Other(Rc<Other>) = 27,
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.tag() <= tag::FLOAT {
            // SAFETY: variants with tags up to FLOAT own no heap data, so a
            // bitwise copy is a complete, independent value.
            unsafe { std::ptr::read(self) }
        } else {
            self.clone_heap()
        }
    }
}

impl Value {
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(BoolWord::new(b))
    }

    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(FloatWord::new(f))
    }

    /// Overwrites `self` with a copy of `src` when both are inline values
    /// (no destructor to run, no count to bump); false otherwise.
    #[inline(always)]
    pub fn assign_inline(&mut self, src: &Value) -> bool {
        if self.tag() > tag::FLOAT || src.tag() > tag::FLOAT {
            return false;
        }
        // SAFETY: both values own no heap data, so overwriting `self`
        // leaks nothing and the bitwise copy is an independent value.
        unsafe { std::ptr::write(self, std::ptr::read(src)) };
        true
    }

    #[inline(never)]
    fn clone_heap(&self) -> Value {
        use Value::*;
        match self {
            Unbound => Unbound,
            None => None,
            Bool(b) => Bool(*b),
            Int(i) => Int(*i),
            Float(f) => Float(*f),
            NotImplemented => NotImplemented,
            Ellipsis => Ellipsis,
            BigInt(r) => BigInt(r.clone()),
            Str(r) => Str(r.clone()),
            Bytes(r) => Bytes(r.clone()),
            List(r) => List(r.clone()),
            Tuple(r) => Tuple(r.clone()),
            Dict(r) => Dict(r.clone()),
            Set(r) => Set(r.clone()),
            FrozenSet(r) => FrozenSet(r.clone()),
            Range(r) => Range(r.clone()),
            Slice(r) => Slice(r.clone()),
            Function(r) => Function(r.clone()),
            Builtin(r) => Builtin(r.clone()),
            Method(r) => Method(r.clone()),
            Type(r) => Type(r.clone()),
            Instance(r) => Instance(r.clone()),
            Module(r) => Module(r.clone()),
            Code(r) => Code(r.clone()),
            Cell(r) => Cell(r.clone()),
            Iter(r) => Iter(r.clone()),
            Frame(r) => Frame(r.clone()),
            Other(r) => Other(r.clone()),
        }
    }
}

impl Value {
    #[inline]
    pub fn tag(&self) -> u8 {
        // SAFETY: `Value` is `repr(C, u64)`: its first word is the tag.
        unsafe { *(self as *const Value as *const u64) as u8 }
    }

    #[inline]
    pub fn is_unbound(&self) -> bool {
        matches!(self, Value::Unbound)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    /// An int from a big integer, normalised to the inline form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// Identity (`is`): same inline value or same heap object.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Unbound, Unbound) | (None, None) | (NotImplemented, NotImplemented) => true,
            (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached singletons in CPython; all inline ints
            // behave as such here.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.0 == b.0,
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b && self.tag() == other.tag(),
                _ => false,
            },
        }
    }

    /// Address of the heap object, for identity and `id()`.
    pub fn heap_ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Type(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Frame(r) => Rc::as_ptr(r) as *const u8 as usize,
            Other(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Unbound => write!(f, "<unbound>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if b.get() { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{}", crate::objects::float::repr(x.get())),
            Value::BigInt(b) => write!(f, "{b}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            other => write!(f, "<value tag {}>", other.tag()),
        }
    }
}

/// Arguments gathered for a call, kept on the Rust stack when few.
pub type Args = smallvec::SmallVec<[Value; 8]>;

/// A Python exception in flight: an instance of a `BaseException` subclass.
#[derive(Clone)]
pub struct PyErr(pub Rc<PyInstance>);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} exception>", self.0.class().name())
    }
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    pub fn exc(&self) -> &ExcData {
        self.0.exc.as_ref().expect("exception instance")
    }
}
