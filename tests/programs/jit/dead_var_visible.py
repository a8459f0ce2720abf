# Variables that no bytecode reads (only locals(), eval, f_locals see them)
# keep their values while and after a compiled loop runs.
import sys

def kept_before_write(n):
    y = "keep"
    out = []
    for i in range(n):
        if i % 1000 == 0:
            out.append(locals().get("y"))
            out.append(eval("y"))
        if i == n - 1:
            y = 5
    out.append(locals()["y"])
    return out

def never_written(n):
    y = "keep"
    for i in range(n):
        if i == n + 1:
            y = 5
    return sorted(locals().items())

def via_proxy(n):
    y = [1, 2]
    fr = sys._getframe()
    out = []
    for i in range(n):
        if i % 1000 == 0:
            out.append(fr.f_locals.get("y", "MISSING"))
        if i == n + 1:
            y = 0.5
    return out

def written_each_iteration(n):
    out = []
    for i in range(n):
        z = i * 2
        w = z + 0.5
        if i % 1000 == 0:
            d = locals()
            out.append((d["z"], d["w"]))
    return out

def float_before(n):
    acc = "start"
    seen = []
    for i in range(n):
        if i % 750 == 0:
            seen.append(vars().get("acc"))
        if i > n - 3:
            acc = i * 1.5
    seen.append(acc)
    return seen

def inline_values_kept(n):
    out = []
    for init in (7, True, -0.0, 2**62, None, "str", (1,)):
        y = init
        for i in range(n):
            if i == n:
                y = 0.5
        out.append(locals()["y"])
    return out

def show(f, n):
    try:
        print(f.__name__, f(n))
    except Exception as e:
        print(f.__name__, "raised", type(e).__name__, e)

for f in (kept_before_write, never_written, via_proxy, written_each_iteration, float_before,
          inline_values_kept):
    show(f, 3000)
