# seed 000: a tight loop updating a local, in a plain function
def test_standard():
    x = 0
    for _ in range(100000):
        x += 1
    return x
print("Standard:", test_standard())
def test_standard_locals():
    x = 0
    for _ in range(100000):
        x += 1
    return sorted(locals().items())
print(test_standard_locals())
