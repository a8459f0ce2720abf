# Reads of variables that are unbound for part of a hot loop.
def late_bind(n):
    t = 0
    miss = 0
    for i in range(n):
        try:
            t += y
        except UnboundLocalError:
            miss += 1
        if i == 1500:
            y = 7
    return t, miss

def del_rebind(n):
    t = 0
    miss = 0
    y = 1
    for i in range(n):
        try:
            t += y
        except UnboundLocalError as e:
            miss += 1
            msg = str(e)
        if i % 3 == 0:
            del y
        elif i % 3 == 2:
            y = i
    return t, miss, msg

def uncaught(n):
    for i in range(n):
        if i == 2500:
            del q
        q = i

print(late_bind(3000))
print(del_rebind(3000))
uncaught(3000)
