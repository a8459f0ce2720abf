# float floor division / modulo with all sign combinations
pairs = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (7.5, 2), (-7.5, 2),
         (7, 2.5), (-7, 2.5), (7, -2.5), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0),
         (1.0, 0.1), (-1.0, 0.1), (5.5, 5.5), (-5.5, 5.5), (1e20, 3.0), (0.3, 0.1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
inf = float("inf")
print(5.0 // inf, -5.0 // inf, 5.0 % inf, -5.0 % inf, 5.0 % -inf, -5.0 % -inf)
print(inf % 2.0, inf // 2.0)
print(type(7 // 2.0).__name__, type(7.0 % 2).__name__)
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(6.0 % 3.0, -6.0 % 3.0, 6.0 % -3.0)
