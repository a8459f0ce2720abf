def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{cls.__name__}() got multiple values for argument {k!r}")
            values[k] = v
        for f in fields:
            if f not in values:
                if f in defaults:
                    values[f] = defaults[f]
                else:
                    raise TypeError(f"{cls.__name__}() missing required argument {f!r}")
            setattr(self, f, values[f])

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    def astuple(self):
        return tuple(getattr(self, f) for f in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls.astuple = astuple
    cls._fields = tuple(fields)
    return cls

@record
class Point:
    x: int
    y: int = 0

@record
class Person:
    name: str
    age: int
    tags: list = None

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(p.astuple(), Point._fields, Person._fields)
print(Person("ann", 30), Person(name="bob", age=5, tags=["x"]))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)

# Ordering by tuple conversion
people = [Person("cid", 40), Person("ann", 30), Person("bob", 30)]
people.sort(key=lambda q: (q.age, q.name))
print(people)

# Frozen-like record via __setattr__
class Frozen:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot assign to field {k!r}")
    def __repr__(self):
        return f"Frozen(a={self.a!r}, b={self.b!r})"
fz = Frozen(1, "x")
print(fz)
try:
    fz.a = 2
except AttributeError as e:
    print(type(e).__name__, e)

# Inheritance of decorated class fields
@record
class Point3(Point):
    x: int
    y: int = 0
    z: int = 0
print(Point3(1, 2, 3), isinstance(Point3(1), Point))
