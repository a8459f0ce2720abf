"""A regex-free tokenizer for a small C-like language and a formatter that re-emits
messy source with canonical spacing and indentation; plus a quoted-CSV reader that
prints an aligned table. Everything is character-by-character scanning."""

KEYWORDS = frozenset(["if", "else", "while", "for", "return", "int", "float", "void", "break", "continue"])
OPERATORS = ["<<=", ">>=", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=",
             "->", "<<", ">>", "+", "-", "*", "/", "%", "=", "<", ">", "!", "&", "|", "^", "~", "?", ":"]
PUNCT = "(){}[];,"

class TokenizeError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{line}:{col}: {msg}")

class Tok:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        return f"{self.kind}({self.text})"

def tokenize(src):
    toks = []
    i, line, col = 0, 1, 1
    n = len(src)

    def advance(k):
        nonlocal i, line, col
        for _ in range(k):
            if src[i] == "\n":
                line += 1
                col = 1
            else:
                col += 1
            i += 1

    while i < n:
        c = src[i]
        start_line, start_col = line, col
        if c in " \t\r\n":
            advance(1)
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j == -1 else j
            toks.append(Tok("comment", src[i:j].rstrip(), start_line, start_col))
            advance(j - i)
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            if j == -1:
                raise TokenizeError("unterminated block comment", start_line, start_col)
            toks.append(Tok("comment", " ".join(src[i:j + 2].split()), start_line, start_col))
            advance(j + 2 - i)
        elif c.isdigit() or (c == "." and i + 1 < n and src[i + 1].isdigit()):
            j = i
            seen_dot = False
            while j < n and (src[j].isdigit() or (src[j] == "." and not seen_dot)):
                seen_dot = seen_dot or src[j] == "."
                j += 1
            if j < n and (src[j].isalpha() or src[j] == "_"):
                raise TokenizeError(f"bad number suffix {src[j]!r}", line, col + (j - i))
            toks.append(Tok("float" if seen_dot else "int", src[i:j], start_line, start_col))
            advance(j - i)
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(Tok("kw" if word in KEYWORDS else "ident", word, start_line, start_col))
            advance(j - i)
        elif c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                if src[j] == "\n":
                    raise TokenizeError("newline in string", start_line, start_col)
                j += 2 if src[j] == "\\" else 1
            if j >= n:
                raise TokenizeError("unterminated string", start_line, start_col)
            toks.append(Tok("string", src[i:j + 1], start_line, start_col))
            advance(j + 1 - i)
        elif c in PUNCT:
            toks.append(Tok("punct", c, start_line, start_col))
            advance(1)
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    toks.append(Tok("op", op, start_line, start_col))
                    advance(len(op))
                    break
            else:
                raise TokenizeError(f"unexpected character {c!r}", start_line, start_col)
    return toks

UNARY_CONTEXT = {"op", "punct-open", "kw", None}

def format_tokens(toks, indent="    "):
    out, cur = [], []
    depth = 0
    paren = 0
    prev_kind = None

    def flush():
        nonlocal cur
        if cur:
            out.append(indent * depth + "".join(cur).rstrip())
            cur = []

    for idx, t in enumerate(toks):
        nxt = toks[idx + 1] if idx + 1 < len(toks) else None
        if t.kind == "comment":
            if cur:
                cur.append(" " + t.text)
            else:
                cur.append(t.text)
            flush()
            prev_kind = None
            continue
        if t.text == "{":
            cur.append(" {" if cur else "{")
            flush()
            depth += 1
            prev_kind = None
            continue
        if t.text == "}":
            flush()
            depth -= 1
            cur.append("}")
            if not (nxt and nxt.text == "else"):
                flush()
            prev_kind = None
            continue
        if t.text == ";":
            cur.append(";")
            if paren == 0:
                flush()
                prev_kind = None
            else:
                cur.append(" ")
                prev_kind = "op"
            continue
        if t.text in "([":
            if cur and prev_kind == "kw":
                cur.append(" ")
            cur.append(t.text)
            paren += t.text == "("
            prev_kind = "punct-open"
            continue
        if t.text in ")]":
            while cur and cur[-1] == " ":
                cur.pop()
            cur.append(t.text)
            paren -= t.text == ")"
            prev_kind = "close"
            continue
        if t.text == ",":
            cur.append(", ")
            prev_kind = "op"
            continue
        if t.kind == "op":
            if t.text in ("++", "--") and prev_kind in ("ident", "close"):
                cur.append(t.text)
                prev_kind = "close"
            elif t.text in ("-", "!", "~", "++", "--", "*", "&") and prev_kind in UNARY_CONTEXT:
                if cur and cur[-1] not in (" ", "(", "[") and prev_kind == "kw":
                    cur.append(" ")
                cur.append(t.text)
                prev_kind = "unary"
            else:
                if cur and cur[-1] != " ":
                    cur.append(" ")
                cur.append(t.text + " ")
                prev_kind = "op"
            continue
        if t.text == "else" and cur == ["}"]:
            cur.append(" else")
            prev_kind = "kw"
            continue
        if cur and prev_kind in ("ident", "kw", "close", "int", "float", "string"):
            cur.append(" ")
        cur.append(t.text)
        prev_kind = t.kind
    flush()
    return "\n".join(out)

SOURCE = """
// compute stuff
int   main( void ){int x=3,y = -4 ;float z=.5*x;
  if(x<y&&!done){x+=y*-2;}else{ y=x--  -  ++y ;}
/* a   block
   comment */
while(x>0){x=x-1;if(x%2==0)  {continue;}
printf("x=%d\\n",x);  // trailing
}
for(int i=0;i<10;i++){ total += a[i]*b[i] ; }
return x<<2 ;}
"""

toks = tokenize(SOURCE)
print(len(toks), "tokens")
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
print(toks[:8])
print([f"{t.text}@{t.line}:{t.col}" for t in toks if t.kind == "string" or t.text == "while"])
formatted = format_tokens(toks)
print(formatted)
again = format_tokens(tokenize(formatted))
print("idempotent:", again == formatted)
idents = sorted({t.text for t in toks if t.kind == "ident"})
print("identifiers:", idents)

for bad in ['int x = 3 @ 4;', 'char *s = "abc', "float f = 1.5e;", "x = 12abc;", "/* never closed", 's = "a\nb";']:
    try:
        print(tokenize(bad))
    except TokenizeError as e:
        print("TokenizeError:", e)

def read_csv(text, sep=","):
    rows, row, field = [], [], []
    i, in_quotes = 0, False
    while i < len(text):
        c = text[i]
        if in_quotes:
            if c == '"' and text[i + 1:i + 2] == '"':
                field.append('"')
                i += 1
            elif c == '"':
                in_quotes = False
            else:
                field.append(c)
        elif c == '"':
            in_quotes = True
        elif c == sep:
            row.append("".join(field))
            field = []
        elif c == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(c)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows

def render_table(rows):
    widths = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(max(map(len, rows)))]
    def numeric(s):
        return s.replace(".", "", 1).lstrip("-").isdigit()
    lines = []
    for n, r in enumerate(rows):
        cells = []
        for i, w in enumerate(widths):
            v = r[i] if i < len(r) else ""
            cells.append(v.rjust(w) if numeric(v) and n else v.ljust(w))
        lines.append("| " + " | ".join(cells) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)

CSV = 'name,qty,price,note\nwidget,3,4.50,"plain"\n"gadget, large",12,19.99,"says ""hi"""\nthing,-1,0.5,\n"multi\nline",7,100,end'
table = read_csv(CSV)
print(table)
print(render_table([[c.replace("\n", "\\n") for c in r] for r in table]))
