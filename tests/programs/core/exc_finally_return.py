def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
print(swallow())
def finally_runs_after_return():
    log = []
    def inner():
        try:
            log.append("try")
            return "value"
        finally:
            log.append("finally")
    r = inner()
    return r, log
print(finally_runs_after_return())
def return_value_computed_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_computed_before_finally())
def rebinding_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebinding_in_finally())
def except_return_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("finally before except's return completes")
print(except_return_then_finally())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def finally_raise_replaces_return():
    try:
        return 1
    finally:
        raise RuntimeError("from finally")
try:
    finally_raise_replaces_return()
except RuntimeError as e:
    print(type(e).__name__, e)
