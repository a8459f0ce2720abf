import sys
print("_mod_counter" in sys.modules)
import _mod_counter
print("_mod_counter" in sys.modules, _mod_counter.loads)
import _mod_counter
import _mod_counter as c2
from _mod_counter import value
print(_mod_counter.loads, c2 is _mod_counter, value)
print(sys.modules["_mod_counter"] is _mod_counter)

# Changing module state is seen by every importer
_mod_counter.value = 200
from _mod_counter import value as v2
print(value, v2)

# __import__ returns the cached module
m = __import__("_mod_counter")
print(m is _mod_counter)

# Removing from sys.modules forces a re-execution on next import
del sys.modules["_mod_counter"]
import _mod_counter as fresh
print(fresh is c2, fresh.value, c2.value)

# Placing any object in sys.modules makes it importable
class Fake:
    answer = 42
sys.modules["_fake_mod"] = Fake()
import _fake_mod
print(_fake_mod.answer, type(_fake_mod).__name__)
from _fake_mod import answer
print(answer)

# Shared state module
import _mod_state
from _mod_state import add, items, set_level, get_level, level
add(1)
add(2)
print(items, _mod_state.items is items)
set_level(5)
print(level, get_level(), _mod_state.level)
