# names free in a class body look in the class namespace first, then the enclosing cell
x = 'global x'
def f():
    x = 'function x'
    class C:
        seen = x
    return C.seen
print(f())
def g():
    x = 'function x'
    class C:
        x = x
    return C.x
print(g())
def h():
    x = 'function x'
    class C:
        y = x
        x = 'class x'
        z = x
    return C.y, C.z
print(h())
# free name with a value injected into the class namespace
def inject():
    v = 'cell v'
    class C:
        before = v
        locals()['v'] = 'namespace v'
        after = v
    return C.before, C.after, v
print(inject())
# __prepare__ provides the name: the namespace wins over the cell
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'w': 'prepared w'}
def prepared():
    w = 'cell w'
    class C(metaclass=Meta):
        seen = w
    return C.seen
print(prepared())
# deleting the class-level name after it shadowed the cell
def delete_case():
    u = 'cell u'
    class C:
        locals()['u'] = 'ns u'
        first = u
        del locals()['u']
        second = u
    return C.first, C.second
print(delete_case())
# an unbound cell read from the class body
def unbound():
    class C:
        try:
            val = late
        except NameError as e:
            val = type(e).__name__ + ': ' + str(e)
    late = 'bound later'
    return C.val
print(unbound())
# methods of a class inside a function see the function's cells, not the class names
def methods():
    z = 'cell z'
    class C:
        z = 'class z'
        def m(self):
            return z
    return C().m(), C.z
print(methods())
# nested functions and classes
def deep():
    a = 'deep a'
    class Outer:
        a = 'Outer a'
        class Inner:
            got = a
        def m(self):
            return a
    return Outer.Inner.got, Outer().m()
print(deep())
