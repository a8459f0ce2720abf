import sys
# sys.exit() / sys.exit(None) / sys.exit(0) all exit with status 0 and print nothing to stderr
try:
    sys.exit(None)
except SystemExit as e:
    print("caught code", e.code)
def stop():
    print("stopping")
    sys.exit()
stop()
print("never printed")
