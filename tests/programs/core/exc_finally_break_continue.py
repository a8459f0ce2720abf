def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break  # discards the exception
    return "after loop", i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            out.append("f" + str(i))
            continue
    return out
print(continue_in_finally())
def break_in_try():
    log = []
    for i in range(5):
        try:
            if i == 2:
                break
            log.append(i)
        finally:
            log.append("fin")
    return log
print(break_in_try())
def continue_in_try():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(i)
        finally:
            log.append("fin" + str(i))
    return log
print(continue_in_try())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n == 3:
                print("finally on return from while")
print(while_finally())
def return_in_loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(return_in_loop_finally())
