# break/continue/return inside try/finally in hot loops.
def cont(n):
    log = []
    s = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == n - 5:
                break
            s += i
        finally:
            s += 1
            if i % 700 == 0:
                log.append((i, s))
    return s, log

def brk(n):
    i = 0
    f = 0
    while True:
        try:
            i += 1
            if i > n:
                break
        finally:
            f += 1
    return i, f

def ret(n):
    s = 0
    for i in range(n):
        try:
            s += i
            if s > 3_000_000:
                return ("ret", i, s)
        finally:
            s += 2
    return ("end", s)

def nested(n):
    out = 0
    for i in range(n):
        for j in range(3):
            try:
                try:
                    if j == 1:
                        continue
                    if j == 2 and i % 2:
                        break
                    out += 1
                finally:
                    out += 10
            finally:
                out += 100
    return out

def finally_overrides(n):
    s = 0
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            finally:
                if i % 2:
                    continue
        except ValueError as e:
            s += e.args[0]
    return s

print(cont(3000))
print(brk(3000))
print(ret(3000))
print(nested(3000))
print(finally_overrides(3000))
