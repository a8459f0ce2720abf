import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
print(random.random())
random.seed(0)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(-10, 10) for _ in range(10)])
random.seed(12345)
print(random.getrandbits(8), random.getrandbits(32), random.getrandbits(100))
print(random.randint(0, 10 ** 30))
random.seed(2024)
print([round(random.uniform(1, 10), 6) for _ in range(5)])
print(random.uniform(5, 5), random.randint(3, 3))
for fn, args in [(random.randint, (5, 1)), (random.randrange, (0,)), (random.randrange, (1, 10, 0)), (random.randrange, (1.5,))]:
    try:
        print(fn(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Reproducibility
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
b = [random.random() for _ in range(3)]
print(a == b)

# State save and restore
random.seed(99)
state = random.getstate()
x = [random.randint(0, 100) for _ in range(5)]
random.setstate(state)
y = [random.randint(0, 100) for _ in range(5)]
print(x, x == y)

# Independent Random instances
r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
