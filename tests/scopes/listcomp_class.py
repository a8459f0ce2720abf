factor = 2
class C:
    values = [1, 2, 3]
    factor = 10
    doubled = [v * factor for v in values]
    table = {v: v for v in range(3)}
    uniq = {v % 2 for v in values}
    def method(self):
        return [v for v in self.values]
