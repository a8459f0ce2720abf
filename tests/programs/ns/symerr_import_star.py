# import * outside module level and related errors
def check(src):
    try:
        compile(src, "<test>", "exec")
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno)
check("from sys import *\n")
check("def f():\n    from sys import *\n")
check("class C:\n    from sys import *\n")
check("def f():\n    class C:\n        from sys import *\n")
check("if True:\n    from sys import *\n")
check("try:\n    from sys import *\nexcept ImportError:\n    pass\n")
check("lambda: exec('from sys import *')")
check("def f():\n    import sys\n    from sys import maxsize\n")
check("from sys import *, maxsize\n")
check("from sys import (*)\n")
check("import *\n")
check("from . import *\n")
check("from __future__ import braces\n")
check("from __future__ import annotations\n")
check("x = 1\nfrom __future__ import annotations\n")
check("from __future__ import nonexistent_feature\n")
# import * through exec inside a function is fine (module-level code of the exec)
def f():
    ns = {}
    exec("from sys import *", ns)
    return 'maxsize' in ns
print(f())
