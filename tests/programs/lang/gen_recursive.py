class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)

def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)

def levels(node):
    frontier = [node] if node else []
    depth = 0
    while frontier:
        yield depth, [n.value for n in frontier]
        frontier = [c for n in frontier for c in (n.left, n.right) if c]
        depth += 1

tree = Node(8, Node(3, Node(1), Node(6, Node(4), Node(7))), Node(10, None, Node(14, Node(13))))
print(list(inorder(tree)))
print(list(preorder(tree)))
for d, vals in levels(tree):
    print(d, vals)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, it in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [it] + rest
print(["".join(p) for p in permutations("abc")])

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def hanoi(n, src="A", dst="C", via="B"):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)
moves = list(hanoi(3))
print(len(moves), moves[:4])

def walk(obj, path=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, path + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, path + (i,))
    else:
        yield path, obj
doc = {"a": [1, {"b": 2}], "c": {"d": [3, 4]}, "e": 5}
for p, v in walk(doc):
    print(p, v)

def partitions(n, max_part=None):
    max_part = n if max_part is None else max_part
    if n == 0:
        yield ()
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield (k,) + rest
print(list(partitions(5)), sum(1 for _ in partitions(15)))
