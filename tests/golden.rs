//! Differential golden tests: every program under `tests/programs/` runs
//! through the library in each tier and must print exactly what CPython
//! 3.13 printed (`<name>.out`, and `<name>.err` for a non-zero exit or
//! stderr output); every file under `tests/scopes/` must give CPython's
//! symbol table (`<name>.scopes`); every program under `tests/explain/`
//! must give the `slotpy explain` report in `<name>.explain` (slotpy's own
//! output: its program output is checked against CPython by the copy of
//! the program under `programs/`).
//!
//! Environment:
//!   SLOTPY_REGEN=1        regenerate the goldens with CPython 3.13 first
//!                         (`PYENV_VERSION=3.13.0 python3`), then test
//!   SLOTPY_FILTER=text    only paths containing `text`
//!   SLOTPY_BLESS=1        rewrite the `.explain` files from this build
//!   SLOTPY_TIERS=a,b      tiers to run among name, fast, jit and jit1 (jit
//!                         compiling every loop at its first back-edge);
//!                         default: all

use slotpy::{Runtime, Tier};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[derive(Clone, Copy, Debug)]
struct TierRun {
    name: &'static str,
    tier: Tier,
    threshold: u32,
}

const ALL_TIERS: &[TierRun] = &[
    TierRun {
        name: "name",
        tier: Tier::Name,
        threshold: 1000,
    },
    TierRun {
        name: "fast",
        tier: Tier::Fast,
        threshold: 1000,
    },
    TierRun {
        name: "jit",
        tier: Tier::Jit,
        threshold: 1000,
    },
    TierRun {
        name: "jit1",
        tier: Tier::Jit,
        threshold: 1,
    },
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py")
            && !p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('_'))
        {
            out.push(p);
        }
    }
}

fn is_caret_line(l: &str) -> bool {
    let t = l.trim();
    !t.is_empty() && t.chars().all(|c| c == '^' || c == '~')
}

fn normalize_err(exit: i32, stderr: &str) -> Option<String> {
    if exit == 0 && stderr.is_empty() {
        return None;
    }
    let mut s = format!("exit: {exit}\n");
    for l in stderr.split_inclusive('\n') {
        if !is_caret_line(l) {
            s.push_str(l);
        }
    }
    Some(s)
}

/// Runs one program; returns (stdout, normalized stderr).
fn run_program(path: &Path, tier: TierRun) -> (String, Option<String>) {
    let dir = path.parent().expect("folder").to_path_buf();
    let name = path
        .file_name()
        .expect("name")
        .to_string_lossy()
        .to_string();
    let mut b = Runtime::builder()
        .tier(tier.tier)
        .jit_threshold(tier.threshold)
        .argv(vec![name])
        .current_dir(&dir)
        .capture_output();
    let input = path.with_extension("in");
    if let Ok(data) = std::fs::read(&input) {
        b = b.stdin(Box::new(std::io::Cursor::new(data)));
    } else {
        b = b.stdin(Box::new(std::io::Cursor::new(Vec::new())));
    }
    let mut rt = b.build();
    let exit = match rt.run_file(path) {
        Ok(()) => 0,
        Err(e) => rt.report(&e),
    };
    let (out, err) = rt.take_output();
    let prefix = format!("{}/", dir.to_string_lossy());
    let out = out.replace(&prefix, "");
    let err = err.replace(&prefix, "");
    (out, normalize_err(exit, &err))
}

fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let n = e.len().max(a.len());
    let mut shown = 0;
    for i in 0..n {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out.push_str(&format!(
                "    line {}:\n      expected: {}\n      actual:   {}\n",
                i + 1,
                x.map_or("<missing>".to_string(), |s| format!("{s:?}")),
                y.map_or("<missing>".to_string(), |s| format!("{s:?}"))
            ));
            shown += 1;
            if shown >= 4 {
                out.push_str("    ...\n");
                break;
            }
        }
    }
    if out.is_empty() && expected != actual {
        out.push_str("    (difference in trailing newline)\n");
    }
    out
}

enum Job {
    Program(PathBuf, TierRun),
    Scopes(PathBuf),
    /// A `slotpy explain` report, in the given tier.
    Explain(PathBuf, TierRun),
}

/// Program output, a blank line, then the explain report, as the command
/// prints them.
fn run_explain(path: &Path, tier: TierRun) -> String {
    let dir = path.parent().expect("folder").to_path_buf();
    let mut rt = Runtime::builder()
        .tier(tier.tier)
        .argv(vec![path.to_string_lossy().to_string()])
        .current_dir(&dir)
        .capture_output()
        .explain()
        .build();
    if let Err(e) = rt.run_file(path) {
        rt.report(&e);
    }
    let (out, err) = rt.take_output();
    let report = rt.explain_report().unwrap_or_default();
    format!("{out}{err}\n{report}")
}

fn run_job(job: &Job) -> Result<(), String> {
    match job {
        Job::Program(path, tier) => {
            let expected_out = std::fs::read_to_string(path.with_extension("out"))
                .map_err(|_| "missing .out golden (run with SLOTPY_REGEN=1)".to_string())?;
            let expected_err = std::fs::read_to_string(path.with_extension("err")).ok();
            let p = path.clone();
            let t = *tier;
            let (out, err) = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || run_program(&p, t))
                .expect("thread")
                .join()
                .map_err(|_| "PANIC in the runtime".to_string())?;
            let mut msg = String::new();
            if out != expected_out {
                msg.push_str("  stdout differs:\n");
                msg.push_str(&diff(&expected_out, &out));
            }
            if err != expected_err {
                msg.push_str("  stderr/exit differs:\n");
                msg.push_str(&diff(
                    expected_err.as_deref().unwrap_or(""),
                    err.as_deref().unwrap_or(""),
                ));
            }
            if msg.is_empty() {
                Ok(())
            } else {
                Err(msg)
            }
        }
        Job::Explain(path, tier) => {
            let golden = path.with_extension(format!("{}.explain", tier.name));
            let p = path.clone();
            let t = *tier;
            let text = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || run_explain(&p, t))
                .expect("thread")
                .join()
                .map_err(|_| "PANIC in the runtime".to_string())?;
            if std::env::var("SLOTPY_BLESS").is_ok_and(|v| v == "1") {
                std::fs::write(&golden, &text).map_err(|e| e.to_string())?;
            }
            let expected = std::fs::read_to_string(&golden)
                .map_err(|_| "missing .explain golden (run with SLOTPY_BLESS=1)".to_string())?;
            if text == expected {
                Ok(())
            } else {
                Err(format!(
                    "  explain report differs:\n{}",
                    diff(&expected, &text)
                ))
            }
        }
        Job::Scopes(path) => {
            let expected = std::fs::read_to_string(path.with_extension("scopes"))
                .map_err(|_| "missing .scopes golden".to_string())?;
            let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
            let mut rt = Runtime::builder().capture_output().build();
            let out = rt
                .scopes(&src, &path.to_string_lossy())
                .map_err(|e| format!("  error: {e}"))?;
            if out == expected {
                Ok(())
            } else {
                Err(format!("  scopes differ:\n{}", diff(&expected, &out)))
            }
        }
    }
}

fn regenerate() {
    let tool = root().join("tools").join("make_golden.py");
    let status = std::process::Command::new("python3")
        .arg(tool)
        .env("PYENV_VERSION", "3.13.0")
        .status()
        .expect("python3 (CPython 3.13) is needed to regenerate goldens");
    assert!(status.success(), "make_golden.py failed");
}

/// Programs expected to fail for now (features of open issues), one path
/// relative to `tests/programs/` per line; `#` starts a comment.
fn known_failures() -> std::collections::HashSet<String> {
    let text = std::fs::read_to_string(root().join("programs").join("known_failures.txt"))
        .unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn main() {
    if std::env::var("SLOTPY_REGEN").is_ok_and(|v| v == "1") {
        regenerate();
    }
    let known = known_failures();
    let filter = std::env::var("SLOTPY_FILTER").unwrap_or_default();
    let tiers: Vec<TierRun> = match std::env::var("SLOTPY_TIERS") {
        Ok(list) => ALL_TIERS
            .iter()
            .copied()
            .filter(|t| list.split(',').any(|n| n == t.name))
            .collect(),
        Err(_) => ALL_TIERS.to_vec(),
    };
    let mut programs = Vec::new();
    collect(&root().join("programs"), &mut programs);
    let mut scopes = Vec::new();
    collect(&root().join("scopes"), &mut scopes);
    let mut jobs: Vec<Job> = Vec::new();
    for p in &programs {
        if !p.to_string_lossy().contains(&filter) {
            continue;
        }
        for t in &tiers {
            jobs.push(Job::Program(p.clone(), *t));
        }
    }
    for p in &scopes {
        if p.to_string_lossy().contains(&filter) {
            jobs.push(Job::Scopes(p.clone()));
        }
    }
    let mut explained = Vec::new();
    collect(&root().join("explain"), &mut explained);
    for p in &explained {
        if p.to_string_lossy().contains(&filter) {
            // The report differs between the two interpreters' tiers only.
            for t in tiers
                .iter()
                .filter(|t| t.name == "name" || t.name == "fast")
            {
                jobs.push(Job::Explain(p.clone(), *t));
            }
        }
    }
    let total = jobs.len();
    // The pending jobs, and the programs being run: the tiers of one
    // program never run at the same time (programs may write files).
    let jobs = Arc::new(Mutex::new((
        jobs.into_iter().enumerate().collect::<Vec<_>>(),
        std::collections::HashSet::<PathBuf>::new(),
    )));
    // (job index, program key relative to programs/ if any, report)
    let results = Arc::new(Mutex::new(Vec::<(usize, Option<String>, String)>::new()));
    let passed_known = Arc::new(Mutex::new(std::collections::BTreeSet::<String>::new()));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let programs_root = root().join("programs");
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let jobs = jobs.clone();
            let results = results.clone();
            let passed_known = passed_known.clone();
            let known = known.clone();
            let programs_root = programs_root.clone();
            std::thread::spawn(move || loop {
                let next = {
                    let mut guard = jobs.lock().expect("jobs");
                    let (pending, running) = &mut *guard;
                    if pending.is_empty() {
                        break;
                    }
                    let pick = pending.iter().rposition(|(_, j)| match j {
                        Job::Program(p, _) | Job::Explain(p, _) => !running.contains(p),
                        Job::Scopes(_) => true,
                    });
                    pick.map(|k| {
                        let (i, job) = pending.remove(k);
                        if let Job::Program(p, _) | Job::Explain(p, _) = &job {
                            running.insert(p.clone());
                        }
                        (i, job)
                    })
                };
                let Some((i, job)) = next else {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                    continue;
                };
                let key = match &job {
                    Job::Program(p, _) => p
                        .strip_prefix(&programs_root)
                        .ok()
                        .map(|k| k.to_string_lossy().replace('\\', "/")),
                    Job::Scopes(_) | Job::Explain(..) => None,
                };
                let outcome = run_job(&job);
                if let Job::Program(p, _) | Job::Explain(p, _) = &job {
                    jobs.lock().expect("jobs").1.remove(p);
                }
                let is_known = key.as_ref().is_some_and(|k| known.contains(k));
                match outcome {
                    Ok(()) if is_known => {
                        passed_known
                            .lock()
                            .expect("passed")
                            .insert(key.clone().unwrap_or_default());
                    }
                    Ok(()) => {}
                    Err(msg) => {
                        let what = match &job {
                            Job::Program(p, t) => format!(
                                "{} [{}]",
                                p.strip_prefix(root()).unwrap_or(p).display(),
                                t.name
                            ),
                            Job::Scopes(p) => format!(
                                "{} [scopes]",
                                p.strip_prefix(root()).unwrap_or(p).display()
                            ),
                            Job::Explain(p, t) => format!(
                                "{} [explain {}]",
                                p.strip_prefix(root()).unwrap_or(p).display(),
                                t.name
                            ),
                        };
                        let key = if is_known { key } else { None };
                        results.lock().expect("results").push((
                            i,
                            key,
                            format!("FAIL {what}\n{msg}"),
                        ));
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("worker");
    }
    let mut results = results.lock().expect("results").clone();
    results.sort();
    let (expected, unexpected): (Vec<_>, Vec<_>) =
        results.into_iter().partition(|(_, key, _)| key.is_some());
    let verbose_known = std::env::var("SLOTPY_SHOW_KNOWN").is_ok_and(|v| v == "1");
    for (_, _, f) in &unexpected {
        eprintln!("{f}");
    }
    if verbose_known {
        for (_, _, f) in &expected {
            eprintln!("(known) {f}");
        }
    }
    // A known failure only counts as fixed when it passes in every tier run.
    let failing_known: std::collections::BTreeSet<String> =
        expected.iter().filter_map(|(_, k, _)| k.clone()).collect();
    let fixed: Vec<String> = passed_known
        .lock()
        .expect("passed")
        .iter()
        .filter(|k| !failing_known.contains(*k))
        .cloned()
        .collect();
    for k in &fixed {
        eprintln!("note: known failure now passes in every tier run: {k} (remove it from known_failures.txt)");
    }
    eprintln!(
        "golden: {} passed, {} failed, {} known failures in {} programs ({} programs x {} tiers, {} scope files)",
        total - unexpected.len() - expected.len(),
        unexpected.len(),
        expected.len(),
        failing_known.len(),
        programs
            .iter()
            .filter(|p| p.to_string_lossy().contains(&filter))
            .count(),
        tiers.len(),
        scopes
            .iter()
            .filter(|p| p.to_string_lossy().contains(&filter))
            .count()
    );
    if !unexpected.is_empty() {
        std::process::exit(1);
    }
}
