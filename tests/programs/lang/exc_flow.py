def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "other":
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
    print("escaped", e)

# finally overrides return
def f1():
    try:
        return "try"
    finally:
        print("  finally in f1")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    try:
        raise ValueError
    finally:
        return "swallowed by return"
print(f1(), f2(), f3())

# break / continue in finally
def f4():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            if i == 1:
                continue
    return out
print(f4())

# return value evaluated before finally
def f5():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(f5())

# except with tuple and bare except
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except:
        return "bare"
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, SystemExit]:
    print(classify(exc))

# Handler order: first matching wins
try:
    raise KeyError("x")
except Exception:
    print("Exception first")
except KeyError:
    print("never")

# Exception in else is not caught by the same try's handlers
try:
    try:
        pass
    except ValueError:
        print("no")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer caught", e)

# Nested try in loops with break
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("finally", i)

# Exception in except handler
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally still runs")
except TypeError as e:
    print("got", e)

# Re-raise with bare raise preserves exception
def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)

# while/else and for/else with exceptions
for x in []:
    pass
else:
    print("for-else ran")
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while-else ran", n)
for x in range(3):
    if x == 1:
        break
else:
    print("not printed")
print("loop broke at", x)

# except* requires ExceptionGroup
try:
    raise ExceptionGroup("group", [ValueError("a"), KeyError("b")])
except* ValueError as eg:
    print("caught ValueErrors", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("caught KeyErrors", [repr(e) for e in eg.exceptions])
