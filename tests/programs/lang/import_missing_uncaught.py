print("before the failing import")
import nosuchmod
print("never")
