def invariant(stack):
    assert len(stack) <= 3, "stack too deep: " + str(stack)
def push(stack, v):
    stack.append(v)
    invariant(stack)
def run():
    s = []
    for i in range(5):
        push(s, i)
        print("pushed", i)
run()
