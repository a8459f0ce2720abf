print("importing a")
import _mod_circ_a
print("done importing")
print(_mod_circ_a.use_b())
print(_mod_circ_a._mod_circ_b.use_a())
import _mod_circ_b
print(_mod_circ_b._mod_circ_a is _mod_circ_a)

# from-import cycle fails while the first module is partially initialized
try:
    import _mod_cyc_x
except ImportError as e:
    print(type(e).__name__)
    print(e.name)
import sys
print("_mod_cyc_x" in sys.modules, "_mod_cyc_y" in sys.modules)
