class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

a, b, c, d = A(), B(), C(), D()
print(isinstance(b, A), isinstance(a, B), isinstance(d, C))
print(isinstance(a, (B, C)), isinstance(a, (B, A)), isinstance(c, (A, (B, (C,)))))
print(isinstance(a, ()), issubclass(D, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(D, (C, int)))
print(issubclass(bool, int), issubclass(int, object), isinstance(True, int))
print(isinstance(1, float), isinstance(1.0, (int, float)), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance("", str))
print(isinstance(b"", bytes), isinstance(range(3), range), isinstance(len, type(len)))

try:
    isinstance(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(a, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(A, "x")
except TypeError as e:
    print(type(e).__name__, e)

# __instancecheck__ / __subclasscheck__ via metaclass
class EvenMeta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is int

class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(int, Even), issubclass(str, Even))

# isinstance with exceptions hierarchy
e = KeyError("k")
print(isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnicodeDecodeError, ValueError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(IndentationError, SyntaxError), issubclass(GeneratorExit, Exception))
