import sys
def cleanup(code):
    try:
        print("exiting with", code)
        sys.exit(code)
    finally:
        print("finally still runs")
def main():
    print("start")
    cleanup(3)
    print("not reached")
main()
print("not reached either")
