import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("sys_argv.py"))
print(sys.argv[0].replace("\\", "/").split("/")[-1])
print(sys.argv[1:])
print(all([isinstance(a, str) for a in sys.argv]))
