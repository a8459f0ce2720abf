import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log(1, 1)", lambda: math.log(1, 1)),
    ("log10(0)", lambda: math.log10(0)),
    ("log2(-4)", lambda: math.log2(-4)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-2)", lambda: math.asin(-2)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("acosh(0)", lambda: math.acosh(0)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-1, 0.5)", lambda: math.pow(-1, 0.5)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-1)", lambda: math.gamma(-1)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("ldexp(1, 10000)", lambda: math.ldexp(1, 10000)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("sqrt()", lambda: math.sqrt()),
    ("log(0.0)", lambda: math.log(0.0)),
    ("sin(inf)", lambda: math.sin(math.inf)),
    ("fsum([inf, -inf])", lambda: math.fsum([math.inf, -math.inf])),
    ("log(10**1000)", lambda: math.log(10 ** 1000)),
    ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__, e)

# nan propagation without errors
print(math.sqrt(math.nan), math.exp(math.nan), math.isnan(math.sin(math.nan)), math.log(math.inf), math.exp(-math.inf))
print(math.atan(math.inf), math.tanh(math.inf), math.hypot(math.inf, math.nan), math.copysign(1, math.nan) in (1.0, -1.0))
print(math.inf - math.inf, math.inf * 0, 0 * math.nan, math.inf / math.inf, min(math.inf, 3), max(-math.inf, -3))
