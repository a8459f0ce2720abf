"""A JSON-like serializer, pretty printer and parser written by hand (no json module).
Handles nested dicts/lists/tuples, strings with escapes, numbers, booleans and null,
sorted keys, indentation, cycle detection and round trips."""

class SerializeError(Exception):
    pass

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}

def encode_string(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

def encode_number(n):
    if isinstance(n, bool):
        raise SerializeError("bool is not a number")
    if isinstance(n, int):
        return str(n)
    if n != n or n in (float("inf"), float("-inf")):
        raise SerializeError(f"cannot serialize {n!r}")
    r = repr(n)
    return r if ("." in r or "e" in r) else r + ".0"

def serialize(value, indent=None, sort_keys=False, _level=0, _seen=None):
    seen = set() if _seen is None else _seen
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return encode_number(value)
    if isinstance(value, str):
        return encode_string(value)
    if isinstance(value, (list, tuple, dict)):
        marker = id(value)
        if marker in seen:
            raise SerializeError("circular reference detected")
        seen.add(marker)
        try:
            if isinstance(value, dict):
                items = list(value.items())
                for k, _ in items:
                    if not isinstance(k, str):
                        raise SerializeError(f"keys must be strings, got {type(k).__name__}")
                if sort_keys:
                    items.sort(key=lambda kv: kv[0])
                parts = [encode_string(k) + (": " if indent is not None else ":") +
                         serialize(v, indent, sort_keys, _level + 1, seen) for k, v in items]
                open_, close = "{", "}"
            else:
                parts = [serialize(v, indent, sort_keys, _level + 1, seen) for v in value]
                open_, close = "[", "]"
        finally:
            seen.discard(marker)
        if not parts:
            return open_ + close
        if indent is None:
            return open_ + ",".join(parts) + close
        pad = " " * (indent * (_level + 1))
        end_pad = " " * (indent * _level)
        return open_ + "\n" + ",\n".join(pad + p for p in parts) + "\n" + end_pad + close
    raise SerializeError(f"object of type {type(value).__name__} is not serializable")

class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise ParseError(msg, self.pos)

    def skip_ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n\r":
            self.pos += 1

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            self.error("extra data")
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= len(self.text):
            self.error("unexpected end of input")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error(f"unexpected character {ch!r}")

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != '"':
                self.error("expected string key")
            key = self.string()
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != ":":
                self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.pos -= 1
                self.error("expected ',' or '}'")

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                self.pos -= 1
                self.error("expected ',' or ']'")

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos + 1:self.pos + 2]
                simple = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}
                if esc in simple:
                    out.append(simple[esc])
                    self.pos += 2
                elif esc == "u":
                    code = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= code < 0xDC00 and self.text[self.pos:self.pos + 2] == "\\u":
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    out.append(chr(code))
                else:
                    self.error(f"bad escape {esc!r}")
            else:
                out.append(ch)
                self.pos += 1

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos] in "0123456789.eE+-":
            self.pos += 1
        text = self.text[start:self.pos]
        try:
            return float(text) if any(c in text for c in ".eE") else int(text)
        except ValueError:
            self.pos = start
            self.error(f"bad number {text!r}")

def parse(text):
    return Parser(text).parse()

doc = {
    "name": "Widget \"Pro\"",
    "version": (2, 1, 0),
    "price": 19.99,
    "ratio": 1e-7,
    "count": 10 ** 20,
    "active": True,
    "discontinued": False,
    "parent": None,
    "tags": ["tools", "hardware", "caf\u00e9", "snow \u2603", "emoji \U0001F600"],
    "dimensions": {"w": 10, "h": 2.5, "units": "cm", "nested": {"deep": [[], {}, [1, [2, [3]]]]}},
    "notes": "line1\nline2\ttabbed\\backslash",
    "empty": {},
}

compact = serialize(doc)
print(compact)
print(serialize(doc, indent=2, sort_keys=True))
back = parse(compact)
print(back == {**doc, "version": [2, 1, 0]}, back["tags"][4], back["dimensions"]["nested"])
print(parse(serialize(doc, indent=4)) == back)

for bad in [float("nan"), {1: "x"}, {"s": {1, 2}}, [1, object]]:
    try:
        serialize(bad)
    except SerializeError as e:
        print("SerializeError:", e)
cyc = [1, 2]
cyc.append(cyc)
try:
    serialize(cyc)
except SerializeError as e:
    print("SerializeError:", e)
shared = [1]
print(serialize({"a": shared, "b": shared}))

samples = [
    '{"a": [1, 2, {"b": null}], "c": "\\u00e9\\ud83d\\ude00", "d": -3.5e2}',
    "[true, false, null, 0, -0, 12.0, 1E3]",
    "  42  ",
    '"just a string"',
    '{"a" 1}',
    "[1, 2",
    '{"a": tru}',
    "[1,]",
    '"unterminated',
    "[1] 2",
    '"bad \\q escape"',
    "-",
]
for text in samples:
    try:
        print(repr(parse(text)))
    except ParseError as e:
        print("ParseError:", e)
