print("  [b: start]")
import _mod_circ_a
B_VALUE = "from b"
print("  [b: a has A_VALUE yet?", hasattr(_mod_circ_a, "A_VALUE"), "]")

def use_a():
    return "b sees " + _mod_circ_a.A_VALUE
print("  [b: end]")
