"""Utility helper module for import tests."""
print("  [_mod_util executing, __name__ =", __name__ + "]")

PI_ISH = 3.14
counter = 0
_private = "hidden"

def square(x):
    return x * x

def bump():
    global counter
    counter += 1
    return counter

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hello " + self.name

if __name__ == "__main__":
    print("  _mod_util run as main (should not happen on import)")
