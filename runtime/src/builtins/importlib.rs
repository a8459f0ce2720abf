//! `_frozen_importlib_external`: the loader class CPython's import system
//! puts in `__loader__` of modules run or imported from source files.

use super::{new_module, run_module_source};
use crate::interp::Vm;
use crate::objects::{PyModule, PyStr};
use crate::value::{PyResult, Value};
use std::rc::Rc;

const SOURCE: &str = r#"
class FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

class SourceFileLoader(FileLoader):
    pass
"#;

pub fn make_importlib_external(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(vm, "_frozen_importlib_external", &[]);
    run_module_source(vm, &m, SOURCE)?;
    Ok(m)
}

impl Vm {
    /// The `__loader__` of a module loaded from the source file `path`.
    /// The runtime's own code: `slotpy explain` does not report it.
    pub fn source_loader(&mut self, name: &str, path: &str) -> PyResult<Value> {
        let explain = self.explain.take();
        let r = self
            .import_module("_frozen_importlib_external")
            .and_then(|m| {
                let cls = self.get_attr(&m, &Rc::new(PyStr::new("SourceFileLoader")))?;
                self.call(&cls, &[Value::str(name), Value::str(path)], &[])
            });
        self.explain = explain;
        r
    }
}
