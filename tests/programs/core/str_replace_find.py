s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"), s.replace("at", "og", 2), s.replace("x", "y"), s.replace("the", "THE", 0))
print("aaa".replace("a", "bb"), "aaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "abc".replace("abc", ""), "aaa".replace("a", "b", -1))
print(s.find("the"), s.find("the", 1), s.find("the", 5, 10), s.find("zzz"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("zzz"), s.rfind(""))
print(s.index("cat"), s.rindex("at"), s.index("t", -5), "héllo".find("l"), "a😀b😀".rfind("😀"))
for call in [lambda: s.index("dog"), lambda: s.rindex("dog"), lambda: "abc".index("c", 0, 2)]:
    try:
        print(call())
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count("the"), s.count("at"), s.count("t", 10), s.count("t", 10, 20), "aaaa".count("aa"), "abc".count(""))
print(s.find("t", -3), s.find("t", -100, 3), s.find("cat", None, None))
