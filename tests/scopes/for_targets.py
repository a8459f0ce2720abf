for i in range(3):
    pass
for k, v in {}.items():
    pass
def f(items):
    for idx, (a, b) in enumerate(items):
        last = idx
    for obj.attr in items:
        pass
    for lst[0] in items:
        pass
    else:
        done = True
    return last
async def g(stream):
    async for chunk in stream:
        pass
