counter = 0
def inc():
    global counter
    counter += 1
def create():
    global created, also
    created = 1
def read_only():
    global counter
    return counter
def global_unassigned_at_module():
    global never_defined_at_module
    never_defined_at_module = 5
class C:
    global counter
    counter = 100
