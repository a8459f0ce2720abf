print("importing")
import _mod_util
print(_mod_util.square(7), _mod_util.PI_ISH, _mod_util.Greeter("x").greet())
print(_mod_util.__name__, _mod_util.__doc__, type(_mod_util).__name__)

from _mod_util import square, Greeter as G
print(square(3), G("y").greet(), G.__name__, G.__module__)

import _mod_util as u
print(u is _mod_util, u.bump(), u.bump(), _mod_util.counter)

from _mod_util import counter
u.bump()
print("copied binding:", counter, "module attribute:", u.counter)

import math, _mod_util as again
print(again is u, math.sqrt(16))

from math import (sqrt,
                  floor as fl)
print(sqrt(9), fl(2.7))

# import inside a function binds a local name
def local_import():
    import string
    return string.digits
print(local_import(), "string" in globals())

# Module attributes can be added and removed
u.new_attr = "added"
print(_mod_util.new_attr)
del u.new_attr
print(hasattr(_mod_util, "new_attr"))

# dir() of module (public names)
print([n for n in dir(_mod_util) if not n.startswith("_")])

# Modules are hashable and comparable by identity
print({_mod_util: 1}[u], _mod_util == u)

# Module repr mentions the name (the path part is not printed)
print(repr(_mod_util).startswith("<module '_mod_util' from "))
