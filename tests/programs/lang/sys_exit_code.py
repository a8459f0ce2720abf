import sys

print("before exit")
sys.stdout.flush()
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("text code", repr(e.code))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple code", e.code)

def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally during exit")
cleanup()
print("not reached")
