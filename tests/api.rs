//! The embedding API: runtimes are independent, errors are typed, output
//! can be captured, and bad input never panics.

use slotpy::{Runtime, Tier};

fn rt() -> Runtime {
    Runtime::builder().capture_output().build()
}

#[test]
fn exec_and_eval_share_main() {
    let mut r = rt();
    r.exec("x = 6 * 7\ndef f(y):\n    return x + y\n").unwrap();
    let v = r.eval("f(1)").unwrap();
    assert_eq!(r.repr(&v).unwrap(), "43");
}

#[test]
fn two_runtimes_do_not_interfere() {
    let mut a = rt();
    let mut b = rt();
    a.exec("import sys\nsys.setrecursionlimit(50)\nx = 'a'")
        .unwrap();
    b.exec("x = 'b'").unwrap();
    let va = a.eval("x").unwrap();
    let vb = b.eval("x").unwrap();
    assert_eq!(a.repr(&va).unwrap(), "'a'");
    assert_eq!(b.repr(&vb).unwrap(), "'b'");
    let lim = b.eval("__import__('sys').getrecursionlimit()").unwrap();
    assert_eq!(b.repr(&lim).unwrap(), "1000");
}

#[test]
fn python_errors_are_typed() {
    let mut r = rt();
    let e = r.exec("def f():\n    return 1 / 0\nf()\n").unwrap_err();
    assert_eq!(e.type_name(), "ZeroDivisionError");
    assert_eq!(e.message(), "division by zero");
    assert!(e.traceback().contains("line 2, in f"), "{}", e.traceback());
    assert_eq!(e.exit_code(), None);
}

#[test]
fn syntax_errors_carry_location() {
    let mut r = rt();
    let e = r.run_source("x = 1\ny = (2,\n", "prog.py").unwrap_err();
    assert_eq!(e.type_name(), "SyntaxError");
    assert!(
        e.traceback().contains("File \"prog.py\", line 2"),
        "{}",
        e.traceback()
    );
    assert!(
        e.traceback().contains("'(' was never closed"),
        "{}",
        e.traceback()
    );
}

#[test]
fn system_exit_gives_exit_code() {
    let mut r = rt();
    let e = r.exec("import sys\nsys.exit(3)").unwrap_err();
    assert_eq!(e.exit_code(), Some(3));
    let e = r.exec("raise SystemExit").unwrap_err();
    assert_eq!(e.exit_code(), Some(0));
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let mut r = rt();
    let e = r
        .exec("def f(n):\n    return f(n + 1)\nf(0)\n")
        .unwrap_err();
    assert_eq!(e.type_name(), "RecursionError");
    assert!(
        e.traceback().contains("[Previous line repeated"),
        "{}",
        e.traceback()
    );
}

#[test]
fn deep_recursion_with_a_high_limit_does_not_overflow() {
    let mut r = rt();
    r.exec("import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nx = f(50000)\n")
        .unwrap();
    let v = r.eval("x").unwrap();
    assert_eq!(r.repr(&v).unwrap(), "50000");
}

#[test]
fn output_is_captured() {
    let mut r = rt();
    r.exec("print('hi', 1, sep='-')\nimport sys\nsys.stderr.write('oops\\n')")
        .unwrap();
    let (out, err) = r.take_output();
    assert_eq!(out, "hi-1\n");
    assert_eq!(err, "oops\n");
}

#[test]
fn tiers_agree() {
    let src = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i * i\n    return t\nr = f(1000)\n";
    let mut results = Vec::new();
    for tier in [Tier::Name, Tier::Fast, Tier::Jit] {
        let mut r = Runtime::builder().tier(tier).capture_output().build();
        r.exec(src).unwrap();
        let v = r.eval("r").unwrap();
        results.push(r.repr(&v).unwrap());
    }
    assert!(results.iter().all(|x| x == "332833500"), "{results:?}");
}

#[test]
fn dis_shows_tiers() {
    let mut r = rt();
    let text = r
        .dis(
            "def f():\n    x = 0\n    x += 1\n    return x\nexec('y = 1')\n",
            "m.py",
        )
        .unwrap();
    assert!(text.contains("code <module> (module) tier=name"), "{text}");
    assert!(text.contains("code f (function) tier=fast"), "{text}");
    assert!(text.contains("InPlace            x <- x += 1"), "{text}");
    assert!(text.contains("LoadName"), "{text}");
}

#[test]
fn scopes_match_the_oracle_format() {
    let mut r = rt();
    let text = r
        .scopes(
            "def f():\n    x = 1\n    def g():\n        return x\n",
            "m.py",
        )
        .unwrap();
    assert_eq!(
        text,
        "module top line=0 optimized=0 nested=0\n  f: global_implicit assigned namespace\n  function f line=1 optimized=1 nested=0\n    g: local assigned namespace\n    x: cell assigned\n    function g line=3 optimized=1 nested=1\n      x: free referenced\n"
    );
}

#[test]
fn garbage_input_never_panics() {
    let mut r = rt();
    for src in [
        "def (",
        "x = [",
        "\"unterminated",
        "class:",
        "lambda: yield",
        "return 5",
        "for x in 1: pass",
        "import",
        "@",
        "f(**)",
        "a b c",
        "x = 1 +",
        "if x:\nelse:",
        "try:\n  pass\n",
        "\t x = 1",
        "nonlocal x",
        "def f():\n  global x\n  x: int = 1",
        "del 1",
        "(yield)",
        "await x",
    ] {
        let _ = r.exec(src);
        let _ = r.scopes(src, "x.py");
        let _ = r.dis(src, "x.py");
    }
}
