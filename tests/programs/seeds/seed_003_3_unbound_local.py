# Seed 003, example 3: assignment anywhere in a function makes the name local everywhere in it.
var = 0
def func():
    print(var)
    var = 1

try:
    func()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)

# the same shape in a class body falls back to the global instead
class K:
    print(var)
    var = 1
print(var, K.var)
