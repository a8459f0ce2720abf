import string
print(string.ascii_letters)
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits)
print(string.hexdigits)
print(string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(len(string.printable), len(string.punctuation), len(string.ascii_letters))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b c-d", "-"))

# Using constants for classification
text = "Hello, World! 123 #tag"
print(sum(c in string.punctuation for c in text), "".join(c for c in text if c in string.ascii_letters))
print([c for c in text if c in string.digits], text.translate(str.maketrans("", "", string.punctuation)))

# Template strings
t = string.Template("$who likes ${what}!")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
print(string.Template("$$ costs $amt").substitute(amt=5))

# Caesar with ascii_lowercase and maketrans
shift = 13
lower = string.ascii_lowercase
upper = string.ascii_uppercase
rot = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
print("Hello, World!".translate(rot), "Uryyb, Jbeyq!".translate(rot))

# Base conversion with digits + letters
def to_base(n, b):
    chars = string.digits + string.ascii_lowercase
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = chars[r] + out
    return "-" * neg + out
print(to_base(255, 16), to_base(255, 2), to_base(-35, 36), to_base(10 ** 20, 36), int(to_base(10 ** 20, 36), 36) == 10 ** 20)
