# Attribute access and method calls on small objects.
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def run(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    total = 0
    for i in range(n):
        acc = acc.add(step)
        total += acc.dot(step) % 7
    return acc.x, acc.y, total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000
print(run(n))
