# List comprehensions are inlined (no frame of their own); generator expressions keep a frame.
def inverse_all(values):
    return [1 / v for v in values]

def total_inverse(values):
    return sum(1 / v for v in values)

print(inverse_all([1, 2, 4]))
try:
    inverse_all([1, 0])
except ZeroDivisionError as e:
    print("caught", e)
print(total_inverse([1, 2]))
total_inverse([5, 0])
