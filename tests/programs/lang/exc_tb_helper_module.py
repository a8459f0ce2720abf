# The failing frame lives in a helper module next to this test.
from _mod_raiser import Loader

good = Loader(["ann,31", "bob,42"]).load()
print(good)
Loader(["cid,7", "dan,seven"]).load()
