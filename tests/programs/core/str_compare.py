# lexicographic code-point comparison
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("a", "ab"), ("ab", "a"), ("", "a"),
         ("Z", "a"), ("apple", "apricot"), ("é", "z"), ("😀", "é"), ("abc", "abd"),
         ("10", "9"), ("A", "a")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print(sorted(["banana", "Apple", "cherry", "apple", "éclair", "Zebra", "1abc", ""]))
print(max("abc", "abd", "ab"), min(["xyz", "xy", "x"]))
print(max("hello"), min("hello"))
print("a" == "a", "a" != "b", "abc" == "ab" + "c")
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < "a"
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1, "a" != 1)
