"""Module docstring for the annotations test."""

def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    "Function docstring."
    return True

print(f.__annotations__)
print(f.__doc__, __doc__)

x: int = 5
y: "forward"
print(__annotations__)
print(x, "y" in globals())

class C:
    """Class docstring.

    With several lines.
    """
    field: int
    other: str = "default"
    def method(self) -> None:
        """Method doc."""
    def nodoc(self):
        pass

print(C.__annotations__, C.other, hasattr(C, "field"))
print(C.__doc__)
print(C.method.__doc__, C.nodoc.__doc__, C.method.__annotations__)

def no_ann(a, b):
    pass
print(no_ann.__annotations__)

# Annotations are evaluated eagerly in 3.13
calls = []
def ann(v):
    calls.append(v)
    return v
def g(p: ann("param")) -> ann("ret"):
    pass
print(calls, g.__annotations__)

# Annotated assignment inside a function does not create annotations dict entries
def h():
    local: int = 3
    unassigned: str
    return local, "unassigned" in locals()
print(h(), h.__annotations__)

# Docstring must be the first statement
def not_doc():
    x = 1
    "not a docstring"
print(not_doc.__doc__)

# Lambdas and builtins
print((lambda: 0).__doc__, type(len.__doc__).__name__)

# Modify docstring
def mod():
    "old"
mod.__doc__ = "new"
print(mod.__doc__)

# Annotations with subscripts
def typed(a: list[int], b: dict[str, tuple[int, ...]]) -> set[str]:
    pass
print({k: repr(v) for k, v in typed.__annotations__.items()})
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
