# proxies of frames that have finished executing
import sys
def failing():
    local_a = 'a'
    local_b = [1, 2]
    raise ValueError('fail')
try:
    failing()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    fr = tb.tb_frame
print(fr.f_code.co_name, type(fr.f_locals).__name__)
print(sorted(fr.f_locals.items()))
fr.f_locals['local_a'] = 'changed after death'
print(fr.f_locals['local_a'])
fr.f_locals['extra'] = 1
print(sorted(fr.f_locals))
print(fr.f_back is None or fr.f_back.f_code.co_name)
print(type(fr.f_lineno).__name__, fr.f_lineno > 0)
# a frame returned from the function itself
def keep():
    x = 1
    frame = sys._getframe()
    x = 2
    return frame
kf = keep()
print(kf.f_locals['x'], sorted(kf.f_locals))
# the proxy obtained during the call and kept
def keep_proxy():
    y = 'during'
    p = sys._getframe().f_locals
    y = 'at return'
    return p
p = keep_proxy()
print(p['y'], len(p), 'p' in p)
# repr and str of the proxy
def show():
    a = 1
    b = 'two'
    fl = sys._getframe().f_locals
    r = repr(fl)
    return r
print(show())
def show_empty():
    return repr(sys._getframe().f_locals)
print(show_empty())
