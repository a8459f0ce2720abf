class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["str"], Box[1, 2])

class Registry(type):
    def __getitem__(cls, key):
        return cls.items[key]
    def __len__(cls):
        return len(cls.items)
    def __iter__(cls):
        return iter(sorted(cls.items))
    def __contains__(cls, key):
        return key in cls.items
class Colors(metaclass=Registry):
    items = {"red": "#f00", "green": "#0f0"}
print(Colors["red"], len(Colors), list(Colors), "green" in Colors, "blue" in Colors)

# Builtin generic aliases
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias([1, 2]), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)

# __class_getitem__ is implicitly a classmethod
class Sub(Box):
    pass
print(Sub[float])

# __getitem__ on instance vs class
class Both:
    def __getitem__(self, k):
        return ("instance", k)
    def __class_getitem__(cls, k):
        return ("class", k)
print(Both()[1], Both[1])

# Union types with |
u = int | str
print(u, isinstance(3, u), isinstance("s", u), isinstance(3.0, u), int | None)
