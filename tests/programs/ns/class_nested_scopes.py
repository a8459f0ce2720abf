# nested class bodies do not form enclosing scopes for each other
x = 'x in module'
log = []
class A:
    log.append('A: ' + x)
    x = 'x in class A'
    log.append('A: ' + x)
    class B:
        log.append('B: ' + x)
        x = 'x in class B'
        log.append('B: ' + x)
        def f(self):
            log.append('f: ' + x)
            self.x = 'self.x in f'
            log.append('f self.x: ' + self.x)
A.B().f()
for line in log:
    print(line)
# a class nested in a method: the method's locals are visible, the outer class's are not
class Outer:
    attr = 'Outer attr'
    def method(self):
        local = 'method local'
        class Inner:
            got_local = local
            try:
                got_attr = attr
            except NameError as e:
                got_attr = str(e)
        return Inner
I = Outer().method()
print(I.got_local, I.got_attr)
# a function nested in a class nested in a function
def maker():
    depth = 'maker depth'
    class K:
        depth = 'K depth'
        def get(self):
            return depth
        class L:
            def get(self):
                return depth
    return K().get(), K.L().get()
print(maker())
# nested class names are only attributes, not names
class P:
    class Q:
        pass
    try:
        ref = Q
    except NameError as e:
        ref = str(e)
    def m(self):
        try:
            return Q
        except NameError as e:
            return str(e)
print(P.ref.__name__, P().m())
