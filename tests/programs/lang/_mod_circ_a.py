print("  [a: start]")
import _mod_circ_b
A_VALUE = "from a"

def use_b():
    return "a sees " + _mod_circ_b.B_VALUE
print("  [a: end]")
