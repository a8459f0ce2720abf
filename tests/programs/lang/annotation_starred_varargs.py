class Ts:
    def __iter__(self):
        return iter(["unpacked Ts"])


Ts = Ts()


def f(*args: *Ts):
    pass


print(f.__annotations__)


def g(*args: *[1]):
    pass


print(g.__annotations__)
try:
    def h(*args: *[1, 2]):
        pass
except ValueError as e:
    print("ValueError:", e)
