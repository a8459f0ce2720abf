LOG = """\
2024-01-01 INFO  user=ann action=login
2024-01-01 WARN  user=bob action=retry count=3
2024-01-02 ERROR user=ann action=upload size=120
2024-01-02 INFO  user=cid action=login
# comment line
2024-01-03 ERROR user=bob action=upload size=40

2024-01-03 INFO  user=ann action=logout
"""

def read_lines(text):
    for line in text.splitlines():
        yield line

def skip_blank_and_comments(lines):
    for line in lines:
        s = line.strip()
        if s and not s.startswith("#"):
            yield s

def parse(lines):
    for line in lines:
        date, level, *pairs = line.split()
        rec = {"date": date, "level": level}
        for p in pairs:
            k, v = p.split("=")
            rec[k] = int(v) if v.isdigit() else v
        yield rec

def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r

def pluck(records, *keys):
    for r in records:
        yield tuple(r.get(k) for k in keys)

pipeline = parse(skip_blank_and_comments(read_lines(LOG)))
records = list(pipeline)
print(len(records))
for r in records:
    print(r)
print(list(pluck(where(records, level="ERROR"), "user", "size")))
print(list(pluck(where(records, user="ann"), "date", "action")))

# Counting per key with a generator consumer
def count_by(records, key):
    counts = {}
    for r in records:
        counts[r[key]] = counts.get(r[key], 0) + 1
    return counts
print(count_by(records, "level"), count_by(records, "user"))

# Coroutine-style sink
def collector():
    items = []
    try:
        while True:
            item = yield
            items.append(item)
    except GeneratorExit:
        print("collector closing with", items)

def broadcast(source, *sinks):
    for s in sinks:
        next(s)
    for item in source:
        for s in sinks:
            s.send(item)
    for s in sinks:
        s.close()

broadcast(pluck(records, "action"), collector(), collector())

# Batching generator
def batches(iterable, n):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batches(range(7), 3)))

# Lazy evaluation demonstration
def numbers():
    for i in range(1, 1000000):
        yield i
squares = (n * n for n in numbers())
odd_squares = (s for s in squares if s % 2)
first = [next(odd_squares) for _ in range(5)]
print(first)
