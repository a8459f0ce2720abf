def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "other":
            raise KeyError("k")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
try:
    run("other")
except KeyError as e:
    print("propagated", repr(e))
def try_finally_only(fail):
    out = []
    try:
        try:
            out.append(1)
            if fail:
                1 / 0
            out.append(2)
        finally:
            out.append("f")
    except ZeroDivisionError:
        out.append("outer caught")
    return out
print(try_finally_only(False), try_finally_only(True))
def try_except_else(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        return "div0"
    else:
        return "ok " + str(v)
print(try_except_else(2), try_except_else(0))
def multiple_handlers(v):
    try:
        return [1, 2][v] + {"a": 1}["b" if v == 0 else "a"]
    except IndexError as e:
        return "IndexError " + str(e)
    except KeyError as e:
        return "KeyError " + str(e)
    except TypeError as e:
        return "TypeError " + str(e)
print(multiple_handlers(0), multiple_handlers(1), multiple_handlers(5), multiple_handlers("x"))
def bare_except():
    try:
        undefined_thing
    except:
        return "bare caught"
print(bare_except())
def handler_order():
    try:
        raise KeyError("x")
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "KeyError never"
print(handler_order())
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "inner handler"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "outer: " + str(e)
print(else_raises())
