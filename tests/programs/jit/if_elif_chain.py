# Long if/elif chains on ints, floats and mixed values in a hot loop.
def classify(n):
    counts = [0] * 7
    for i in range(n):
        v = (i * 7919) % 1000 - 500
        if v < -400:
            counts[0] += 1
        elif v < -100:
            counts[1] += 1
        elif v == 0:
            counts[2] += 1
        elif v < 100:
            counts[3] += 1
        elif v <= 250:
            counts[4] += 1
        elif v != 499:
            counts[5] += 1
        else:
            counts[6] += 1
    return counts

def fizz(n):
    out = []
    for i in range(1, n):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(i)
    return out[:16], out[-3:], out.count("Fizz")

def by_type(n):
    vals = [1, 2.5, "s", None, True, 2**64, -0.0, [1]]
    tally = {}
    for i in range(n):
        v = vals[i % 8]
        if v is None:
            k = "none"
        elif isinstance(v, bool):
            k = "bool"
        elif isinstance(v, int) and v > 2**63:
            k = "bigint"
        elif isinstance(v, int):
            k = "int"
        elif isinstance(v, float) and v == 0:
            k = "zero"
        elif isinstance(v, float):
            k = "float"
        elif v:
            k = "truthy"
        else:
            k = "other"
        tally[k] = tally.get(k, 0) + 1
    return sorted(tally.items())

print(classify(3000))
print(fizz(3000))
print(by_type(3000))
