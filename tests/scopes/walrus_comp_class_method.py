class C:
    data = [1, 2, 3]
    def method(self):
        found = [m for v in self.data if (m := v) > 1]
        return m, found
    def nested(self):
        def helper():
            return [(q := v) for v in range(3)]
        res = helper()
        return res
    @staticmethod
    def static(items):
        return [(s := i) for i in items], s
