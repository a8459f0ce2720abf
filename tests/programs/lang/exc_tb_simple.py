# Uncaught exception from nested calls: the traceback lists every frame.

def level3(d):
    return d["missing"]

def level2(d):
    return level3(d)

def level1():
    print("about to fail")
    return level2({"present": 1})

level1()
print("never printed")
