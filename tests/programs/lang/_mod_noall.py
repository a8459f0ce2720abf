import math as _math_alias
import math

public_value = 1
_private_value = 2
__dunder_value__ = 3

def public_func():
    return "public"

def _private_func():
    return "private"

class PublicClass:
    pass
