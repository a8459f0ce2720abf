# Class bodies run in the name tier against the class namespace; methods
# using super() or __class__ reach the class through a cell; a class nested
# in a function reads the function's variables through the class dict, then
# the cell.
class Base:
    def hello(self):
        return 'base'

class Child(Base):
    greeting = 'hi'
    def hello(self):
        return super().hello() + '/' + self.greeting
    def cls(self):
        return __class__.__name__

c = Child()
print(c.hello(), c.cls())

def make(tag):
    label = tag.upper()
    class Tagged:
        name = label
        def show(self):
            return label + tag
    return Tagged
t = make('x')
print(t.name, t().show())
