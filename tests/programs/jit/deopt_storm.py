# Types flip every iteration or every few iterations: lots of deopts and
# recompiles, results still exact.
def flip(n):
    x = 0
    out = []
    for i in range(n):
        if i % 2:
            x = x + 1.5
        else:
            x = int(x) + 1
        if i % 301 == 0:
            out.append(x)
    return out, x

def overflow_flip(n):
    x = 0
    hist = []
    for i in range(n):
        x = x + 2**62 if i % 3 else x - 2**62 - 1
        if i % 199 == 0:
            hist.append(x)
    return hist, x

def counter_flips(n):
    k = 0
    steps = 0
    while k < n:
        steps += 1
        if steps % 5 == 0:
            k = float(k) + 1
        elif steps % 7 == 0:
            k = int(k) + 2**64 - 2**64
        else:
            k += 1
    return k, steps

print(flip(3000))
print(overflow_flip(3000))
print(counter_flips(3000))
