//! Module objects.

use super::dict::PyDict;
use std::rc::Rc;

pub struct PyModule {
    pub name: Rc<str>,
    pub dict: Rc<PyDict>,
}
