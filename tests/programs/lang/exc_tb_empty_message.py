# sys.tracebacklimit = 0 hides the frames: only the exception lines and chain separators remain.
import sys
sys.tracebacklimit = 0

class Quiet(Exception):
    pass

try:
    raise Quiet()
except Quiet:
    try:
        raise AssertionError
    except AssertionError as e:
        raise NotImplementedError from e
