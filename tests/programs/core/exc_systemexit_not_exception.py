import sys
try:
    try:
        sys.exit(7)
    except Exception:
        print("not reached: Exception does not catch SystemExit")
except SystemExit as e:
    print("SystemExit passes Exception handlers, code =", e.code)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt passes too", repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("text exit code:", e.code)
try:
    sys.exit(0)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("raise SystemExit:", e.code)
def f():
    try:
        sys.exit(1)
    finally:
        print("finally runs during SystemExit")
try:
    f()
except SystemExit:
    print("done")
