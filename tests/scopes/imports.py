import os
import os.path
import collections.abc as cabc
from json import loads as parse, dumps
from math import *
import xml.etree.ElementTree
def f():
    import re
    from functools import reduce as fold
    import email.mime.text
    return re, fold, os, email
class C:
    import string
    from itertools import chain
