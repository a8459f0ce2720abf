def level(n):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if n == 1:
                raise ValueError("inner")
            if n == 2:
                raise TypeError("to outer")
        except ValueError as e:
            log.append("inner except " + str(e))
            if n == 1:
                raise KeyError("from inner handler")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append("outer except KeyError " + str(e))
    except TypeError as e:
        log.append("outer except TypeError " + str(e))
    finally:
        log.append("outer finally")
    return log
for n in range(3):
    print(level(n))
def handler_inside_handler():
    try:
        raise ValueError("first")
    except ValueError as e1:
        try:
            raise TypeError("second")
        except TypeError as e2:
            return str(e1) + " / " + str(e2) + " / context=" + repr(e2.__context__)
print(handler_inside_handler())
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except IndexError as e:
    print("caught", e)
