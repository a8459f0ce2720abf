"""A tiny expression language: tokenizer, recursive-descent parser, tree-walking evaluator
with lexical environments, closures, lists and error reporting with line numbers."""

KEYWORDS = {"let", "fn", "if", "else", "while", "return", "print", "true", "false"}
TWO_CHAR = {"==", "!=", "<=", ">=", "&&", "||"}
ONE_CHAR = set("+-*/%<>=!(){},;[]")

class LangError(Exception):
    def __init__(self, kind, msg, line):
        super().__init__(f"{kind} error on line {line}: {msg}")
        self.kind, self.line = kind, line

class Token:
    __slots__ = ("kind", "value", "line")
    def __init__(self, kind, value, line):
        self.kind, self.value, self.line = kind, value, line
    def __repr__(self):
        return f"{self.kind}:{self.value!r}"

def tokenize(src):
    tokens, i, line = [], 0, 1
    while i < len(src):
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text), line))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, line))
            i = j
        elif c == '"':
            j = i + 1
            buf = []
            while j < len(src) and src[j] != '"':
                if src[j] == "\\" and j + 1 < len(src):
                    buf.append({"n": "\n", "t": "\t"}.get(src[j + 1], src[j + 1]))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= len(src):
                raise LangError("syntax", "unterminated string", line)
            tokens.append(Token("str", "".join(buf), line))
            i = j + 1
        elif src[i:i + 2] in TWO_CHAR:
            tokens.append(Token("op", src[i:i + 2], line))
            i += 2
        elif c in ONE_CHAR:
            tokens.append(Token("op", c, line))
            i += 1
        else:
            raise LangError("syntax", f"unexpected character {c!r}", line)
    tokens.append(Token("eof", None, line))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self, value=None):
        t = self.toks[self.pos]
        return t if value is None or t.value == value else None
    def advance(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def expect(self, value):
        t = self.advance()
        if t.value != value:
            raise LangError("syntax", f"expected {value!r} but found {t.value!r}", t.line)
        return t
    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.statement())
        return ("block", stmts)
    def block(self):
        self.expect("{")
        stmts = []
        while not self.peek("}"):
            if self.peek().kind == "eof":
                raise LangError("syntax", "unclosed block", self.peek().line)
            stmts.append(self.statement())
        self.expect("}")
        return ("block", stmts)
    def statement(self):
        t = self.peek()
        if t.value == "let" and t.kind == "kw":
            self.advance()
            name = self.advance().value
            self.expect("=")
            e = self.expr()
            self.expect(";")
            return ("let", name, e, t.line)
        if t.value == "fn" and t.kind == "kw" and self.toks[self.pos + 1].kind == "name":
            self.advance()
            name = self.advance().value
            params, body = self.fn_rest()
            return ("let", name, ("lambda", params, body, name), t.line)
        if t.value == "if" and t.kind == "kw":
            self.advance()
            cond = self.expr()
            then = self.block()
            other = None
            if self.peek("else"):
                self.advance()
                other = self.statement() if self.peek("if") else self.block()
            return ("if", cond, then, other)
        if t.value == "while" and t.kind == "kw":
            self.advance()
            return ("while", self.expr(), self.block())
        if t.value == "return" and t.kind == "kw":
            self.advance()
            e = self.expr()
            self.expect(";")
            return ("return", e)
        if t.value == "print" and t.kind == "kw":
            self.advance()
            args = [self.expr()]
            while self.peek(","):
                self.advance()
                args.append(self.expr())
            self.expect(";")
            return ("print", args)
        if t.kind == "name" and self.toks[self.pos + 1].value == "=":
            self.advance()
            self.advance()
            e = self.expr()
            self.expect(";")
            return ("assign", t.value, e, t.line)
        e = self.expr()
        self.expect(";")
        return ("expr", e)
    def fn_rest(self):
        self.expect("(")
        params = []
        while not self.peek(")"):
            params.append(self.advance().value)
            if self.peek(","):
                self.advance()
        self.expect(")")
        return params, self.block()
    def binary(self, sub, ops):
        left = sub()
        while self.peek().kind == "op" and self.peek().value in ops:
            op = self.advance()
            left = ("bin", op.value, left, sub(), op.line)
        return left
    def expr(self):
        return self.binary(self.and_, {"||"})
    def and_(self):
        return self.binary(self.cmp, {"&&"})
    def cmp(self):
        return self.binary(self.sum, {"==", "!=", "<", "<=", ">", ">="})
    def sum(self):
        return self.binary(self.term, {"+", "-"})
    def term(self):
        return self.binary(self.unary, {"*", "/", "%"})
    def unary(self):
        if self.peek().kind == "op" and self.peek().value in ("-", "!"):
            op = self.advance()
            return ("un", op.value, self.unary(), op.line)
        return self.call()
    def call(self):
        e = self.primary()
        while self.peek("("):
            line = self.advance().line
            args = []
            while not self.peek(")"):
                args.append(self.expr())
                if self.peek(","):
                    self.advance()
            self.expect(")")
            e = ("call", e, args, line)
        return e
    def primary(self):
        t = self.advance()
        if t.kind in ("num", "str"):
            return ("lit", t.value)
        if t.kind == "kw" and t.value in ("true", "false"):
            return ("lit", t.value == "true")
        if t.kind == "kw" and t.value == "fn":
            params, body = self.fn_rest()
            return ("lambda", params, body, "<anon>")
        if t.kind == "name":
            return ("var", t.value, t.line)
        if t.value == "(":
            e = self.expr()
            self.expect(")")
            return e
        if t.value == "[":
            items = []
            while not self.peek("]"):
                items.append(self.expr())
                if self.peek(","):
                    self.advance()
            self.expect("]")
            return ("list", items)
        raise LangError("syntax", f"unexpected token {t.value!r}", t.line)

class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent
    def find(self, name, line):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.parent
        raise LangError("name", f"undefined variable {name}", line)

class Function:
    def __init__(self, params, body, env, name):
        self.params, self.body, self.env, self.name = params, body, env, name
    def __repr__(self):
        return f"<fn {self.name}/{len(self.params)}>"

class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


def show(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, list):
        return "[" + ", ".join(show(x) for x in v) + "]"
    return str(v)

class Interpreter:
    def __init__(self, out):
        self.out = out
        self.globals = Env()
        self.steps = 0
        self.globals.vars.update(len=len, str=show, push=lambda xs, x: xs + [x],
                                 head=lambda xs: xs[0], tail=lambda xs: xs[1:])
    def run(self, src):
        tree = Parser(tokenize(src)).program()
        self.exec_block(tree, self.globals)
    def exec_block(self, block, env):
        for stmt in block[1]:
            self.exec(stmt, env)
    def exec(self, s, env):
        self.steps += 1
        kind = s[0]
        if kind == "let":
            env.vars[s[1]] = self.eval(s[2], env)
        elif kind == "assign":
            env.find(s[1], s[3]).vars[s[1]] = self.eval(s[2], env)
        elif kind == "if":
            if self.truthy(self.eval(s[1], env)):
                self.exec_block(s[2], Env(env))
            elif s[3] is not None:
                self.exec_block(s[3], Env(env)) if s[3][0] == "block" else self.exec(s[3], env)
        elif kind == "while":
            while self.truthy(self.eval(s[1], env)):
                self.exec_block(s[2], Env(env))
        elif kind == "return":
            raise ReturnSignal(self.eval(s[1], env))
        elif kind == "print":
            self.out.append(" ".join(show(self.eval(a, env)) for a in s[1]))
        elif kind == "expr":
            self.eval(s[1], env)
    def truthy(self, v):
        return v not in (False, 0, "", None) and v != []
    def eval(self, e, env):
        kind = e[0]
        if kind == "lit":
            return e[1]
        if kind == "var":
            return env.find(e[1], e[2]).vars[e[1]]
        if kind == "list":
            return [self.eval(x, env) for x in e[1]]
        if kind == "lambda":
            return Function(e[1], e[2], env, e[3])
        if kind == "un":
            v = self.eval(e[2], env)
            return -v if e[1] == "-" else not self.truthy(v)
        if kind == "bin":
            op = e[1]
            if op == "&&":
                left = self.eval(e[2], env)
                return self.eval(e[3], env) if self.truthy(left) else left
            if op == "||":
                left = self.eval(e[2], env)
                return left if self.truthy(left) else self.eval(e[3], env)
            a, b = self.eval(e[2], env), self.eval(e[3], env)
            try:
                return self.binop(op, a, b)
            except ZeroDivisionError:
                raise LangError("runtime", "division by zero", e[4]) from None
            except TypeError:
                raise LangError("type", f"cannot apply {op} to {show(a)} and {show(b)}", e[4]) from None
        if kind == "call":
            fn = self.eval(e[1], env)
            args = [self.eval(a, env) for a in e[2]]
            if isinstance(fn, Function):
                if len(args) != len(fn.params):
                    raise LangError("arity", f"{fn.name} expects {len(fn.params)} args, got {len(args)}", e[3])
                local = Env(fn.env)
                local.vars.update(zip(fn.params, args))
                try:
                    self.exec_block(fn.body, local)
                except ReturnSignal as r:
                    return r.value
                return None
            if callable(fn):
                return fn(*args)
            raise LangError("type", f"{show(fn)} is not callable", e[3])
        raise AssertionError(kind)
    @staticmethod
    def binop(op, a, b):
        if op == "+":
            if isinstance(a, str) or isinstance(b, str):
                return show(a) + show(b)
            return a + b
        if op == "/":
            return a // b if isinstance(a, int) and isinstance(b, int) else a / b
        table = {"-": lambda: a - b, "*": lambda: a * b, "%": lambda: a % b, "==": lambda: a == b,
                 "!=": lambda: a != b, "<": lambda: a < b, "<=": lambda: a <= b, ">": lambda: a > b,
                 ">=": lambda: a >= b}
        return table[op]()

PROGRAMS = [
    ("arithmetic", 'print 1 + 2 * 3, (1 + 2) * 3, 7 / 2, 7.0 / 2, -3 % 5, !true, 2 < 3 && 3 < 4;'),
    ("strings", 'let s = "hello"; print s + ", " + "world", "n=" + 42, "tab\\tx";'),
    ("closures", """
        fn make_counter() { let n = 0; return fn() { n = n + 1; return n; }; }
        let c = make_counter(); let d = make_counter();
        c(); c();
        print c(), d();
    """),
    ("recursion", """
        fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
        fn fact(n) { if n <= 1 { return 1; } else { return n * fact(n - 1); } }
        print fib(15), fact(20);
    """),
    ("lists", """
        fn map(f, xs) { let out = []; while len(xs) > 0 { out = push(out, f(head(xs))); xs = tail(xs); } return out; }
        fn range(n) { let out = []; let i = 0; while i < n { out = push(out, i); i = i + 1; } return out; }
        print range(6), map(fn(x) { return x * x; }, range(5));
    """),
    ("while-fizzbuzz", """
        let i = 1; let line = "";
        while i <= 15 {
            if i % 15 == 0 { line = line + "FizzBuzz "; }
            else if i % 3 == 0 { line = line + "Fizz "; }
            else if i % 5 == 0 { line = line + "Buzz "; }
            else { line = line + str(i) + " "; }
            i = i + 1;
        }
        print line;
    """),
    ("higher-order", """
        fn compose(f, g) { return fn(x) { return f(g(x)); }; }
        let inc = fn(x) { return x + 1; };
        let dbl = fn(x) { return x * 2; };
        print compose(inc, dbl)(5), compose(dbl, inc)(5), inc;
    """),
    ("undefined", "let a = 1; print a + b;"),
    ("div-zero", "let z = 0;\nprint 10 / z;"),
    ("type-error", 'print 1 - "x";'),
    ("arity", "fn f(a, b) { return a; }\nf(1);"),
    ("syntax", "let = 5;"),
    ("bad-char", "let x = 5 @ 3;"),
    ("unterminated", 'print "abc;'),
    ("not-callable", "let x = 3; x(1);"),
]

for name, src in PROGRAMS:
    out = []
    interp = Interpreter(out)
    try:
        interp.run(src)
        status = "ok"
    except LangError as err:
        status = f"{err.kind}: {err}"
    print(f"--- {name} [{status}] steps={interp.steps}")
    for line in out:
        print("   ", line)

print(tokenize('let x = "a\\"b"; # comment\nx >= 10 && y != 2;'))
