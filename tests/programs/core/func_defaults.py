def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(x=next_id()):  # default evaluated once, at def time
    return x
print(make(), make(), make(7), counter)
def show(a, b=2, *, c=3):
    return (a, b, c)
print(show(1), show(1, 5), show(1, c=9), show(1, 5, c=9))
print(show.__defaults__, show.__kwdefaults__, greet.__defaults__)
base = 10
def uses_base(x=base):
    return x
base = 20
print(uses_base())
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default(), none_default([0]))
def f(a, b=[], c={}, d=()):
    b.append(a)
    c[a] = len(b)
    return b, c, d
print(f(1))
print(f(2))
print(f(3, []))
print(f.__defaults__)
def g(x, y=None, z=0.5):
    return x if y is None else x + y + z
print(g(1), g(1, 2), g(1, 2, 3))
