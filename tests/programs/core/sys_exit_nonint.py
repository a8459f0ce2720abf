import sys
# a non-int, non-None argument is printed to stderr and the exit status is 1
def go():
    print("exiting with a list")
    raise SystemExit([1, "two"])
go()
