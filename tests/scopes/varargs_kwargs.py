def f(*args, **kwargs):
    return args, kwargs
def g(first, *rest, sep=" ", **options):
    def inner():
        return rest, options
    return inner
def h(**kw):
    args = kw
    return args
