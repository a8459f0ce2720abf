words = ["a", "bb", "cc"]
lengths = {len(w) for w in words}
index = {w: i for i, w in enumerate(words)}
def f(items):
    seen = {i for i in items}
    inverse = {v: k for k, v in index.items() if v in seen}
    return inverse
nested = {k: {v for v in range(k)} for k in range(3)}
