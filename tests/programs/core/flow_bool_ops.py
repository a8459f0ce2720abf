# and/or return operands and short-circuit
log = []
def t(v):
    log.append(v)
    return v
print(t(1) and t(2), log)
log.clear()
print(t(0) and t(2), log)
log.clear()
print(t(0) or t("") or t("x") or t("y"), log)
log.clear()
print(t([]) or t(None), log)
print(not 1, not 0, not not "a", not None)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or "", None or [] or {})
x = 5
print(0 < x < 10, 0 < x > 3, 1 < 2 > 0 < 3, x == 5 == 5.0, 1 < 2 < 2)
log.clear()
print(t(3) < t(2) < t(1), log)
print(1 in [1] in [[1]], "a" < "b" != "c")
print(None is None, None is not None, x is x)
print((True and False) or (not False and True))
print([] == False, bool([]) == False, 0 == False, "" == False)
