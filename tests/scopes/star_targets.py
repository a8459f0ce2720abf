first, *rest = [1, 2, 3]
*init, tail = "abc"
def f(seq):
    head, *mid, end = seq
    [p, *q] = seq
    (r, *s), t = seq, 1
    return head, mid, end, p, q, r, s, t
def g(*args, **kwargs):
    return [*args, *kwargs]
