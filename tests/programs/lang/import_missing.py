try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import nosuchmod.sub
except ImportError as e:
    print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))
try:
    from nosuchmod import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import nosuchname
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _mod_util.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__("also_missing")
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))

# Optional dependency pattern
try:
    import fancy_optional_lib as fast
except ImportError:
    fast = None
print("fallback" if fast is None else "fast")
