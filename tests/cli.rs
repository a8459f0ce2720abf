//! The `slotpy` command line: subcommands, exit statuses, arguments.

use std::process::Command;

fn slotpy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_slotpy"))
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("slotpy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn runs_a_file_with_arguments() {
    let p = temp_file("args.py", "import sys\nprint(sys.argv[1:])\n");
    let out = slotpy().arg(&p).args(["a", "b"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['a', 'b']\n");
}

#[test]
fn dash_c_runs_code() {
    let out = slotpy()
        .args(["-c", "import sys; print(len(sys.argv), sys.argv[0])"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1 -c\n");
}

#[test]
fn uncaught_exception_exits_1_with_traceback() {
    let p = temp_file("boom.py", "def f():\n    raise ValueError('bad')\nf()\n");
    let out = slotpy().arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains("line 2, in f\n    raise ValueError('bad')\n"),
        "{err}"
    );
    assert!(err.ends_with("ValueError: bad\n"), "{err}");
}

#[test]
fn sys_exit_codes() {
    let p = temp_file("exit.py", "import sys\nsys.exit(7)\n");
    assert_eq!(slotpy().arg(&p).output().unwrap().status.code(), Some(7));
    let p = temp_file("exitmsg.py", "import sys\nsys.exit('bye')\n");
    let out = slotpy().arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "bye\n");
}

#[test]
fn syntax_error_report() {
    let p = temp_file("syn.py", "x = 1\nprint(x))\n");
    let out = slotpy().arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2\n    print(x))\n"), "{err}");
    assert!(err.ends_with("SyntaxError: unmatched ')'\n"), "{err}");
}

#[test]
fn subcommand_wins_over_a_file_named_like_it() {
    let dir = std::env::temp_dir().join(format!("slotpy-cli-sub-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("dis"), "print('ran the file')\n").unwrap();
    std::fs::write(dir.join("prog.py"), "x = 1\n").unwrap();
    // `dis prog.py` lists code even though a file named `dis` exists.
    let out = slotpy()
        .current_dir(&dir)
        .args(["dis", "prog.py"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("tier=name"));
    // `./dis` runs the file.
    let out = slotpy().current_dir(&dir).arg("./dis").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ran the file\n");
}

#[test]
fn tier_flag_and_errors() {
    let p = temp_file(
        "tier.py",
        "def f():\n    return sum(i for i in range(10))\nprint(f())\n",
    );
    for tier in ["name", "fast", "jit"] {
        let out = slotpy()
            .arg(format!("--tier={tier}"))
            .arg(&p)
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), "45\n", "tier {tier}");
    }
    let out = slotpy().args(["--tier=warp", "x.py"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn version_and_help() {
    let out = slotpy().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("slotpy "));
    let out = slotpy().arg("--help").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("--tier=name|fast|jit"));
}

#[test]
fn missing_file() {
    let out = slotpy().arg("/nonexistent/x.py").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn explain_runs_then_reports_each_name() {
    let p = temp_file(
        "explain.py",
        "def f():\n    x = 0\n    for _ in range(1000):\n        x += 1\n    return x\n\
         print(f())\nexec('for _ in range(10):\\n    y = 1\\n', {})\n",
    );
    let out = slotpy()
        .args(["explain"])
        .arg(&p)
        .args(["extra"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    // The program's own output comes first.
    assert!(text.starts_with("1000\n"), "{text}");
    assert!(text.contains("f (function "), "{text}");
    assert!(text.contains("tier=fast: function body: locals are registers"));
    assert!(text.contains("tier=name: exec/compile source"));
    let x_row = text
        .lines()
        .find(|l| l.trim_start().starts_with("x ") && l.contains("register"))
        .unwrap_or_else(|| panic!("no register row for x:\n{text}"));
    assert!(x_row.contains("1001 loads, 1001 stores"), "{x_row}");
    let y_row = text
        .lines()
        .find(|l| l.trim_start().starts_with("y ") && l.contains("name lookup"))
        .unwrap_or_else(|| panic!("no name-lookup row for y:\n{text}"));
    assert!(y_row.contains("10 stores"), "{y_row}");
    let summary = text.lines().last().unwrap();
    assert!(
        summary.contains("name lookups in") && summary.contains("in fast code"),
        "{summary}"
    );
}

#[test]
fn explain_reports_after_an_uncaught_exception() {
    let p = temp_file("explain_fail.py", "x = 1\nraise SystemExit(3)\n");
    let out = slotpy().arg("explain").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("<module> (module "), "{text}");
    let out = slotpy().arg("explain").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("explain: missing FILE"));
}

#[test]
fn explain_under_forced_name_tier_says_why() {
    let p = temp_file(
        "explain_forced.py",
        "def f(a):\n    b = a\n    return b\nf(1)\n",
    );
    let out = slotpy()
        .args(["--tier=name", "explain"])
        .arg(&p)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("tier=name: function body forced by --tier=name"),
        "{text}"
    );
    assert!(text.contains("per-call dict"), "{text}");
}

/// The tier-events file: one JSON object per line, for each compile and
/// deopt, with the documented fields.
#[test]
fn tier_events_record_compiles_and_deopts() {
    let p = temp_file(
        "events.py",
        "def f(n):\n    x = 1\n    for i in range(n):\n        x = x * 3\n    return x % 7\n\n\
         def g(a):\n    t = 0\n    for i in range(3000):\n        t += a[i % 4]\n    return t\n\n\
         print(f(100), g([1, 2, 3, 4]))\n",
    );
    let events = p.with_extension("jsonl");
    let out = slotpy()
        .arg("--jit-threshold=1")
        .arg(format!("--tier-events={}", events.display()))
        .arg(&p)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "4 7500\n");
    let log = std::fs::read_to_string(&events).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert!(
        lines.iter().all(|l| l.starts_with('{') && l.ends_with('}')),
        "{log}"
    );
    let compiles_f: Vec<&&str> = lines
        .iter()
        .filter(|l| l.contains(r#""event":"compile""#) && l.contains(r#""code":"f""#))
        .collect();
    assert_eq!(
        compiles_f.len(),
        2,
        "compiled, deopted, compiled again: {log}"
    );
    for key in [
        "\"file\":",
        "\"line\":3",
        "\"header\":",
        "\"unboxed\":",
        "\"boxed\":",
        "\"compile_us\":",
    ] {
        assert!(compiles_f[0].contains(key), "{key} in {}", compiles_f[0]);
    }
    let deopt = lines
        .iter()
        .find(|l| l.contains(r#""event":"deopt""#) && l.contains(r#""code":"f""#))
        .expect("a deopt of f");
    for key in [
        r#""reason":"overflow""#,
        r#""line":4"#,
        r#""loop_line":3"#,
        r#""loop":"invalidated""#,
        "\"pc\":",
        "\"reg\":",
    ] {
        assert!(deopt.contains(key), "{key} in {deopt}");
    }
    // g's list stays a list of ints: its loop compiled once, never
    // deopted. (Its body, with a loop, is not compiled whole.)
    let g_loop = |l: &&&str| l.contains(r#""code":"g""#) && !l.contains(r#""function":true"#);
    assert_eq!(lines.iter().filter(g_loop).count(), 1, "{log}");
}

#[test]
fn stats_report_loops_and_deopts() {
    let p = temp_file(
        "stats.py",
        "def f(n):\n    x = 1\n    for i in range(n):\n        x = x * 3\n    return x % 7\n\nprint(f(5000))\n",
    );
    let out = slotpy()
        .args(["--stats", "--jit-threshold=1"])
        .arg(&p)
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("jit stats:\n"), "{err}");
    assert!(
        err.contains("f (") && err.contains("loop at line 3"),
        "{err}"
    );
    assert!(err.contains("iterations native"), "{err}");
    assert!(err.contains("deopt overflow"), "{err}");
    assert!(err.contains("total: 1 loop(s)"), "{err}");
    // Without the flag, nothing on stderr.
    let out = slotpy().arg(&p).output().unwrap();
    assert!(out.stderr.is_empty());
}

#[test]
fn jit_dump_shows_plan_and_ir() {
    let p = temp_file(
        "dump.py",
        "def f(a):\n    t = 0.0\n    for i in range(2000):\n        t += a[i % 3] * 0.5\n    return t\n\nprint(f([1.0, 2.0, 3.0]))\n",
    );
    let out = slotpy().args(["--jit-dump"]).arg(&p).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1999.5\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("; instructions (line, index, lowering, written types):"),
        "{err}"
    );
    assert!(err.contains("native list, deopt otherwise"), "{err}");
    assert!(err.contains("Float"), "{err}");
    assert!(err.contains("; machine code"), "{err}");
}

/// A list built by `[b] * n` is stored one byte per item, and compiled
/// loops read and write those bytes: no deopt, byte loads and stores in
/// the IR.
#[test]
fn compact_bool_lists_are_accessed_natively() {
    let p = temp_file(
        "compact.py",
        "def sieve(n):\n    flags = [True] * n\n    i = 2\n    while i * i < n:\n        if flags[i]:\n            \
         for j in range(i * i, n, i):\n                flags[j] = False\n        i += 1\n    c = 0\n    \
         for k in range(2, n):\n        if flags[k]:\n            c += 1\n    return c\n\nprint(sieve(50000))\n",
    );
    let events = p.with_extension("jsonl");
    let out = slotpy()
        .args(["--jit-threshold=1", "--jit-dump"])
        .arg(format!("--tier-events={}", events.display()))
        .arg(&p)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "5133\n");
    let log = std::fs::read_to_string(&events).unwrap();
    assert!(!log.contains(r#""event":"deopt""#), "{log}");
    assert_eq!(log.matches(r#""event":"compile""#).count(), 3, "{log}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("load.i8"), "{err}");
    // `flags[j] = False` stores a byte constant.
    let bytes: Vec<String> = err
        .lines()
        .filter_map(|l| l.trim().split_once(" = iconst.i8 "))
        .map(|(v, _)| format!(" {v}, "))
        .collect();
    assert!(
        err.lines()
            .any(|l| l.contains("store") && bytes.iter().any(|b| l.contains(b.as_str()))),
        "{err}"
    );
}

/// A hot loop that mostly calls Python functions stays in the interpreter
/// (which runs calls in its own loop), with the reason in `--stats`;
/// `--jit-threshold=1` compiles it anyway.
#[test]
fn call_heavy_loops_stay_in_the_interpreter() {
    let p = temp_file(
        "callheavy.py",
        "def inc(x):\n    return x + 1\n\ndef g(n):\n    t = 0\n    for i in range(n):\n        t = inc(t)\n    return t\n\nprint(g(5000))\n",
    );
    let out = slotpy().arg("--stats").arg(&p).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "5000\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("rejected: mostly calls of Python functions (1 call(s)"),
        "{err}"
    );
    let out = slotpy()
        .args(["--stats", "--jit-threshold=1"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "5000\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("1 compile(s)") && !err.contains("rejected: mostly calls"),
        "{err}"
    );
}

/// A function of ints called often is compiled whole: a compile event
/// marked `"function":true`, a `--stats` line, IR in `--jit-dump`; a run
/// that cannot finish natively gives it back to the interpreter, with an
/// event saying so.
#[test]
fn hot_int_functions_are_compiled_whole() {
    let p = temp_file(
        "wholefn.py",
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\n\
         def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\n\n\
         print(fib(22))\nprint(sum(fact(k % 15) for k in range(2000)) % 7, fact(30) % 1000)\n",
    );
    let events = p.with_extension("jsonl");
    let out = slotpy()
        .args(["--stats", "--jit-dump"])
        .arg(format!("--tier-events={}", events.display()))
        .arg(&p)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "17711\n6 0\n");
    let log = std::fs::read_to_string(&events).unwrap();
    let line = |code: &str, event: &str| {
        log.lines()
            .find(|l| l.contains(&format!("\"code\":\"{code}\"")) && l.contains(event))
            .map(str::to_owned)
    };
    let compile = line("fib", "\"event\":\"compile\"").expect("fib compiled");
    assert!(
        compile.contains("\"function\":true") && compile.contains("\"line\":1"),
        "{log}"
    );
    assert!(line("fact", "\"event\":\"compile\"").is_some(), "{log}");
    // fact(30) overflows i64: the interpreter takes fact over.
    let deopt = line("fact", "\"event\":\"deopt\"").expect("fact given up");
    assert!(deopt.contains("\"loop\":\"given-up\""), "{deopt}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--- jit: fib whole function"), "{err}");
    assert!(
        err.contains("fib (") && err.contains("whole function: "),
        "{err}"
    );
    assert!(
        err.contains("rejected: a native run could not finish"),
        "{err}"
    );
}

/// A small range loop is unrolled, and its induction variable is checked
/// once per group: the dump lists the group, native code runs every
/// iteration, and crossing the i64 range still leaves through an overflow
/// deopt at the exact iteration (the single-iteration body keeps checks).
#[test]
fn small_range_loops_are_unrolled() {
    let p = temp_file(
        "unroll.py",
        "def count(n, x):\n    for _ in range(n):\n        x += 1\n    return x\n\n\
         print(count(100000, 0))\nprint(count(100, 2**63 - 50))\n",
    );
    let events = p.with_extension("jsonl");
    let out = slotpy()
        .args(["--jit-dump", "--stats"])
        .arg(format!("--tier-events={}", events.display()))
        .arg(&p)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "100000\n9223372036854775858\n"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unrolled by 16; unchecked int updates: r1"),
        "{err}"
    );
    assert!(err.contains("99049 iterations native"), "{err}");
    let log = std::fs::read_to_string(&events).unwrap();
    assert_eq!(log.matches(r#""reason":"overflow""#).count(), 1, "{log}");
    assert!(log.contains(r#""line":3,"loop_line":2"#), "{log}");
}
