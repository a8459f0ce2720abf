# Globals rebound inside hot loops: via `global`, via another function, via
# the globals() dict; the loop must see the new value immediately.
LIMIT = 10
SCALE = 2
counter = 0

def set_scale(v):
    global SCALE
    SCALE = v

def with_global_stmt(n):
    global counter
    for i in range(n):
        counter += 1
        if counter % 1000 == 0:
            print("counter", counter)
    return counter

def reads_global(n):
    s = 0
    for i in range(n):
        s += SCALE
        if i == 1000:
            set_scale(3.5)
        if i == 2000:
            set_scale(2**64)
        if i == 2500:
            globals()["SCALE"] = 1
        if i % 500 == 0 or i in (1001, 2001, 2501):
            print(i, s)
    return s

def global_in_cond(n):
    global LIMIT
    k = 0
    while k < LIMIT:
        k += 1
        if k == 5:
            LIMIT = n
    return k

def deleted_global(n):
    global TEMP
    TEMP = 1
    s = 0
    try:
        for i in range(n):
            s += TEMP
            if i == 2000:
                del TEMP
    except NameError as e:
        print("deleted:", i, s, e)

print(with_global_stmt(3000))
print(reads_global(3000))
print(global_in_cond(3000))
deleted_global(3000)
