//! The `time` and `timeit` modules.

use super::args::{arity, kwargs};
use super::new_module;
use crate::bytecode::CodeKind;
use crate::interp::Vm;
use crate::objects::function::KwArgs;
use crate::objects::*;
use crate::value::{PyResult, Value};
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

fn since_start(vm: &Vm) -> f64 {
    vm.start_time.elapsed().as_secs_f64()
}

/// The calendar part of `time` (UTC only: slotpy has no time zone
/// database, so `localtime` is `gmtime`), written in Python as the
/// arithmetic is plain.
const TIME_SOURCE: &str = r#"
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 9:
            raise TypeError("time.struct_time() takes a 9-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)
    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: "UTC")
    tm_gmtoff = property(lambda self: 0)
    def __repr__(self):
        names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                 "tm_wday", "tm_yday", "tm_isdst")
        return "time.struct_time(" + ", ".join(
            "%s=%d" % (n, v) for n, v in zip(names, self)) + ")"

struct_time.__module__ = "time"
timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

def _days_before_month(year, month):
    days = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[month - 1]
    if month > 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        days += 1
    return days

def gmtime(secs=None):
    if secs is None:
        secs = time()
    secs = int(secs // 1)
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    wday = (days + 3) % 7
    # Civil date from days since 1970-01-01 (proleptic Gregorian).
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    yday = _days_before_month(y, m) + d
    return struct_time((y, m, d, hour, minute, sec, wday, yday, 0))

def localtime(secs=None):
    return gmtime(secs)

def mktime(t):
    y, m, d, hh, mm, ss = t[0], t[1], t[2], t[3], t[4], t[5]
    yy = y - 1 if m <= 2 else y
    era = yy // 400
    yoe = yy - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return float(days * 86400 + hh * 3600 + mm * 60 + ss)

calendar_timegm = mktime

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")

def asctime(t=None):
    if t is None:
        t = localtime()
    return "%s %s %2d %02d:%02d:%02d %d" % (
        _DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])

def ctime(secs=None):
    return asctime(localtime(secs))

def strftime(fmt, t=None):
    if t is None:
        t = localtime()
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == "Y": out.append("%d" % t[0])
        elif k == "y": out.append("%02d" % (t[0] % 100))
        elif k == "m": out.append("%02d" % t[1])
        elif k == "d": out.append("%02d" % t[2])
        elif k == "e": out.append("%2d" % t[2])
        elif k == "H": out.append("%02d" % t[3])
        elif k == "I": out.append("%02d" % ((t[3] + 11) % 12 + 1))
        elif k == "p": out.append("AM" if t[3] < 12 else "PM")
        elif k == "M": out.append("%02d" % t[4])
        elif k == "S": out.append("%02d" % t[5])
        elif k == "j": out.append("%03d" % t[7])
        elif k == "a": out.append(_DAYS[t[6]][:3])
        elif k == "A": out.append(_DAYS[t[6]])
        elif k == "b" or k == "h": out.append(_MONTHS[t[1] - 1][:3])
        elif k == "B": out.append(_MONTHS[t[1] - 1])
        elif k == "w": out.append("%d" % ((t[6] + 1) % 7))
        elif k == "u": out.append("%d" % (t[6] + 1))
        elif k == "Z": out.append("UTC")
        elif k == "z": out.append("+0000")
        elif k == "c": out.append(asctime(t))
        elif k == "x": out.append("%02d/%02d/%02d" % (t[1], t[2], t[0] % 100))
        elif k == "X": out.append("%02d:%02d:%02d" % (t[3], t[4], t[5]))
        elif k == "D": out.append("%02d/%02d/%02d" % (t[1], t[2], t[0] % 100))
        elif k == "F": out.append("%d-%02d-%02d" % (t[0], t[1], t[2]))
        elif k == "T": out.append("%02d:%02d:%02d" % (t[3], t[4], t[5]))
        elif k == "%": out.append("%")
        else: out.append("%" + k)
    return "".join(out)

"#;

pub fn make_time(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(
        vm,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", perf_counter),
            ("sleep", sleep),
        ],
    );
    super::run_module_source(vm, &m, TIME_SOURCE)?;
    Ok(m)
}

fn time(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::float(d.as_secs_f64()))
}

fn time_ns(_: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn perf_counter(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::float(since_start(vm)))
}

fn perf_counter_ns(vm: &mut Vm, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.start_time.elapsed().as_nanos() as i64))
}

fn sleep(vm: &mut Vm, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(vm, "sleep", args, 1, 1)?;
    let s = crate::interp::ops::f64_of(&args[0]).unwrap_or(0.0);
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}

pub fn make_timeit(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = new_module(vm, "timeit", &[("timeit", timeit), ("repeat", repeat)]);
    // The same object as `time.perf_counter`.
    let timer = match vm.import_module("time")? {
        Value::Module(t) => t.dict.get_item_str("perf_counter"),
        _ => None,
    };
    m.dict.set_item_str(
        "default_timer",
        timer.unwrap_or_else(|| vm.builtin("perf_counter", perf_counter)),
    );
    super::run_module_source(vm, &m, TIMEIT_SOURCE)?;
    Ok(m)
}

/// `timeit.Timer`, over the module's `timeit` and `repeat`.
const TIMEIT_SOURCE: &str = r#"
class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=None, globals=None):
        self.stmt = stmt
        self.setup = setup
        self.globals = globals
    def timeit(self, number=1000000):
        return timeit(self.stmt, self.setup, number=number, globals=self.globals)
    def repeat(self, repeat=5, number=1000000):
        return [self.timeit(number) for _ in range(repeat)]
    def autorange(self, callback=None):
        number = 1
        while True:
            t = self.timeit(number)
            if callback:
                callback(number, t)
            if t >= 0.2:
                return (number, t)
            number *= 10
"#;

/// Something timeit can run `number` times: a callable or source text.
fn runner(vm: &mut Vm, stmt: &Value, globals: &Option<Value>) -> PyResult<Value> {
    match stmt {
        Value::Str(s) => {
            let code = vm.compile_source(s.as_str(), "<timeit-src>", CodeKind::Exec)?;
            let g = match globals {
                Some(Value::Dict(d)) => d.clone(),
                _ => {
                    let d = Rc::new(PyDict::new());
                    d.set_item_str("__builtins__", Value::Dict(vm.builtins.clone()));
                    d
                }
            };
            Ok(Value::tuple(vec![Value::Code(code), Value::Dict(g)]))
        }
        other => Ok(other.clone()),
    }
}

fn run_n(vm: &mut Vm, r: &Value, number: i64) -> PyResult<f64> {
    let start = since_start(vm);
    for _ in 0..number {
        match r {
            Value::Tuple(t) => {
                if let (Value::Code(c), Value::Dict(g)) = (&t[0], &t[1]) {
                    vm.run_code(c, g.clone(), Some(Value::Dict(g.clone())), &[])?;
                }
            }
            f => {
                vm.call0(f)?;
            }
        }
    }
    Ok(since_start(vm) - start)
}

fn timeit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [stmt_kw, setup_kw, _timer, number_kw, globals] = kwargs(
        vm,
        "timeit",
        kw,
        ["stmt", "setup", "timer", "number", "globals"],
    )?;
    let stmt = args
        .first()
        .cloned()
        .or(stmt_kw)
        .unwrap_or(Value::str("pass"));
    let setup = args.get(1).cloned().or(setup_kw);
    let number = match args.get(3).cloned().or(number_kw) {
        Some(n) => vm.index_of(&n, "number")?,
        None => 1_000_000,
    };
    // Setup and statement share one namespace.
    let globals = match globals {
        Some(Value::Dict(d)) => Some(Value::Dict(d)),
        _ => {
            let d = Rc::new(PyDict::new());
            d.set_item_str("__builtins__", Value::Dict(vm.builtins.clone()));
            Some(Value::Dict(d))
        }
    };
    if let Some(s) = setup {
        let r = runner(vm, &s, &globals)?;
        run_n(vm, &r, 1)?;
    }
    let r = runner(vm, &stmt, &globals)?;
    Ok(Value::float(run_n(vm, &r, number)?))
}

fn repeat(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [stmt_kw, _setup, _timer, repeat_kw, number_kw, globals] = kwargs(
        vm,
        "repeat",
        kw,
        ["stmt", "setup", "timer", "repeat", "number", "globals"],
    )?;
    let stmt = args
        .first()
        .cloned()
        .or(stmt_kw)
        .unwrap_or(Value::str("pass"));
    let times = match repeat_kw {
        Some(n) => vm.index_of(&n, "repeat")?,
        None => 5,
    };
    let number = match number_kw {
        Some(n) => vm.index_of(&n, "number")?,
        None => 1_000_000,
    };
    let r = runner(vm, &stmt, &globals)?;
    let mut out = Vec::new();
    for _ in 0..times {
        out.push(Value::float(run_n(vm, &r, number)?));
    }
    Ok(Value::list(out))
}
