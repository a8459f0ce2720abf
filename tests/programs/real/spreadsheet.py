"""A small spreadsheet: cells hold numbers, text or formulas (=A1+B2*2, =SUM(A1:A3), ...).
Formulas are parsed by a hand-written Pratt parser, dependencies are tracked, recalculation
runs in topological order, and cycles / errors become error values like Excel's #REF!."""

class FormulaError(Exception):
    def __init__(self, code, detail=""):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - ord("A") + 1)
    return n - 1

def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(ord("A") + r) + s
    return s

def split_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    letters, digits = ref[:i].upper(), ref[i:]
    if not letters or not digits.isdigit():
        raise FormulaError("#REF!", ref)
    return col_index(letters), int(digits) - 1

def expand_range(a, b):
    (c1, r1), (c2, r2) = split_ref(a), split_ref(b)
    return [f"{col_name(c)}{r + 1}" for r in range(min(r1, r2), max(r1, r2) + 1)
            for c in range(min(c1, c2), max(c1, c2) + 1)]

def lex(text):
    toks, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            toks.append(("num", float(text[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            toks.append(("name", text[i:j].upper()))
            i = j
        elif c == '"':
            j = text.index('"', i + 1)
            toks.append(("str", text[i + 1:j]))
            i = j + 1
        elif text[i:i + 2] in ("<=", ">=", "<>"):
            toks.append(("op", text[i:i + 2]))
            i += 2
        elif c in "+-*/^(),:<>=&":
            toks.append(("op", c))
            i += 1
        else:
            raise FormulaError("#PARSE!", f"bad character {c!r}")
    toks.append(("end", None))
    return toks

BINARY = {"=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 6}

class FormulaParser:
    def __init__(self, text):
        self.toks = lex(text)
        self.i = 0

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def peek(self):
        return self.toks[self.i]

    def parse(self):
        node = self.expr(0)
        if self.peek()[0] != "end":
            raise FormulaError("#PARSE!", f"unexpected {self.peek()[1]!r}")
        return node

    def expr(self, min_bp):
        left = self.prefix()
        while True:
            kind, val = self.peek()
            if kind != "op" or val not in BINARY or BINARY[val] < min_bp:
                return left
            self.next()
            bp = BINARY[val]
            right = self.expr(bp if val == "^" else bp + 1)
            left = ("bin", val, left, right)

    def prefix(self):
        kind, val = self.next()
        if kind == "num":
            return ("num", val)
        if kind == "str":
            return ("str", val)
        if kind == "op" and val == "-":
            return ("neg", self.expr(5))
        if kind == "op" and val == "(":
            node = self.expr(0)
            if self.next() != ("op", ")"):
                raise FormulaError("#PARSE!", "missing )")
            return node
        if kind == "name":
            if self.peek() == ("op", "("):
                self.next()
                args = []
                if self.peek() != ("op", ")"):
                    while True:
                        args.append(self.arg())
                        if self.peek() == ("op", ","):
                            self.next()
                            continue
                        break
                if self.next() != ("op", ")"):
                    raise FormulaError("#PARSE!", "missing ) after arguments")
                return ("call", val, args)
            split_ref(val)
            return ("ref", val)
        raise FormulaError("#PARSE!", f"unexpected {val!r}")

    def arg(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1] == ("op", ":"):
            a = self.next()[1]
            self.next()
            b = self.next()[1]
            return ("range", expand_range(a, b))
        return self.expr(0)

def refs_of(node):
    kind = node[0]
    if kind == "ref":
        return {node[1]}
    if kind == "range":
        return set(node[1])
    if kind == "bin":
        return refs_of(node[2]) | refs_of(node[3])
    if kind == "neg":
        return refs_of(node[1])
    if kind == "call":
        out = set()
        for a in node[2]:
            out |= refs_of(a)
        return out
    return set()

FUNCS = {
    "SUM": lambda xs: sum(xs),
    "AVG": lambda xs: sum(xs) / len(xs) if xs else FormulaError("#DIV/0!"),
    "MIN": lambda xs: min(xs),
    "MAX": lambda xs: max(xs),
    "COUNT": lambda xs: len(xs),
}

class Sheet:
    def __init__(self):
        self.raw = {}
        self.ast = {}
        self.values = {}
        self.deps = {}

    def set(self, ref, text):
        ref = ref.upper()
        self.raw[ref] = text
        self.ast.pop(ref, None)
        self.deps[ref] = set()
        if isinstance(text, str) and text.startswith("="):
            try:
                node = FormulaParser(text[1:]).parse()
                self.ast[ref] = node
                self.deps[ref] = refs_of(node)
            except FormulaError as e:
                self.ast[ref] = ("error", e.code)
        self.recalc()

    def order(self):
        state, out, cyclic = {}, [], set()
        def visit(ref, stack):
            if state.get(ref) == "done":
                return
            if state.get(ref) == "active":
                cyclic.update(stack[stack.index(ref):])
                return
            state[ref] = "active"
            for d in sorted(self.deps.get(ref, ())):
                visit(d, stack + [d])
            state[ref] = "done"
            out.append(ref)
        for ref in sorted(self.raw):
            visit(ref, [ref])
        return out, cyclic

    def recalc(self):
        order, cyclic = self.order()
        self.values = {}
        for ref in order:
            if ref in cyclic:
                self.values[ref] = "#CYCLE!"
            elif ref in self.ast:
                try:
                    self.values[ref] = self.eval(self.ast[ref])
                except FormulaError as e:
                    self.values[ref] = e.code
            elif ref in self.raw:
                text = self.raw[ref]
                try:
                    self.values[ref] = float(text)
                except ValueError:
                    self.values[ref] = text

    def lookup(self, ref):
        v = self.values.get(ref, 0.0)
        if isinstance(v, str) and v.startswith("#"):
            raise FormulaError(v)
        return v

    def eval(self, node):
        kind = node[0]
        if kind == "error":
            raise FormulaError(node[1])
        if kind in ("num", "str"):
            return node[1]
        if kind == "ref":
            return self.lookup(node[1])
        if kind == "neg":
            return -self.number(self.eval(node[1]))
        if kind == "bin":
            op, a, b = node[1], self.eval(node[2]), self.eval(node[3])
            if op == "&":
                return fmt(a) + fmt(b)
            if op in ("=", "<>", "<", ">", "<=", ">="):
                res = {"=": a == b, "<>": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]
                return 1.0 if res else 0.0
            a, b = self.number(a), self.number(b)
            if op == "/" and b == 0:
                raise FormulaError("#DIV/0!")
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else 0, "^": a ** b}[op]
        if kind == "call":
            if node[1] == "IF":
                cond, yes, no = node[2]
                return self.eval(yes) if self.eval(cond) else self.eval(no)
            if node[1] not in FUNCS:
                raise FormulaError("#NAME?", node[1])
            xs = []
            for a in node[2]:
                if a[0] == "range":
                    xs.extend(v for v in (self.lookup(r) for r in a[1]) if isinstance(v, float))
                else:
                    xs.append(self.number(self.eval(a)))
            result = FUNCS[node[1]](xs)
            if isinstance(result, FormulaError):
                raise result
            return result
        raise AssertionError(kind)

    @staticmethod
    def number(v):
        if isinstance(v, str):
            raise FormulaError("#VALUE!", v)
        return v

    def show(self):
        cells = {split_ref(r): r for r in self.raw}
        cols = max(c for c, _ in cells) + 1
        rows = max(r for _, r in cells) + 1
        grid = [[fmt(self.values.get(f"{col_name(c)}{r + 1}", "")) for c in range(cols)] for r in range(rows)]
        widths = [max(len(grid[r][c]) for r in range(rows)) for c in range(cols)]
        print("    " + " ".join(col_name(c).center(w) for c, w in enumerate(widths)))
        for r in range(rows):
            print(f"{r + 1:>3} " + " ".join(grid[r][c].rjust(widths[c]) for c in range(cols)))

def fmt(v):
    if isinstance(v, float):
        return str(int(v)) if v == int(v) and abs(v) < 1e15 else f"{v:.4g}"
    return str(v)

sheet = Sheet()
data = {
    "A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
    "A2": "apple", "B2": "3", "C2": "0.5", "D2": "=B2*C2",
    "A3": "pear", "B3": "10", "C3": "0.25", "D3": "=B3*C3",
    "A4": "plum", "B4": "4", "C4": "1.2", "D4": "=B4*C4",
    "A5": "sum", "B5": "=SUM(B2:B4)", "D5": "=SUM(D2:D4)",
    "A6": "stats", "B6": "=AVG(B2:B4)", "C6": "=MAX(C2:C4)-MIN(C2:C4)", "D6": '=IF(D5>10, "big", "small")',
    "A7": "misc", "B7": "=2^3^2", "C7": "=-(1+2)*3", "D7": '="n=" & COUNT(B2:D4)',
}
for ref, text in data.items():
    sheet.set(ref, text)
sheet.show()
print("B5 deps:", sorted(sheet.deps["B5"]), "D6 raw:", sheet.raw["D6"])

sheet.set("B3", "20")
print("after B3=20:", fmt(sheet.values["D3"]), fmt(sheet.values["D5"]), sheet.values["D6"])
sheet.set("E1", "=E2+1")
sheet.set("E2", "=E3*2")
sheet.set("E3", "=E1")
sheet.set("E4", "=E1+1")
sheet.set("F1", "=1/0")
sheet.set("F2", "=F1+1")
sheet.set("F3", "=A2*2")
sheet.set("F4", "=NOPE(1)")
sheet.set("F5", "=(1+2")
sheet.set("F6", "=AVG(G1:G3)")
sheet.set("F7", "=1 $ 2")
sheet.show()
print([(r, sheet.values[r]) for r in ["E1", "E2", "E3", "E4", "F1", "F2", "F3", "F4", "F5", "F6", "F7"]])
sheet.set("E3", "5")
print("cycle broken:", [fmt(sheet.values[r]) for r in ["E1", "E2", "E3", "E4"]])
print([col_name(i) for i in (0, 25, 26, 27, 51, 52, 701, 702)], [col_index(s) for s in ("A", "Z", "AA", "ZZ", "AAA")])
