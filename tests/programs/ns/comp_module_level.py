# comprehensions at module level
import sys
items = [1, 2, 3]
factor = 10
print([i * factor for i in items])
print('i' in globals())
i = 'module i'
print([i for i in range(2)], i)
# a module-level comprehension reads globals that change during iteration
def bump(v):
    global factor
    factor += 1
    return v
print([bump(v) * factor for v in items])
# nested comprehension at module level
print([[a * b for b in range(3)] for a in range(3)])
# iteration variable name equal to a builtin
print([len for len in range(3)], len('abc'))
# walrus at module level inside a comprehension creates a global
print([w := v for v in 'xy'], w, 'w' in globals())
# module-level comprehension in a hot loop
tot = 0
for n in range(500):
    tot += sum([q for q in range(10)])
print(tot, n)
try:
    q
except NameError as e:
    print(type(e).__name__, e)
# the module-level comprehension sees names added to globals() while it runs
def add_name(v):
    globals()['added_' + str(v)] = v
    return v
print([add_name(v) + globals().get('added_' + str(v), 0) for v in range(3)])
# the frame inside a module-level comprehension is the module frame
print([sys._getframe().f_code.co_name for _ in range(1)])
# but its f_locals is not the module namespace: it is a dict of the comprehension's variables
print([sys._getframe().f_locals is globals() for _ in range(1)])
print([sorted(sys._getframe().f_locals) for _ in range(1)])
