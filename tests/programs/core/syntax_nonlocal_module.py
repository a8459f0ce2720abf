print("never executed")
nonlocal x
x = 1
