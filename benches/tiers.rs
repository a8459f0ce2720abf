//! Tier comparison: each benchmark program timed under slotpy's `name`,
//! `fast` and `jit` tiers and under CPython (and PyPy when installed),
//! all in the same run, with every runner required to print the same
//! output. Ratios are CPython's time divided by the runner's (higher is
//! faster than CPython).
//!
//!   cargo bench --bench tiers [-- FILTER]
//!
//! Environment:
//!   SLOTPY_BENCH_RUNS=N        rounds per case, best kept (default 5);
//!                              short cases get more rounds (see `rounds`)
//!   SLOTPY_BENCH_DIR=PATH      also measure the programs of another folder
//!                              (e.g. a reference suite with expected.txt)
//!   SLOTPY_CPYTHON=CMD         the CPython to compare with
//!                              (default: `python3` with PYENV_VERSION=system)

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

struct Case {
    label: String,
    file: PathBuf,
    args: Vec<String>,
}

struct Runner {
    name: &'static str,
    cmd: Vec<String>,
    env: Vec<(&'static str, String)>,
}

fn own_cases(dir: &Path) -> Vec<Case> {
    let case = |file: &str, args: &[&str]| Case {
        label: format!("{} {}", file, args.join(" ")).trim().to_string(),
        file: dir.join(file),
        args: args.iter().map(|s| s.to_string()).collect(),
    };
    vec![
        case("seed_loop.py", &["standard"]),
        case("seed_loop.py", &["dynamic"]),
        case("float_grid.py", &[]),
        case("int_sieve.py", &[]),
        case("calls.py", &[]),
        case("objects.py", &[]),
    ]
}

/// Programs of an external folder: `expected.txt` blocks give the cases.
fn external_cases(dir: &Path) -> Vec<Case> {
    let Ok(text) = std::fs::read_to_string(dir.join("expected.txt")) else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| l.strip_prefix("== "))
        .map(|spec| {
            let mut parts = spec.split_whitespace();
            let file = parts.next().unwrap_or_default().to_string();
            Case {
                label: spec.to_string(),
                file: dir.join(&file),
                args: parts.map(String::from).collect(),
            }
        })
        .collect()
}

fn run_once(r: &Runner, case: &Case) -> Option<(Duration, String)> {
    let mut cmd = Command::new(&r.cmd[0]);
    cmd.args(&r.cmd[1..]).arg(&case.file).args(&case.args);
    for (k, v) in &r.env {
        cmd.env(k, v);
    }
    let start = Instant::now();
    let out = cmd.output().ok()?;
    let took = start.elapsed();
    if !out.status.success() {
        eprintln!(
            "  {} failed on {}: {}",
            r.name,
            case.label,
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("")
        );
        return None;
    }
    Some((took, String::from_utf8_lossy(&out.stdout).into_owned()))
}

/// `python3`, resolved through pyenv when it is a pyenv shim: the shim
/// costs a process start of its own (about 0.1 s), which must not count as
/// CPython's time.
fn resolve_shim(env: &[(&'static str, String)]) -> String {
    let mut c = Command::new("pyenv");
    c.args(["which", "python3"]);
    for (k, v) in env {
        c.env(k, v);
    }
    match c.output() {
        Ok(o) if o.status.success() => {
            let path = String::from_utf8_lossy(&o.stdout).trim().to_string();
            if path.is_empty() {
                "python3".into()
            } else {
                path
            }
        }
        _ => "python3".into(),
    }
}

fn available(cmd: &str, env: &[(&'static str, String)]) -> bool {
    let mut c = Command::new(cmd);
    c.arg("-c").arg("pass");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().is_ok_and(|o| o.status.success())
}

/// Rounds for a case: at least `runs`, more while the slowest runner's
/// best time is short (up to 20, about 2 s of it), since a few
/// milliseconds of noise (process start, a cold cache) weigh more there.
fn rounds(runs: usize, best: &[Option<Duration>]) -> usize {
    let slowest = best.iter().flatten().max().copied();
    match slowest {
        None => runs.max(1),
        Some(t) => {
            let budget = (2.0 / t.as_secs_f64().max(1e-3)).ceil() as usize;
            runs.max(budget.min(20))
        }
    }
}

fn main() {
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let runs: usize = std::env::var("SLOTPY_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let slotpy = env!("CARGO_BIN_EXE_slotpy").to_string();
    let py_env = vec![("PYENV_VERSION", "system".to_string())];
    let cpython = std::env::var("SLOTPY_CPYTHON").unwrap_or_else(|_| resolve_shim(&py_env));
    let mut runners = vec![];
    if available(&cpython, &py_env) {
        runners.push(Runner {
            name: "cpython",
            cmd: vec![cpython.clone()],
            env: py_env.clone(),
        });
    } else {
        eprintln!("note: {cpython} not found; ratios cannot be computed");
    }
    if available("pypy3", &[]) {
        runners.push(Runner {
            name: "pypy3",
            cmd: vec!["pypy3".into()],
            env: vec![],
        });
    }
    for tier in ["name", "fast", "jit"] {
        runners.push(Runner {
            name: match tier {
                "name" => "slotpy name",
                "fast" => "slotpy fast",
                _ => "slotpy jit",
            },
            cmd: vec![slotpy.clone(), format!("--tier={tier}")],
            env: vec![],
        });
    }
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("benches")
        .join("programs");
    let mut cases = own_cases(&here);
    if let Ok(dir) = std::env::var("SLOTPY_BENCH_DIR") {
        cases.extend(external_cases(Path::new(&dir)));
    }
    if let Some(f) = &filter {
        cases.retain(|c| c.label.contains(f.as_str()));
    }
    println!(
        "{:<34} {:>12} {:>10} {:>10}",
        "program", "runner", "seconds", "vs cpython"
    );
    let mut failed = false;
    for case in &cases {
        // Rounds interleave the runners so that a slow spell of the machine
        // hits all of them alike; each runner keeps its best time.
        let mut best: Vec<Option<Duration>> = vec![None; runners.len()];
        let mut broken = vec![false; runners.len()];
        let mut reference: Option<String> = None;
        let mut round = 0;
        while round < rounds(runs, &best) {
            round += 1;
            for (i, r) in runners.iter().enumerate() {
                if broken[i] {
                    continue;
                }
                let Some((t, out)) = run_once(r, case) else {
                    broken[i] = true;
                    failed = true;
                    continue;
                };
                match &reference {
                    None => reference = Some(out),
                    Some(expected) if *expected != out => {
                        eprintln!("  {} printed different output on {}", r.name, case.label);
                        failed = true;
                    }
                    _ => {}
                }
                best[i] = Some(best[i].map_or(t, |b: Duration| b.min(t)));
            }
        }
        let cpython_time = runners
            .iter()
            .position(|r| r.name == "cpython")
            .and_then(|i| best[i]);
        for (r, t) in runners.iter().zip(&best) {
            let Some(t) = t else { continue };
            let ratio = cpython_time
                .map(|c| format!("{:.2}x", c.as_secs_f64() / t.as_secs_f64()))
                .unwrap_or_else(|| "-".into());
            println!(
                "{:<34} {:>12} {:>10.3} {:>10}",
                case.label,
                r.name,
                t.as_secs_f64(),
                ratio
            );
        }
    }
    if failed {
        std::process::exit(1);
    }
}
