# sys.tracebacklimit = 0 hides the frames: only the exception lines and chain separators remain.
import sys
sys.tracebacklimit = 0

errors = []
for v in ["1", "x", "2", "y"]:
    try:
        int(v)
    except ValueError as e:
        errors.append(e)
print(len(errors), "errors collected")
raise ExceptionGroup("conversion failures", errors)
