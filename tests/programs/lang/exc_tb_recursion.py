# Identical consecutive frames are collapsed after the third repetition.
def countdown(n):
    if n == 0:
        raise ValueError("reached zero")
    return countdown(n - 1)

def outer():
    return countdown(12)

print("start")
outer()
