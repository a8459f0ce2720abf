import sys
print(sys.argv, type(sys.argv).__name__, len(sys.argv))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
print(sys.version_info[:2] == (3, 13), sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.version).__name__, sys.version.startswith("3.13"))
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__, __name__)
print(sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__, sys.byteorder in ("little", "big"))
print(type(sys.platform).__name__, sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon)
print(callable(sys.exit), callable(sys.getrecursionlimit), hasattr(sys, "stdin"))

# argv can be modified like any list
sys.argv.append("--extra")
print(sys.argv[1:])

# sys.path is mutable
before = len(sys.path)
sys.path.append("_tmp_not_a_real_dir")
print(len(sys.path) - before, sys.path[-1])
sys.path.pop()

# builtins module
import builtins
print(builtins.len is len, builtins.__name__, "print" in dir(builtins))
builtins.my_global_helper = lambda: "injected builtin"
print(my_global_helper())
del builtins.my_global_helper

# sys.intern returns an equal string
s = sys.intern("interned" + "_str")
print(s, s == "interned_str")

# sys.exc_info outside handler
print(sys.exc_info())
