d = {"s": "it's", 'q': 'say "x"', 1: [1, (2,)], (1,): {"in": None}, 2.5: -0.0, None: True}
print(d)
print(repr(d) == str(d))
print({"a": {"b": {"c": {}}}}, {0: []}, {"": ""})
big = {i: str(i) * i for i in range(1, 5)}
print(big)
print([{"a": 1}, {"b": [2, {"c": 3}]}])
print({"nl": "\n", "tab": "\t", "uni": "é😀"})
e = {}
e["me"] = e
print(e)
