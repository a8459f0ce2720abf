# Native list reads and writes leave to the interpreter when their
# speculation fails (not a list, index out of range, item of another type,
# a heap item replaced, the list in use), and checks made once on a
# straight-line path are redone after anything that may change the list.


def index_error_caught(n):
    a = [1.5, 2.5, 3.5]
    total = 0.0
    misses = 0
    for i in range(n):
        try:
            total += a[i % 5]
        except IndexError:
            misses += 1
    return total, misses


def obj_changes_kind(n):
    lists = [[1, 2, 3]] * (n // 2) + [(4, 5, 6)] + [{0: 7, 1: 8, 2: 9}] + [[1, 2, 3]] * 10
    s = 0
    for x in lists:
        s += x[0] + x[1] * x[2]
    return s


def item_type_changes(n):
    a = [1] * n
    a[n - 3] = 2.5
    a[n - 2] = "x"
    out = []
    acc = 0
    for i in range(n):
        v = a[i]
        if isinstance(v, str):
            out.append(v)
        else:
            acc += v
    return acc, out


def heap_item_replaced(n):
    a = [0] * n
    a[n // 2] = "old"
    a[n - 1] = [1, 2]
    for i in range(n):
        a[i] = i * 2
    return sum(a), a[n // 2], a[-1]


def list_grows_between_reads(n):
    a = [0, 1]
    seen = 0
    for i in range(n):
        first = a[0]
        a.append(i)
        last = a[-1]
        seen += last - first
        if len(a) > 50:
            del a[2:]
    return seen, len(a)


def register_rebound(n):
    a = [1, 2, 3]
    b = [10, 20]
    t = 0
    for i in range(n):
        x = a[0]
        a, b = b, a
        y = a[1]
        t += x * y
    return t


def alias_copy_then_write(n):
    rows = [[0.0, 0.0, 0.0] for _ in range(3)]
    for i in range(n):
        r = rows[i % 3]
        r[0] += 1.0
        r[1] -= 0.5
        r[2] = r[0] + r[1]
    return rows


def list_mutated_by_call(n):
    a = [1, 2, 3, 4]

    def shrink():
        if len(a) > 1:
            a.pop()

    got = []
    for i in range(n):
        x = a[0]
        if i % 400 == 399:
            shrink()
        try:
            got.append(a[len(a) - 1] + x)
        except IndexError:
            got.append(-1)
    return got[-5:], len(a)


def negative_indexes(n):
    a = [1, 2, 3, 4, 5]
    t = 0
    for i in range(n):
        t += a[-1] - a[-5] + a[(i % 5) - 5]
    return t


def sort_key_reads_list(n):
    data = list(range(n))
    seen = []

    def key(v):
        # The list is being sorted (in use): native reads must not see it.
        acc = 0
        for k in range(3):
            try:
                acc += data[k]
            except IndexError as e:
                seen.append(type(e).__name__)
        return acc - v
    for i in range(3):
        total = 0
        for j in range(n):
            total += data[j]
    data.sort(key=key)
    return data[:3], seen[:1], total


print(index_error_caught(3000))
print(obj_changes_kind(3000))
print(item_type_changes(3000))
print(heap_item_replaced(3000))
print(list_grows_between_reads(3000))
print(register_rebound(3000))
print(alias_copy_then_write(3000))
print(list_mutated_by_call(3000))
print(negative_indexes(3000))
print(sort_key_reads_list(2000))
