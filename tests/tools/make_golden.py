#!/usr/bin/env python3
"""Regenerate golden files for slotpy's differential tests with the oracle.

Run under CPython 3.13 (the test harness does this when SLOTPY_REGEN=1):

    PYENV_VERSION=3.13.0 python3 tests/tools/make_golden.py [PATH ...]

Files whose name starts with `_` are helper modules that tests import, not
tests. PATH is a test program (`tests/programs/<group>/<name>.py`), a scope test
(`tests/scopes/<name>.py`) or a folder of either; default: both trees.

For a program `<name>.py` the oracle runs `python3 <name>.py` with the
program's folder as working directory and writes:
  <name>.out   its stdout, byte for byte
  <name>.err   only when it exits non-zero or writes to stderr: a first line
               `exit: N`, then stderr without the caret lines (`~~~^^^`)
               that CPython draws under source lines.
CPython makes the script's path absolute in tracebacks; the program's folder
is stripped from both outputs so that goldens hold bare file names.
For a scope test it writes `<name>.scopes`: tests/tools/symtable_dump.py's
output for that file.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CARET = re.compile(r"^\s*[~^]+\s*$")


def strip_carets(text):
    return "".join(l for l in text.splitlines(keepends=True) if not CARET.match(l))


def program(path):
    folder, name = os.path.split(path)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    stdin = None
    inp = path[:-3] + ".in"
    if os.path.exists(inp):
        stdin = open(inp, "rb")
    r = subprocess.run([sys.executable, name], cwd=folder or ".", env=env,
                       capture_output=True, stdin=stdin or subprocess.DEVNULL,
                       timeout=120)
    base = path[:-3]
    prefix = (os.path.abspath(folder or ".") + os.sep).encode()
    stdout = r.stdout.replace(prefix, b"")
    stderr = r.stderr.replace(prefix, b"")
    with open(base + ".out", "wb") as f:
        f.write(stdout)
    err = base + ".err"
    if r.returncode != 0 or stderr:
        with open(err, "w", encoding="utf-8") as f:
            f.write("exit: %d\n" % r.returncode)
            f.write(strip_carets(stderr.decode("utf-8")))
    elif os.path.exists(err):
        os.remove(err)


def scopes(path):
    r = subprocess.run([sys.executable, os.path.join(HERE, "symtable_dump.py"), path],
                       capture_output=True, check=False)
    out = r.stdout if r.returncode == 0 else b"error\n" + r.stderr
    with open(path[:-3] + ".scopes", "wb") as f:
        f.write(out)


def handle(path):
    if os.path.isdir(path):
        for entry in sorted(os.listdir(path)):
            full = os.path.join(path, entry)
            if os.path.isdir(full) or (entry.endswith(".py") and not entry.startswith("_")):
                handle(full)
        return
    if not path.endswith(".py"):
        return
    if os.sep + "scopes" + os.sep in os.path.abspath(path):
        scopes(path)
    else:
        program(path)


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("make_golden.py must run under CPython 3.13 (PYENV_VERSION=3.13.0)")
    paths = sys.argv[1:] or [os.path.join(ROOT, "programs"), os.path.join(ROOT, "scopes")]
    for p in paths:
        handle(p)


if __name__ == "__main__":
    main()
