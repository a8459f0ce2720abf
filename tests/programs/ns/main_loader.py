# __main__.__loader__: the SourceFileLoader CPython gives a program run
# from a file (its class hierarchy, methods, equality, hash and errors).
print(type(__loader__).__name__, type(__loader__).__mro__, type(__loader__).__module__)
print(__loader__.name, __loader__.path.endswith("main_loader.py"), __loader__.get_filename() == __loader__.path)
print(__loader__.get_data(__loader__.path)[:5])
print(__loader__ == __loader__, hash(__loader__) == hash(__loader__.name) ^ hash(__loader__.path))
L = type(__loader__)
print(L("a", "b") == L("a", "b"), L("a", "b") == L("a", "c"), sorted(vars(L("a", "b")).items()))
print(L(fullname="x", path="y").path)
for call in [lambda: L("a"), lambda: L(), lambda: L("a", "b", "c"), lambda: L("a", path="b", fullname="c"), lambda: L("a", "b", zz=1),
             lambda: __loader__.get_data(), lambda: __loader__.get_filename(1, 2), lambda: __loader__.get_data("/nonexistent/q.py")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
class Sub(L):
    pass
print(Sub("s", "t").get_filename("s"), isinstance(Sub("a","b"), L))
