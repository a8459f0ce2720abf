from _mod_all import *
print(exported, also_exported, _underscore_but_listed)
for name in ["not_exported", "_private"]:
    print(name, name in globals())

from _mod_noall import *
print(public_value, public_func(), PublicClass.__name__, math.floor(1.5))
for name in ["_private_value", "__dunder_value__", "_private_func", "_math_alias"]:
    print(name, name in globals())

# The names are still available through the module
import _mod_noall
print(_mod_noall._private_value, _mod_noall._private_func())

# import * only allowed at module level
try:
    exec("def f():\n    from math import *\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Importing a name the module does not define
try:
    exec("from _mod_all import nonexistent")
except ImportError as e:
    print(type(e).__name__, e.name)
