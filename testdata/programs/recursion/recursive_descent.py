import re
def tokenize(s):
    return re.findall(r"\d+|[-+*/()]", s)
def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def eat():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        v = term()
        while peek() in ("+", "-"):
            v = v + term() if eat() == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek() in ("*", "/"):
            v = v * factor() if eat() == "*" else v // factor()
        return v
    def factor():
        t = eat()
        if t == "(":
            v = expr()
            eat()
            return v
        if t == "-":
            return -factor()
        return int(t)
    return expr()
for s in ["1+2*3", "(1+2)*3", "10/3-1", "-(4+4)*2", "2*(3+(4-1))*2"]:
    print(s, parse(tokenize(s)))
