# each frame has its own proxy and extras, also in recursion
import sys
def rec(n):
    fl = sys._getframe().f_locals
    fl['depth_marker'] = n
    if n > 0:
        below = rec(n - 1)
    else:
        below = []
    return below + [(n, locals()['depth_marker'], fl['n'])]
print(rec(4))
# modifying the caller's locals at each level
def rec2(n, acc):
    if n == 0:
        sys._getframe(1).f_locals['acc'] = 'replaced in caller'
        return acc
    r = rec2(n - 1, acc + [n])
    return (acc, r)
print(rec2(3, []))
# a deep chain of frames reading f_back.f_locals
def chain(n):
    token = 'level ' + str(n)
    if n == 0:
        out = []
        fr = sys._getframe()
        while fr.f_code.co_name == 'chain':
            out.append(fr.f_locals['token'])
            fr = fr.f_back
        return out
    return chain(n - 1)
print(chain(5))
# mutual recursion writing through the other function's frame
def ping(n):
    count = 0
    if n:
        pong(n - 1)
    return count
def pong(n):
    sys._getframe(1).f_locals['count'] += 1
    if n:
        ping(n - 1)
print(ping(9))
# recursion of 500 levels each writing their parent's local
def deep(n):
    mark = 0
    if n:
        deep(n - 1)
    if n < 500:
        sys._getframe(1).f_locals['mark'] = n + 1
    return mark
print(deep(500))
