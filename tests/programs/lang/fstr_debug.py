x = 10
name = "Ann"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }")
print(f"{x =}")
print(f"{x*2=}")
print(f"{x * 2 = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=!r}")
print(f"{name=:>6}")
print(f"{name = :*^9}")
print(f"{x=:#x}")
print(f"{3.14159=:.2f}")
print(f"{items=} {len(items)=} {items[0]=}")
print(f"{'literal'=}")
print(f"{None=} {True=}")
print(f"{x if x > 5 else 0=}")
def f(a, b=2):
    return a * b
print(f"{f(3)=} {f(3, b=4)=}")
class P:
    v = 7
print(f"{P.v=} {P().v + 1=}")
print(f"{name.upper()=}")
print(f"{x=!a}")
d = {"key": "val"}
print(f"{d['key']=}")
print(f"{ x = }")
