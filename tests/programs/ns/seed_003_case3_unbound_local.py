# seed 003 example 3: an assignment anywhere in the function makes the name local
var = 4
def foo(x):
    print(var)
    var = 1
try:
    foo(1)
except UnboundLocalError as e:
    print(type(e).__name__, e)
# the same code as a class body reads the global (LOAD_NAME)
class Foo:
    print(var)
    var = 1
    print(var)
print(var, Foo.var)
# and as exec'd code with separate dicts
l = {}
exec("print(var)\nvar = 1\nprint(var)", {'var': 4}, l)
print(l)
