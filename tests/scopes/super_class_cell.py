class Base:
    def greet(self):
        return "base"
class Child(Base):
    def greet(self):
        return super().greet() + "!"
    def plain(self):
        return 1
    def nested_super(self):
        def helper():
            return super(Child, self).greet()
        return helper()
    def lambda_super(self):
        return (lambda: super().greet())()
