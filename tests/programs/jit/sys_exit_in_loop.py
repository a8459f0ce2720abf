# sys.exit from inside a hot loop: finally blocks run, exit status honoured.
import sys

def run(n):
    total = 0
    try:
        for i in range(n):
            total += i
            if total > 4_000_000:
                print("exiting at", i, total)
                sys.exit(3)
    finally:
        print("finally", total)

run(10000)
print("not reached")
