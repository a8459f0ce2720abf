def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError("no entry for %s" % key) from None

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
