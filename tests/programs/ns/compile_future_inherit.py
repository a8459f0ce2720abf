from __future__ import annotations
# compile() inherits the caller's future flags unless dont_inherit=True
src = "def f(x: int) -> str:\n    pass\nann = f.__annotations__\n"
ns1 = {}
exec(compile(src, "<inherit>", "exec"), ns1)
print(ns1['ann'], {k: type(v).__name__ for k, v in ns1['ann'].items()})
ns2 = {}
exec(compile(src, "<noinherit>", "exec", dont_inherit=True), ns2)
print({k: type(v).__name__ for k, v in ns2['ann'].items()})
# exec of a string also inherits
ns3 = {}
exec(src, ns3)
print(ns3['ann'])
# eval too
print(eval("(lambda: 0).__annotations__"))
# the module's own annotations are strings
def g(a: undefined_type) -> also_undefined:
    pass
print(g.__annotations__)
class C:
    attr: NotDefinedEither
print(C.__annotations__)
# with the future import, annotations in exec'd module code are strings and not evaluated
ns4 = {}
exec("v: missing_name = 1", ns4)
print(ns4['__annotations__'], ns4['v'])
ns5 = {}
try:
    exec(compile("v: missing_name = 1", "<x>", "exec", dont_inherit=True), ns5)
except NameError as e:
    print(type(e).__name__, e)
