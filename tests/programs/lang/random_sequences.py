import random
random.seed(1)
items = ["apple", "banana", "cherry", "date", "elder"]
print([random.choice(items) for _ in range(8)])
print(random.choice("abcdef"), random.choice(range(100)), random.choice((True, False)))
lst = list(range(10))
random.shuffle(lst)
print(lst)
random.shuffle(lst)
print(lst)
print(random.sample(range(100), 5), random.sample(items, 3), sorted(random.sample(items, 5)))
print(random.choices(items, k=5))
print(random.choices(items, weights=[10, 1, 1, 1, 1], k=6))
print(random.choices(range(3), cum_weights=[1, 2, 10], k=6))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print(type(e).__name__, e)

# Deterministic simulation: dice histogram
random.seed(314)
counts = [0] * 13
for _ in range(1000):
    counts[random.randint(1, 6) + random.randint(1, 6)] += 1
print(counts[2:])

# Random walk
random.seed(5)
pos = 0
path = []
for _ in range(20):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)

# Shuffle a deck and deal
random.seed(52)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], deck[5:10], len(deck))
