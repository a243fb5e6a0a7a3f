# A small program that exercises the front end: pyc-compile prints its AST as JSON.
def greet(name: str, *, punctuation: str = "!") -> str:
    return f"Hello, {name}{punctuation}"


for who in ["world", "pyvm"]:
    print(greet(who))
