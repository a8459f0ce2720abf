def compute(values):
    length = len(values)
    total = 0
    for v in values:
        total += v
    return total / lenght  # typo: CPython 3.13 suggests the similar local name
def main():
    print(compute([1, 2, 3]))
main()
