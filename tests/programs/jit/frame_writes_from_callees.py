# Callees that are themselves running hot loops write the caller's locals
# through sys._getframe(1).f_locals while the caller's loop is compiled.
import sys

def poke_loop(name, n):
    fl = sys._getframe(1).f_locals
    for k in range(n):
        fl[name] = fl[name] + 1

def caller(n):
    total = 0
    f = 0.5
    for i in range(n):
        total += 1
        if i % 500 == 0:
            poke_loop("total", 1500)
            print(i, total)
        if i == 1700:
            poke_loop("f", 3)
            f = f * 2
    return total, f

print(caller(3000))
