"""Exact rational arithmetic (a hand-written Fraction) and a Matrix class with operator
overloading: determinant, inverse and linear-system solving by Gauss-Jordan elimination."""

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if isinstance(num, Frac) and den == 1:
            num, den = num.num, num.den
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError(f"Frac needs ints, got {type(num).__name__} and {type(den).__name__}")
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else o - self

    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        if o.num == 0:
            raise ZeroDivisionError("division by zero fraction")
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else o / self

    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

class MatrixError(Exception):
    pass

class Matrix:
    def __init__(self, rows):
        rows = [[Frac(v) for v in row] for row in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = rows
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __add__(self, o):
        if (self.n, self.m) != (o.n, o.m):
            raise MatrixError(f"shape mismatch {self.n}x{self.m} + {o.n}x{o.m}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __mul__(self, o):
        if isinstance(o, (int, Frac)):
            return Matrix([[v * o for v in r] for r in self.rows])
        if self.m != o.n:
            raise MatrixError(f"cannot multiply {self.n}x{self.m} by {o.n}x{o.m}")
        cols = list(zip(*o.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Frac(0)) for c in cols] for r in self.rows])
    __rmul__ = __mul__

    def __matmul__(self, o):
        return self * o

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def _eliminate(self, augment=None):
        if self.n != self.m:
            raise MatrixError("matrix must be square")
        a = [row[:] + (augment[i][:] if augment else []) for i, row in enumerate(self.rows)]
        det = Frac(1)
        for col in range(self.n):
            pivot = next((r for r in range(col, self.n) if a[r][col]), None)
            if pivot is None:
                return Frac(0), None
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            p = a[col][col]
            det = det * p
            a[col] = [v / p for v in a[col]]
            for r in range(self.n):
                if r != col and a[r][col]:
                    factor = a[r][col]
                    a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
        return det, a

    def det(self):
        return self._eliminate()[0]

    def inverse(self):
        det, a = self._eliminate(Matrix.identity(self.n).rows)
        if a is None:
            raise MatrixError("matrix is singular")
        return Matrix([row[self.n:] for row in a])

    def solve(self, b):
        det, a = self._eliminate([[v] for v in b])
        if a is None:
            raise MatrixError("system has no unique solution")
        return [row[-1] for row in a]

    def __str__(self):
        cells = [[str(v) for v in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)

half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, third ** 3, half ** -2, -half, abs(Frac(-3, 4)))
print(1 + half, 1 - half, 2 * third, 1 / third, half == Frac(2, 4), half < third, sorted([half, third, Frac(-1, 5)]))
print(repr(Frac(6, -8)), float(Frac(1, 8)), bool(Frac(0, 5)), {Frac(1, 2): "x"}[Frac(3, 6)], Frac(Frac(3, 9)))
print(sum([Frac(1, n) for n in range(1, 11)], Frac(0)))
for bad in [lambda: Frac(1, 0), lambda: half / 0, lambda: Frac(1.5), lambda: half + 0.5]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)

h = Matrix([[Frac(1, i + j + 1) for j in range(3)] for i in range(3)])
print(h)
print("det", h.det())
inv = h.inverse()
print(inv)
print(h @ inv == Matrix.identity(3), inv @ h == Matrix.identity(3))
a = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
print([str(x) for x in a.solve([8, -11, -3])], a.det())
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], (Matrix([[1, 2], [3, 4]]) * 2 + Matrix.identity(2)).transpose().rows[0])
print(Matrix([[1, 2], [3, 4]]) * Frac(1, 2) == Frac(1, 2) * Matrix([[1, 2], [3, 4]]))
for bad in [lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1, 2]]) + Matrix([[1], [2]]),
            lambda: Matrix([[1, 2]]) @ Matrix([[1, 2]]), lambda: Matrix([[1, 2], [3]]),
            lambda: Matrix([[1, 2, 3]]).det(), lambda: Matrix([[0, 0], [0, 0]]).solve([1, 2])]:
    try:
        print(bad())
    except MatrixError as e:
        print("MatrixError:", e)
