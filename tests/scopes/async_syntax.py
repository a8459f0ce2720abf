import asyncio
async def fetch(url):
    await asyncio.sleep(0)
    return url
async def main(urls):
    results = []
    async for item in agen(urls):
        results.append(item)
    async with lock as held:
        pass
    got = await fetch(urls[0])
    comp = [await fetch(u) for u in urls]
    acomp = [x async for x in agen(urls)]
    return results, held, got, comp, acomp
async def agen(items):
    for i in items:
        yield i
