x = "global"
class C:
    x = "class"
    y = x
    def method(self):
        return x, y
    def uses_class(self):
        return C.x, self.y
    items = [x for _ in range(2)]
    lam = lambda self: x
