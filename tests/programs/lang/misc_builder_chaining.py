class Query:
    def __init__(self, table):
        self.table = table
        self._where = []
        self._order = None
        self._limit = None
        self._fields = ["*"]
    def select(self, *fields):
        self._fields = list(fields)
        return self
    def where(self, cond):
        self._where.append(cond)
        return self
    def order_by(self, field, desc=False):
        self._order = field + (" DESC" if desc else "")
        return self
    def limit(self, n):
        self._limit = n
        return self
    def __str__(self):
        sql = f"SELECT {', '.join(self._fields)} FROM {self.table}"
        if self._where:
            sql += " WHERE " + " AND ".join(self._where)
        if self._order:
            sql += " ORDER BY " + self._order
        if self._limit is not None:
            sql += f" LIMIT {self._limit}"
        return sql

print(Query("users"))
print(Query("users").select("id", "name").where("age > 18").where("active = 1").order_by("name").limit(10))
print(Query("logs").order_by("ts", desc=True).limit(0))

# Fluent string transformations
class Text:
    def __init__(self, s):
        self.s = s
    def strip(self):
        return Text(self.s.strip())
    def upper(self):
        return Text(self.s.upper())
    def replace(self, a, b):
        return Text(self.s.replace(a, b))
    def __repr__(self):
        return f"Text({self.s!r})"
print(Text("  hello world  ").strip().upper().replace("O", "0"))

# Method chaining on builtins
print("  Some,Comma,Separated  ".strip().lower().split(","), "a-b-c".upper().replace("-", "+").center(9, "."))
print(sorted({"b": 2, "a": 1}.items()).__len__(), " x ".strip().join("[]"), "abc"[::-1].upper().encode())

# Chained comparisons of chained calls
vals = [5, 3, 8]
print(min(vals) < sorted(vals)[1] < max(vals), list(map(str, sorted(vals, reverse=True))).index("5"))

# Pipeline helper
def pipe(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
print(pipe(" 42 ", str.strip, int, lambda n: n * 2, str, len))
print(pipe(range(10), lambda r: filter(lambda x: x % 3 == 0, r), lambda it: map(lambda x: x * x, it), list))
