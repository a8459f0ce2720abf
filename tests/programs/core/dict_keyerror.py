d = {"a": 1, 2: "two"}
for key in ["x", 1, (1, 2), None, 2.5, "it's", "", -7, 2 ** 70, (), ("a",), True]:
    try:
        print(d[key])
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del", type(e).__name__, e)
try:
    d.pop(3)
except KeyError as e:
    print("pop", type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(KeyError("x"), LookupError), str(KeyError("a")), str(KeyError()), str(KeyError("a", "b")))
