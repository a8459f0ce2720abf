//! The `string` module: character-class constants, `capwords` and
//! `Template`.
//!
//! The constants are Rust data; `capwords` and `Template` are written in
//! Python (as in CPython, where they are plain Python code built on str
//! methods), run in the module's namespace when it is first imported.

use super::{new_module, run_module_source, set_all};
use crate::interp::Vm;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// `capwords` and `Template`. Template placeholders are scanned by hand
/// (this runtime has no `re`): `$$` is an escaped `$`, `$name` and
/// `${name}` are placeholders whose names are ASCII identifiers, and any
/// other `$` is an invalid placeholder.
const SOURCE: &str = r#"
def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, start, end, name): kind is 'text', 'escaped',
        # 'named', 'braced' or 'invalid'; start/end delimit the source text.
        s = self.template
        d = self.delimiter
        n = len(s)
        i = 0
        text_start = 0
        while i < n:
            if not s.startswith(d, i):
                i += 1
                continue
            if text_start < i:
                yield ('text', text_start, i, None)
            j = i + len(d)
            if s.startswith(d, j):
                yield ('escaped', i, j + len(d), None)
                i = j + len(d)
            elif j < n and s[j] == '{':
                k = j + 1
                if k < n and _is_id_start(s[k]):
                    k += 1
                    while k < n and _is_id_char(s[k]):
                        k += 1
                    if k < n and s[k] == '}':
                        yield ('braced', i, k + 1, s[j + 1:k])
                        i = k + 1
                        text_start = i
                        continue
                yield ('invalid', i, j, None)
                i = j
            elif j < n and _is_id_start(s[j]):
                k = j + 1
                while k < n and _is_id_char(s[k]):
                    k += 1
                yield ('named', i, k, s[j:k])
                i = k
            else:
                yield ('invalid', i, j, None)
                i = j
            text_start = i
        if text_start < n:
            yield ('text', text_start, n, None)

    def _invalid(self, i):
        # i is just after the delimiter, where CPython's pattern matches
        # its empty `invalid` group.
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        s = self.template
        for kind, start, end, name in self._scan():
            if kind == 'text':
                out.append(s[start:end])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append('%s' % (mapping[name],))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        s = self.template
        for kind, start, end, name in self._scan():
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind in ('named', 'braced'):
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(s[start:end])
            else:
                out.append(s[start:end])
        return ''.join(out)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class _ChainLookup:
    # Keyword arguments first, then the mapping argument.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
"#;

pub fn make_string(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(vm, "string", &[]);
    let letters = format!("{LOWER}{UPPER}");
    let printable = format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}");
    let d = &m.dict;
    d.set_item_str("ascii_lowercase", Value::str(LOWER));
    d.set_item_str("ascii_uppercase", Value::str(UPPER));
    d.set_item_str("ascii_letters", Value::string(letters));
    d.set_item_str("digits", Value::str(DIGITS));
    d.set_item_str("hexdigits", Value::str("0123456789abcdefABCDEF"));
    d.set_item_str("octdigits", Value::str("01234567"));
    d.set_item_str("punctuation", Value::str(PUNCTUATION));
    d.set_item_str("whitespace", Value::str(WHITESPACE));
    d.set_item_str("printable", Value::string(printable));
    run_module_source(vm, &m, SOURCE)?;
    set_all(
        &m,
        &[
            "ascii_letters",
            "ascii_lowercase",
            "ascii_uppercase",
            "capwords",
            "digits",
            "hexdigits",
            "octdigits",
            "printable",
            "punctuation",
            "whitespace",
            "Template",
        ],
    );
    Ok(m)
}
