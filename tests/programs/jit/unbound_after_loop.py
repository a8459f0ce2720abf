# Variables assigned only inside a loop: unbound when the body never ran or
# never took the branch; `del` inside a hot loop.
def never_runs(n):
    for i in range(n):
        last = i
    try:
        return last
    except UnboundLocalError as e:
        return "unbound: %s" % e

def branch_never_taken(n):
    for i in range(n):
        if i < 0:
            y = i
    try:
        print(y)
    except UnboundLocalError as e:
        print("branch:", e)
    return i

def sometimes(n, at):
    for i in range(n):
        if i == at:
            z = i * 2.5
    try:
        return z
    except UnboundLocalError as e:
        return str(e)

def deleted(n):
    s = 0
    for i in range(n):
        t = i * 2
        s += t
        if i % 1000 == 999:
            del t
    try:
        return s, t
    except UnboundLocalError as e:
        return s, str(e)

def del_then_read(n):
    x = 0
    try:
        for i in range(n):
            x += 1
            if i == 2500:
                del x
    except UnboundLocalError as e:
        print("read after del:", i, e)

print(never_runs(0), never_runs(3000))
print(branch_never_taken(3000))
print(sometimes(3000, 5000), sometimes(3000, 1234))
print(deleted(3000))
del_then_read(3000)
