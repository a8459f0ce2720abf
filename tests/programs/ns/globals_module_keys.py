# the standard entries of a module namespace
import sys
keys = list(globals())
print(keys[:8])
print(__name__, __doc__, __package__, __spec__)
print(type(__loader__).__name__)
print(isinstance(__file__, str), __file__.endswith('globals_module_keys.py'))
print('__cached__' in globals(), '__annotations__' in globals())
# a module docstring would be __doc__; here there is none (a comment is not a docstring)
# names defined later are appended in order
first_defined = 1
second_defined = 2
print(list(globals())[-3:])
# deleting and re-adding moves a key to the end
del first_defined
first_defined = 1
print(list(globals())[-3:])
# the main module in sys.modules
print(sys.modules['__main__'].__dict__ is globals())
# exec'd code namespaces start nearly empty
ns = {}
exec("inner_keys = list(globals())", ns)
print(ns['inner_keys'])
ns2 = {'__name__': 'custom'}
exec("name_seen = __name__", ns2)
print(ns2['name_seen'])
exec("try:\n    name_seen2 = __name__\nexcept NameError as e:\n    name_seen2 = str(e)", ns)
print(ns['name_seen2'])
