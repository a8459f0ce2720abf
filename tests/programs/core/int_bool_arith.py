# bool is a subclass of int; arithmetic on bools gives ints
print(True + True, True - False, True * 10, False * 10)
print(True / 2, True // 2, True % 2, -True, ~True, ~False)
print(type(True + True).__name__, type(True & True).__name__, type(True | 0).__name__)
print(True & False, True | False, True ^ True, False ^ True)
print(True == 1, False == 0, True == 1.0, 1 == True)
print(sum([True, True, False, True]))
print(True ** 10, 2 ** True, 2 ** False)
print(int(True), int(False), float(True), str(True), repr(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('a'), bool([]), bool([0]))
print(bool(None), bool({}), bool({0: 0}), bool(()), bool((0,)), bool(range(0)))
print(isinstance(True, int), isinstance(1, bool), type(True) is bool)
print(True and 3, False and 3, 0 or 'x', 5 or 6, None or 0, not 0, not 'a')
print(max(True, 2), min(False, -1), abs(True), abs(-True))
print(True << 3, True >> 1, 5 + True)
print([10, 20][True], [10, 20][False])
print(divmod(True, True))
try:
    print(True / False)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
# None
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, None == False)
x = None
print(x is None, x is not None)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
def nothing():
    pass
print(nothing())
