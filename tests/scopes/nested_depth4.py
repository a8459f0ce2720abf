def level1(a):
    b = a + 1
    def level2(c):
        d = c + b
        def level3(e):
            def level4(f):
                return a + b + d + e + f
            return level4
        return level3
    return level2
