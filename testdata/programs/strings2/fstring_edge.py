x, name = 3.14159, "world"
print(f"{x:.2f}", f"{x!r}", f"{name!r:>10}", f"{x=}", f"{x = :.1f}", f"{name=!s}")
print(f"{'nested' + f'{1 + 1}'}", f"{{braces}}", f"{3:{'>'}{5}}", f"{[1, 2][0]}")
w = 8
print(f"{'hi':^{w}}|", f"{255:#x}", f"{1e6:,.0f}", f"{-1:+}", f"{'q'!a}")
d = {"k": "v"}
print(f"{d['k']}", f"{d["k"]}", f"{(lambda: 5)()}", f"{'a' if x > 3 else 'b'}")
print(f"""{
    1 +
    2
}""", f"{x:{'.3f'}}")
