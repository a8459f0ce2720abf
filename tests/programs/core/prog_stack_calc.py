# a tiny RPN calculator plus an infix-to-RPN converter (shunting yard)
OPS = {
    "+": (1, lambda a, b: a + b),
    "-": (1, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "//": (2, lambda a, b: a // b),
    "%": (2, lambda a, b: a % b),
    "^": (3, lambda a, b: a ** b),
}
def tokenize(expr):
    tokens, i = [], 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            text = expr[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif expr[i:i + 2] == "//":
            tokens.append("//")
            i += 2
        elif ch in "+-*/%^()":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError("bad character " + repr(ch))
    return tokens
def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        elif t in OPS:
            while stack and stack[-1] in OPS and (OPS[stack[-1]][0] > OPS[t][0] or (OPS[stack[-1]][0] == OPS[t][0] and t != "^")):
                out.append(stack.pop())
            stack.append(t)
        else:
            out.append(t)
    while stack:
        out.append(stack.pop())
    return out
def eval_rpn(rpn):
    stack = []
    for t in rpn:
        if t in OPS:
            if len(stack) < 2:
                raise IndexError("stack underflow at " + repr(t))
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[t][1](a, b))
        else:
            stack.append(t)
    if len(stack) != 1:
        raise ValueError("leftover stack " + str(stack))
    return stack[0]
exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 // 7 % 4", "7 / 2", "2 ^ 100", "10 - 4 - 3",
         "1.5 * 4", "(2 + 3) * (4 - 1) ^ 2", "1 / 0", "5 % 0", "3 $ 4", "1 2"]
for e in exprs:
    try:
        rpn = to_rpn(tokenize(e))
        print(e, "=>", " ".join([str(t) for t in rpn]), "=", eval_rpn(rpn))
    except (ZeroDivisionError, ValueError, IndexError) as err:
        print(e, "error:", type(err).__name__, err)
try:
    eval_rpn(["+"])
except IndexError as err:
    print(type(err).__name__, err)
