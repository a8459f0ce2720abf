import random
random.seed(10)
print([round(random.gauss(0, 1), 10) for _ in range(6)])
random.seed(10)
print([round(random.normalvariate(100, 15), 8) for _ in range(4)])
random.seed(11)
print([round(random.expovariate(2.0), 10) for _ in range(4)])
random.seed(12)
print([round(random.triangular(0, 10, 3), 10) for _ in range(4)])
random.seed(15)
print([round(random.lognormvariate(0, 0.5), 10) for _ in range(3)])

# Mean of many uniforms is close to the midpoint
random.seed(20)
vals = [random.uniform(0, 1) for _ in range(2000)]
m = sum(vals) / len(vals)
print(round(m, 12), 0.45 < m < 0.55)

# Gauss with the same seed gives the same stream
random.seed(21)
g1 = [random.gauss(5, 2) for _ in range(3)]
random.seed(21)
g2 = [random.gauss(5, 2) for _ in range(3)]
print(g1 == g2)

# Negative and big-int seeds
random.seed(-5)
print(random.random())
random.seed(2 ** 100)
print(random.random())
