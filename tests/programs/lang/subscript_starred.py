class T:
    def __class_getitem__(cls, k):
        return k
b = [1, 2]
print(T[*b])
print(T[*b, 3])
d = {}
d[*b,] = 5
print(d)
print(T[*()])
d[*b] = 6
print(d)
del d[*b]
print(d)
