data = [1, 2, 3]
squares = [x * x for x in data]
evens = [x for x in data if x % 2 == 0]
pairs = [(x, y) for x in data for y in "ab"]
print(squares, evens, pairs)
