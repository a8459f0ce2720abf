# An uncaught ZeroDivisionError from a hot loop: traceback with the right lines.
def ratio(a, b):
    return a / b

def run(n):
    total = 0.0
    for i in range(n):
        total += ratio(i, n - i - 1 - 2000)
        if i % 500 == 0:
            print(i, round(total, 9))
    return total

run(1000)
print("second run")
run(4000)
print("not reached")
