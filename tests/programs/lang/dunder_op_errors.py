class A: pass
class B: pass

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except TypeError as e:
        print(label, type(e).__name__, e)

a, b = A(), B()
five = 5
attempt("A+int", lambda: a + 1)
attempt("int+A", lambda: 1 + a)
attempt("A-B", lambda: a - b)
attempt("A*str", lambda: a * "s")
attempt("A/A", lambda: a / a)
attempt("A//1", lambda: a // 1)
attempt("A%1", lambda: a % 1)
attempt("A**2", lambda: a ** 2)
attempt("pow3", lambda: pow(a, 2, 3))
attempt("A@A", lambda: a @ a)
attempt("A<<1", lambda: a << 1)
attempt("A&1", lambda: a & 1)
attempt("A|1", lambda: a | 1)
attempt("A^1", lambda: a ^ 1)
attempt("-A", lambda: -a)
attempt("+A", lambda: +a)
attempt("~A", lambda: ~a)
attempt("abs", lambda: abs(a))
attempt("A<B", lambda: a < b)
attempt("A<=B", lambda: a <= b)
attempt("A>B", lambda: a > b)
attempt("A>=1", lambda: a >= 1)
attempt("divmod", lambda: divmod(a, 1))
attempt("str+int", lambda: "a" + 1)
attempt("int+str", lambda: 1 + "a")
attempt("list+tuple", lambda: [1] + (2,))
attempt("str*str", lambda: "a" * "b")
attempt("str*float", lambda: "a" * 1.5)
attempt("list*list", lambda: [1] * [2])
attempt("None+1", lambda: None + 1)
attempt("-str", lambda: -"a")
attempt("~float", lambda: ~1.5)
attempt("dict|list", lambda: {} | [])
attempt("set+set", lambda: {1} + {2})
attempt("str-str", lambda: "a" - "b")
attempt("float%str", lambda: 1.5 % "x")
attempt("int<<float", lambda: 1 << 1.0)
attempt("bytes+str", lambda: b"a" + "b")

def aug(label):
    x = A()
    try:
        x += 1
    except TypeError as e:
        print(label, type(e).__name__, e)
    try:
        x *= 2
    except TypeError as e:
        print(label, type(e).__name__, e)
    y = 1
    try:
        y -= "s"
    except TypeError as e:
        print(label, type(e).__name__, e)
    try:
        y **= x
    except TypeError as e:
        print(label, type(e).__name__, e)
aug("aug")

# Calling non-callables, subscripting non-subscriptables
attempt("call int", lambda: five())
attempt("call A", lambda: a())
attempt("subscript int", lambda: five[0])
attempt("subscript A", lambda: a[0])
attempt("len A", lambda: len(a))
attempt("len int", lambda: len(5))
attempt("iter A", lambda: iter(a))
attempt("in A", lambda: 1 in a)
attempt("in int", lambda: 1 in 5)
attempt("hash list", lambda: hash([]))
attempt("int(A)", lambda: int(a))
attempt("float(A)", lambda: float(a))
