# `except E as e` unbinds e at the end of the handler, even in hot loops.
def main(n):
    e = "before"
    caught = 0
    for i in range(n):
        try:
            if i % 100 == 0:
                raise ValueError(i)
        except ValueError as e:
            caught += e.args[0]
    try:
        print(e)
    except UnboundLocalError as err:
        print("unbound:", err, caught)

def never_raised(n):
    e = 7
    for i in range(n):
        try:
            pass
        except ValueError as e:
            pass
    return e

main(3000)
print(never_raised(3000))
