def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return "click at %d,%d" % (x, y)
        case {"type": "key", "key": str(k), **rest} if rest:
            return "key %s with extras %r" % (k, rest)
        case {"type": "key", "key": k}:
            return "key %s" % k
        case {"type": t}:
            return "unknown event type %s" % t
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (3, 4, 5)},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# Mapping patterns ignore extra keys
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1}:
        print("matched with extra keys")

# **rest gets a new dict
d = {"x": 1, "y": 2, "z": 3}
match d:
    case {"x": xv, **others}:
        print(xv, others, others is d)

# Keys can be value patterns (dotted names) and literals of various types
class K:
    NAME = "name"
match {"name": "bob", 1: "one", None: "none", True: "t"}:
    case {K.NAME: n, 1: o, None: nn}:
        print(n, o, nn)

# Missing key: no match; get() not __getitem__ for defaultdict
from collections import defaultdict
dd = defaultdict(int, a=1)
match dd:
    case {"b": _}:
        print("should not match")
    case {"a": v}:
        print("defaultdict matched a =", v, dict(dd))

# Duplicate keys are a syntax error
try:
    compile("match x:\n case {'a': 1, 'a': 2}:\n  pass", "<t>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Nested mapping and sequence
config = {"servers": [{"host": "a", "port": 80}, {"host": "b", "port": 443}]}
match config:
    case {"servers": [{"host": h1}, {"host": h2, "port": 443 as p}]}:
        print(h1, h2, p)
