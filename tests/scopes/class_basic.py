class Point:
    dims = 2
    origin = None
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def scaled(self, k):
        return Point(self.x * k, self.y * k)
    size = dims * 2
p = Point(1, 2)
