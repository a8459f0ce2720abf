"""Differential fuzzing of hot loops: generates small functions with a
`for` over a range (int updates near the ends of the i64 range, break,
continue, for-else, list reads and writes, floor division) or a `for` or
`while` loop of float and mixed arithmetic (division and modulo by zero,
`abs`/`min`/`max`/`round`/`int`/`float`, `**`), and runs each
under the fast tier, the jit tier compiling at the first back-edge, and the
jit tier after a few iterations, and, with --oracle, CPython 3.13. Any
difference in exit code or output is printed.

    python3 tests/tools/fuzz_loops.py [--oracle] SEED COUNT

The programs are written to a temporary directory (kept when one differs).
"""
import os
import random
import subprocess
import sys
import tempfile

ORACLE = "--oracle" in sys.argv
ARGS = [a for a in sys.argv[1:] if a != "--oracle"]
random.seed(int(ARGS[0]) if ARGS else 1)
N = int(ARGS[1]) if len(ARGS) > 1 else 200
HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", "..", "target", "release", "slotpy")
DIR = tempfile.mkdtemp(prefix="slotpy-fuzz-")


def cpython313():
    """CPython 3.13's executable: $SLOTPY_ORACLE, or pyenv's 3.13.0 (a
    plain `python3` may be whatever version runs this script)."""
    if os.environ.get("SLOTPY_ORACLE"):
        return os.environ["SLOTPY_ORACLE"]
    env = dict(os.environ, PYENV_VERSION="3.13.0")
    r = subprocess.run(["pyenv", "which", "python3"], capture_output=True, text=True, env=env)
    exe = r.stdout.strip()
    v = subprocess.run([exe, "-c", "import sys; print(sys.version_info[:2])"],
                       capture_output=True, text=True)
    if v.stdout.strip() != "(3, 13)":
        sys.exit("no CPython 3.13 found (set SLOTPY_ORACLE)")
    return exe


ORACLE_EXE = cpython313() if ORACLE else None
def stmt(vars_, depth):
    k = random.random()
    v = random.choice(vars_)
    c = random.choice([1, 2, 3, -1, -2, 7, 2**40, -2**40, 0])
    if k < 0.35:
        return [f"{v} += {c}"]
    if k < 0.5:
        return [f"{v} = {v} - {c}"]
    if k < 0.6:
        w = random.choice(vars_)
        return [f"{v} = {w} * 3 + i"]
    if k < 0.68:
        return [f"if i % {random.randint(2,9)} == {random.randint(0,2)}:", f"    continue"]
    if k < 0.74:
        return [f"if i == {random.randint(0, 60)}:", f"    break"]
    if k < 0.8:
        return [f"acc[i % len(acc)] = {v} % 1000"]
    if k < 0.86:
        return [f"{v} = {v} + acc[i % len(acc)]"]
    if k < 0.9:
        return [f"if {v} > {random.choice([0, 100, 2**62])}:", f"    {v} -= {abs(c) + 1}"]
    if k < 0.94:
        return [f"{v} = {v} // {random.choice([1, 2, 3, -3])}"]
    return [f"{v} += i"]
def int_program():
    vars_ = ["x", "y", "z"]
    inits = {v: random.choice([0, 1, -5, 2**63 - 50, -2**63 + 50, 2**62, 10**6]) for v in vars_}
    start = random.choice([0, 1, -3, 5])
    stop = random.choice([0, 1, 7, 15, 16, 17, 33, 100, 1000, 3000])
    step = random.choice([1, 1, 1, 2, 3, -1, -2])
    if step < 0:
        start, stop = stop, start
    body = []
    for _ in range(random.randint(1, 4)):
        body += stmt(vars_, 0)
    lines = ["def f(n):"]
    for v in vars_:
        lines.append(f"    {v} = {inits[v]}")
    lines.append("    acc = [1, 2, 3, 4, 5]")
    lines.append("    i = None")
    lines.append(f"    for i in range({start}, {stop} * n, {step}):")
    for b in body:
        lines.append("        " + b)
    if random.random() < 0.3:
        lines.append("    else:")
        lines.append("        x = -x")
    lines.append("    return x, y, z, i, acc")
    lines.append("for n in (1, 2, 1):")
    lines.append("    try:")
    lines.append("        print(f(n))")
    lines.append("    except Exception as e:")
    lines.append("        print(type(e).__name__, e)")
    return "\n".join(lines) + "\n"
def expr(vs):
    a = random.choice(vs + ["i", "1.5", "2", "0.25", "-3", "i * 0.5"])
    b = random.choice(vs + ["i", "2.0", "3", "0.1", "7"])
    op = random.choice(["+", "-", "*", "/", "//", "%", "**"])
    if op in ("/", "//", "%"):
        b = random.choice(["2.0", "3", "7", "(i + 1)", "1.5", b])
    if op == "**":
        b = random.choice(["2", "0.5", "3"])
        a = f"abs({a})"
    f = random.choice(["", "abs", "min", "max", "float", "int", "round"])
    e = f"({a} {op} {b})"
    if f in ("min", "max"):
        return f"{f}({e}, {random.choice(vs + ['0.0', '10', 'i'])})"
    if f == "int":
        return f"int({e} % 1000.0)"
    if f:
        return f"{f}({e})"
    return e
def float_program():
    vs = ["a", "b", "c"]
    lines = ["def f(n):", "    a = 0.0", "    b = 1", "    c = -2.5", "    i = 0"]
    loop = random.choice(["for", "while"])
    if loop == "for":
        lines.append("    for i in range(n):")
    else:
        lines.append("    while i < n:")
    ind = "        "
    for _ in range(random.randint(1, 4)):
        v = random.choice(vs)
        k = random.random()
        if k < 0.6:
            lines.append(f"{ind}{v} = {expr(vs)}")
        elif k < 0.75:
            lines.append(f"{ind}if {random.choice(vs)} > {random.choice(['0', '100.5', 'i'])}:")
            lines.append(f"{ind}    {v} = {v} * 0.5")
        elif k < 0.85:
            lines.append(f"{ind}if abs({v}) > 1e6:")
            lines.append(f"{ind}    {v} = 1.0")
        else:
            lines.append(f"{ind}{v} += {random.choice(['1', '0.5', 'i', '-1'])}")
    if loop == "while":
        lines.append(f"{ind}i += 1")
    lines.append("    return a, b, c")
    lines.append("for n in (5, 300, 2000):")
    lines.append("    try:")
    lines.append("        print(f(n))")
    lines.append("    except Exception as e:")
    lines.append("        print(type(e).__name__, e)")
    return "\n".join(lines) + "\n"


def program():
    return int_program() if random.random() < 0.6 else float_program()


bad = 0
for t in range(N):
    src = program()
    path = os.path.join(DIR, f"p{t}.py")
    with open(path, "w") as f:
        f.write(src)
    outs = []
    for args in (["--tier=fast"], ["--jit-threshold=1"], ["--tier=jit", "--jit-threshold=5"]):
        r = subprocess.run([BIN] + args + [path], capture_output=True, text=True, timeout=60)
        outs.append((r.returncode, r.stdout, r.stderr))
    if ORACLE:
        r = subprocess.run([ORACLE_EXE, path], capture_output=True, text=True, timeout=60)
        outs.append((r.returncode, r.stdout, r.stderr))
    if len(set(o[:2] for o in outs)) != 1 or len(set(outs[:3])) != 1:
        bad += 1
        print("MISMATCH", path)
        for o in outs:
            print("  ", o[0], o[1][:300].replace("\n", " | "), o[2][-300:])
    else:
        os.remove(path)
print("programs", N, "differing", bad, "in", DIR)
sys.exit(1 if bad else 0)
