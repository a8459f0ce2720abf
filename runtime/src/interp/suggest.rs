//! "Did you mean ...?" hints for NameError and AttributeError, with the
//! distance and rules of CPython 3.13's traceback module.

use super::vm::Vm;
use crate::exc_kind::ExcKind;
use crate::value::{PyErr, Value};

const MAX_CANDIDATES: usize = 750;
const MAX_STRING: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// Standard-library module names, for "Did you forget to import 'x'?".
const STDLIB: &[&str] = &[
    "abc",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "base64",
    "bisect",
    "builtins",
    "calendar",
    "cmath",
    "collections",
    "contextlib",
    "copy",
    "csv",
    "dataclasses",
    "datetime",
    "decimal",
    "difflib",
    "dis",
    "enum",
    "fractions",
    "functools",
    "gc",
    "glob",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "inspect",
    "io",
    "itertools",
    "json",
    "keyword",
    "logging",
    "math",
    "operator",
    "os",
    "pathlib",
    "pickle",
    "platform",
    "pprint",
    "queue",
    "random",
    "re",
    "shutil",
    "signal",
    "socket",
    "sqlite3",
    "statistics",
    "string",
    "struct",
    "subprocess",
    "sys",
    "tempfile",
    "textwrap",
    "threading",
    "time",
    "timeit",
    "traceback",
    "types",
    "typing",
    "unittest",
    "urllib",
    "uuid",
    "warnings",
    "weakref",
    "zipfile",
    "zlib",
];

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING || b.len() > MAX_STRING {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, or `None`.
pub fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_d = usize::MAX;
    for c in candidates {
        if c == name {
            continue;
        }
        let max = ((name.len() + c.len() + 3) * MOVE_COST / 6).min(best_d.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_d {
            best = Some(c);
            best_d = d;
        }
    }
    best.cloned()
}

impl Vm {
    /// The text appended to a NameError/AttributeError message.
    pub(crate) fn suggestion(&mut self, e: &PyErr) -> Option<String> {
        let is_name = self.is_exc_kind(e, ExcKind::NameError);
        let is_attr = self.is_exc_kind(e, ExcKind::AttributeError);
        if !is_name && !is_attr {
            return None;
        }
        let Some(Value::Str(wrong)) = e.0.dict.get_item_str("name") else {
            return None;
        };
        let wrong = wrong.as_str().to_string();
        let frame = e
            .exc()
            .traceback
            .borrow()
            .last()
            .and_then(|t| t.frame.clone());
        let mut out = String::new();
        let found = if is_attr {
            let obj = e.0.dict.get_item_str("obj")?;
            let mut d: Vec<String> = self.dir_names(&obj).ok()?.into_iter().collect();
            d.sort();
            let mut hide = !wrong.starts_with('_');
            if hide {
                if let Some(f) = &frame {
                    if let Ok(Some(s)) = self.proxy_get(f, &Value::str("self")) {
                        if s.is(&obj) {
                            hide = false;
                        }
                    }
                }
            }
            if hide {
                d.retain(|x| !x.starts_with('_'));
            }
            closest(&d, &wrong)
        } else {
            let f = frame?;
            if let Ok(Some(s)) = self.proxy_get(&f, &Value::str("self")) {
                let n = std::rc::Rc::new(crate::objects::PyStr::new(&wrong));
                if let Ok(Some(_)) = self.get_attr_opt(&s, &n) {
                    return Some(format!(". Did you mean: 'self.{wrong}'?"));
                }
            }
            let mut d: Vec<String> = Vec::new();
            let locals = self.frame_locals(&f);
            if let Ok(keys) = self.collect(&locals) {
                d.extend(
                    keys.iter()
                        .filter_map(|k| k.as_str().map(|s| s.as_str().to_string())),
                );
            }
            d.extend(
                f.globals
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(|s| s.as_str().to_string())),
            );
            d.extend(
                f.builtins
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(|s| s.as_str().to_string())),
            );
            closest(&d, &wrong)
        };
        if let Some(s) = &found {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if is_name && STDLIB.contains(&wrong.as_str()) {
            if found.is_some() {
                out.push_str(&format!(" Or did you forget to import '{wrong}'?"));
            } else {
                out.push_str(&format!(". Did you forget to import '{wrong}'?"));
            }
        }
        if out.is_empty() {
            None
        } else {
            Some(out)
        }
    }
}
