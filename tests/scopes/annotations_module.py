from typing import List
count: int = 0
names: List[str]
ratio: float
ratio = 1.5
obj.attr: int = 3
seq[0]: str = "x"
(paren): int = 4
def f():
    return count
