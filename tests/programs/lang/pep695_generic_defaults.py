# Generic functions whose defaults are evaluated outside the type-parameter
# scope and passed into it (with and without keyword-only defaults).
def plain[T](x: T) -> T:
    return x


def with_defaults[T](a=1, b="two", *, c=None):
    return a, b, c


def kw_only[T](*, k=[1, 2]):
    return k


def no_kwdefaults[T](a=3, *, k):
    return a, k


def outer():
    x = 10

    def inner[U: x](y=x, *, z=x + 1):
        return y, z

    x = 20
    return inner


print(plain(5), with_defaults(), with_defaults(4, c=5), kw_only(), no_kwdefaults(k=0))
print(with_defaults.__defaults__, with_defaults.__kwdefaults__, kw_only.__kwdefaults__)
f = outer()
print(f(), f.__type_params__[0].__bound__, f.__defaults__, f.__kwdefaults__)


class K:
    def method[T](self, v=7, *, w=8):
        return v, w


print(K().method(), K.method.__type_params__)
