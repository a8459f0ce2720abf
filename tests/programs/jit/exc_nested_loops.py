# Exceptions raised in an inner hot loop caught by an outer loop's handler.
def main(rows, cols):
    results = []
    for r in range(rows):
        try:
            acc = 0
            for c in range(cols):
                acc += (r * c) % 7
                if acc > 1000 + r * 37:
                    raise ValueError((r, c, acc))
            results.append(("done", r, acc))
        except ValueError as e:
            results.append(e.args[0])
    return results

def three(n):
    hit = 0
    for a in range(n):
        for b in range(n):
            try:
                for c in range(n):
                    if (a + b + c) % 13 == 12:
                        raise LookupError
                    hit += 1
            except LookupError:
                hit += 100
    return hit

for row in main(40, 400):
    print(row)
print(three(15))
