class C:
    items = [1, 2, 3]
    limit = 2
    # the first iterable is evaluated in the class scope; 'limit' inside is a global lookup
    small = [i for i in items if i < limit]
    pairs = [(i, j) for i in items for j in items]
    gen = list(i for i in items)
