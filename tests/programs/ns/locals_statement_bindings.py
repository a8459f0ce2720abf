# every binding statement shows up in locals()
def f():
    import sys as imported
    from sys import maxsize as ms
    def fn():
        pass
    class Cls:
        pass
    for loop_var in range(1):
        pass
    with Ctx() as ctx_var:
        pass
    try:
        raise ValueError
    except ValueError as exc_var:
        kept = 'exc_var' in locals()
    (walrus_var := 5)
    a, (b, *c) = 1, (2, 3, 4)
    match {'k': 1}:
        case {'k': matched}:
            pass
    x: int = 1
    y: int
    return sorted(locals()), kept
class Ctx:
    def __enter__(self):
        return 'ctx'
    def __exit__(self, *a):
        return False
print(f())
# the same statements at class level end up in the class namespace
class K:
    import sys as imported
    for loop_var in range(1):
        pass
    (walrus_var := 5)
    x: int = 1
    y: int
    try:
        raise ValueError
    except ValueError as exc_var:
        pass
print(sorted(k for k in vars(K) if not k.startswith('__')))
# and at module level of exec'd code
ns = {}
exec('''
import sys as imported
for loop_var in range(1):
    pass
(walrus_var := 5)
x: int = 1
y: int
try:
    raise ValueError
except ValueError as exc_var:
    pass
''', {}, ns)
print(sorted(ns))
