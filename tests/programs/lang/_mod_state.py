items = []
config = {"debug": False}
level = 1

def add(x):
    items.append(x)
    return len(items)

def set_level(n):
    global level
    level = n

def get_level():
    return level
