def divide(a, b):
    return a / b
def average(values):
    total = sum(values)
    return divide(total, len(values))
def report(groups):
    for name, vals in groups:
        print(name, average(vals))
report([("a", [1, 2, 3]), ("b", [10]), ("empty", [])])
