import sys
def fail(reason):
    print("about to fail")
    sys.exit("fatal: " + reason)
def main():
    fail("bad input")
main()
