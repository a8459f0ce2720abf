import time
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
ns = time.time_ns()
total = 0
for i in range(10000):
    total += i
t2 = time.time()
m2 = time.monotonic()
p2 = time.perf_counter()
print(type(t1).__name__, type(m1).__name__, type(p1).__name__, type(ns).__name__)
print(t2 >= t1, m2 >= m1, p2 >= p1, t1 > 1e9, ns > 10 ** 18)
print(type(time.process_time()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
time.sleep(0)
time.sleep(0.001)
print(time.monotonic() >= m2)
lt = time.localtime(0)
print(type(lt).__name__, len(tuple(lt)), type(time.gmtime()).__name__)
g = time.gmtime(86400 * 365)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_yday, g.tm_wday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1000000000)))
print(type(time.ctime()).__name__, type(time.asctime(time.gmtime(0))).__name__, time.asctime(time.gmtime(0)))
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)

import timeit
r = timeit.timeit("sum(range(10))", number=10)
print(type(r).__name__, r >= 0)
r2 = timeit.timeit(lambda: [1, 2, 3].sort(), number=5)
print(type(r2).__name__, r2 >= 0)
rep = timeit.repeat("x = 1", number=3, repeat=2)
print(type(rep).__name__, len(rep), all(isinstance(v, float) for v in rep))
timer = timeit.Timer("a + b", setup="a = 1; b = 2")
print(type(timer.timeit(number=4)).__name__)
print(timeit.default_timer is time.perf_counter)
