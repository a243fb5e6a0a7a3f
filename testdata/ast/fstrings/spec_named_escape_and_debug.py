f"{x:a\N{BULLET}b{y}}"
f"a\N{BULLET}b{y}"
f"{x:\N{BULLET}}"
f"{x!r:}"
f"{x=:>10}"
f"{x = }"
f"{  x  =  !s}"
f"""{
x
=}"""
f"{x:{y}}"
rf"\{x}\N"
f"{x:{y}a\N{BULLET}b}"
f"""{x:a\N{BULLET}
b}"""
