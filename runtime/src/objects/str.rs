//! `str` and `bytes` storage.

use std::cell::Cell;

/// An immutable Python string. Indexing is by code point: ASCII strings
/// (the common case) index bytes directly, others walk the characters.
pub struct PyStr {
    s: Box<str>,
    nchars: usize,
    /// Cached `hash()`; -1 until computed (Python hashes are never -1).
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: &str) -> Self {
        Self::from_box(s.into())
    }

    pub fn from_string(s: String) -> Self {
        Self::from_box(s.into_boxed_str())
    }

    fn from_box(s: Box<str>) -> Self {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            nchars,
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn len(&self) -> usize {
        self.nchars
    }

    pub fn is_empty(&self) -> bool {
        self.nchars == 0
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = super::hashing::hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).expect("index in range")
        }
    }

    /// Byte offset of code point `i` (`i <= len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// Substring by code-point range.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &Self) -> bool {
        self.s == other.s
    }
}

/// An immutable byte string.
pub struct PyBytes {
    pub data: Box<[u8]>,
    hash: Cell<i64>,
}

impl PyBytes {
    pub fn new(data: Vec<u8>) -> Self {
        PyBytes {
            data: data.into_boxed_slice(),
            hash: Cell::new(-1),
        }
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = super::hashing::hash_bytes(&self.data);
        self.hash.set(h);
        h
    }
}
