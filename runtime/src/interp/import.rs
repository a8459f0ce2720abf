//! `import`: built-in modules, source modules found on `sys.path`,
//! `sys.modules` caching and CPython's circular-import behaviour.

use super::vm::Vm;
use crate::bytecode::CodeKind;
use crate::exc_kind::ExcKind;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::path::PathBuf;
use std::rc::Rc;

impl Vm {
    pub(crate) fn import_name(
        &mut self,
        fi: usize,
        name: &Rc<PyStr>,
        fromlist: &Value,
        level: u32,
    ) -> PyResult<Value> {
        let globals = self.frames[fi].globals.clone();
        // The import statement calls the `__import__` of the frame's
        // builtins: missing in restricted builtins, or replaced.
        match self.frames[fi].builtins.get_item_str("__import__") {
            None => return Err(self.err(ExcKind::ImportError, "__import__ not found")),
            Some(imp) if !self.is_builtin_import(&imp) => {
                let locals = self.frames[fi].locals.clone().unwrap_or(Value::None);
                let args = [
                    Value::Str(name.clone()),
                    Value::Dict(globals),
                    locals,
                    fromlist.clone(),
                    Value::Int(level as i64),
                ];
                return self.call(&imp, &args, &[]);
            }
            Some(_) => {}
        }
        let full = self.resolve_import_name(&globals, name.as_str(), level)?;
        let module = self.import_module(&full)?;
        let has_fromlist = match fromlist {
            Value::None => false,
            Value::Tuple(t) => !t.is_empty(),
            _ => true,
        };
        if has_fromlist || !full.contains('.') {
            if has_fromlist {
                return Ok(module);
            }
            return Ok(module);
        }
        // `import a.b.c` binds the top-level package.
        let top = full.split('.').next().unwrap_or(&full).to_string();
        match self.modules.get_item_str(&top) {
            Some(m) => Ok(m),
            None => Ok(module),
        }
    }

    fn resolve_import_name(
        &mut self,
        globals: &PyDict,
        name: &str,
        level: u32,
    ) -> PyResult<String> {
        if level == 0 {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            return Ok(name.to_string());
        }
        let package = match globals.get_item_str("__package__") {
            Some(Value::Str(p)) if !p.is_empty() => p.as_str().to_string(),
            _ => match globals.get_item_str("__name__") {
                Some(Value::Str(n)) if globals.get_item_str("__path__").is_some() => {
                    n.as_str().to_string()
                }
                Some(Value::Str(n)) if n.as_str().contains('.') => n
                    .as_str()
                    .rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default(),
                _ => String::new(),
            },
        };
        if package.is_empty() {
            return Err(self.err(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            if parts.pop().is_none() {
                return Err(self.err(
                    ExcKind::ImportError,
                    "attempted relative import beyond top-level package",
                ));
            }
        }
        if parts.is_empty() {
            return Err(self.err(
                ExcKind::ImportError,
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts.join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports `full` (and its parent packages), returning the module.
    pub fn import_module(&mut self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get_item_str(full) {
            if m.is_none() {
                return Err(self.module_not_found(full));
            }
            return Ok(m);
        }
        let (parent, leaf) = match full.rsplit_once('.') {
            Some((p, l)) => (Some(p.to_string()), l.to_string()),
            None => (None, full.to_string()),
        };
        let search: Vec<PathBuf> = match &parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                // The submodule may have been imported as a side effect.
                if let Some(m) = self.modules.get_item_str(full) {
                    return Ok(m);
                }
                match pm {
                    Value::Module(m) => match m.dict.get_item_str("__path__") {
                        Some(Value::List(l)) => l
                            .snapshot()
                            .iter()
                            .filter_map(|v| v.as_str().map(|s| PathBuf::from(s.as_str())))
                            .collect(),
                        _ => return Err(self.module_not_found_in(full, p)),
                    },
                    _ => vec![],
                }
            }
            None => {
                if let Some(make) = self.native_modules.get(full).copied() {
                    let m = make(self)?;
                    let v = Value::Module(m);
                    self.modules.set_item_str(full, v.clone());
                    return Ok(v);
                }
                self.sys_path()
            }
        };
        for dir in search {
            let file = dir.join(format!("{leaf}.py"));
            let pkg = dir.join(&leaf).join("__init__.py");
            let (path, is_pkg) = if file.is_file() {
                (file, false)
            } else if pkg.is_file() {
                (pkg, true)
            } else {
                continue;
            };
            let m = self.load_source_module(full, &path, is_pkg)?;
            if let Some(p) = &parent {
                if let Some(Value::Module(pm)) = self.modules.get_item_str(p) {
                    pm.dict.set_item_str(&leaf, m.clone());
                }
            }
            return Ok(m);
        }
        Err(self.module_not_found(full))
    }

    fn sys_path(&self) -> Vec<PathBuf> {
        match self.sys.dict.get_item_str("path") {
            Some(Value::List(l)) => l
                .snapshot()
                .iter()
                .filter_map(|v| {
                    v.as_str().map(|s| {
                        let s = s.as_str();
                        PathBuf::from(if s.is_empty() { "." } else { s })
                    })
                })
                .collect(),
            _ => vec![],
        }
    }

    fn module_not_found(&self, name: &str) -> crate::value::PyErr {
        let e = self.err(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{name}'"),
        );
        e.0.dict.set_item_str("name", Value::str(name));
        e
    }

    fn module_not_found_in(&self, name: &str, parent: &str) -> crate::value::PyErr {
        let e = self.err(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{name}'; '{parent}' is not a package"),
        );
        e.0.dict.set_item_str("name", Value::str(name));
        e
    }

    /// Runs a source file as module `name`.
    pub fn load_source_module(
        &mut self,
        name: &str,
        path: &std::path::Path,
        is_pkg: bool,
    ) -> PyResult<Value> {
        let source = std::fs::read_to_string(path).map_err(|e| {
            self.err(
                ExcKind::ImportError,
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        let filename = path.to_string_lossy().to_string();
        let module = Rc::new(PyModule {
            name: Rc::from(name),
            dict: Rc::new(PyDict::new()),
        });
        let d = &module.dict;
        d.set_item_str("__name__", Value::str(name));
        d.set_item_str("__file__", Value::str(&filename));
        d.set_item_str("__builtins__", Value::Dict(self.builtins.clone()));
        d.set_item_str("__doc__", Value::None);
        let package = if is_pkg {
            let dir = path
                .parent()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            d.set_item_str("__path__", Value::list(vec![Value::string(dir)]));
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        d.set_item_str("__package__", Value::string(package));
        d.set_item_str("__spec__", Value::None);
        let loader = self.source_loader(name, &filename)?;
        d.set_item_str("__loader__", loader);
        let mv = Value::Module(module.clone());
        self.modules.set_item_str(name, mv.clone());
        // Tracebacks quote the lines of every file they pass through.
        self.sources
            .insert(Rc::from(filename.as_str()), Rc::from(source.as_str()));
        let code = match self.compile_source(&source, &filename, CodeKind::Module) {
            Ok(c) => c,
            Err(e) => {
                self.modules.del_str(&PyStr::new(name));
                return Err(e);
            }
        };
        if let Err(e) = self.run_code(
            &code,
            module.dict.clone(),
            Some(Value::Dict(module.dict.clone())),
            &[],
        ) {
            self.modules.del_str(&PyStr::new(name));
            return Err(e);
        }
        // The module object in sys.modules wins (a module may replace itself).
        Ok(self.modules.get_item_str(name).unwrap_or(mv))
    }

    pub(crate) fn import_from(&mut self, module: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        let Value::Module(m) = module else {
            return Err(self.err(
                ExcKind::ImportError,
                format!("cannot import name '{}'", name.as_str()),
            ));
        };
        // A submodule not yet imported.
        let full = format!("{}.{}", m.name, name.as_str());
        if m.dict.get_item_str("__path__").is_some() {
            if let Ok(v) = self.import_module(&full) {
                return Ok(v);
            }
        }
        let location = match m.dict.get_item_str("__file__") {
            Some(Value::Str(f)) => f.as_str().to_string(),
            _ => "unknown location".to_string(),
        };
        let initializing = self
            .modules
            .get_item_str(&m.name)
            .is_some_and(|x| x.is(module))
            && self.module_initializing(m);
        let msg = if initializing {
            format!(
                "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
                name.as_str(),
                m.name,
                location
            )
        } else {
            format!(
                "cannot import name '{}' from '{}' ({})",
                name.as_str(),
                m.name,
                location
            )
        };
        let e = self.err(ExcKind::ImportError, msg);
        e.0.dict.set_item_str("name", Value::str(&m.name));
        Err(e)
    }

    /// A module whose code is still running (circular import).
    fn module_initializing(&self, m: &PyModule) -> bool {
        self.frames
            .iter()
            .any(|f| Rc::ptr_eq(&f.globals, &m.dict) && f.code.kind == CodeKind::Module)
    }

    pub(crate) fn import_star(&mut self, fi: usize, module: &Value) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let names: Vec<Value> = match m.dict.get_item_str("__all__") {
            Some(all) => self.collect(&all)?,
            None => m
                .dict
                .keys()
                .into_iter()
                .filter(|k| !k.as_str().is_some_and(|s| s.as_str().starts_with('_')))
                .collect(),
        };
        for n in names {
            let Value::Str(s) = &n else {
                return Err(self.type_error(format!(
                    "Item in {}.__all__ must be str, not {}",
                    m.name,
                    self.type_name(&n)
                )));
            };
            let v = self.get_attr(module, s)?;
            self.store_name(fi, s, v)?;
        }
        Ok(())
    }
}

impl Vm {
    /// Whether `v` is this runtime's own `builtins.__import__`.
    fn is_builtin_import(&self, v: &Value) -> bool {
        match (v, self.builtins.get_item_str("__import__")) {
            (Value::Builtin(a), Some(Value::Builtin(b))) => Rc::ptr_eq(a, &b),
            _ => false,
        }
    }
}
