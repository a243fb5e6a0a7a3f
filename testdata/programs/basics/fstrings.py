x, y, name = 42, 3.14159, "pyvm"
print(f"{x} {y:.2f} {name!r} {name!s} {x:>6} {x:<6}| {x:^6}| {x:06d} {x:+d} {-x: d}")
print(f"{x:x} {x:X} {x:o} {x:b} {x:#x} {x:#o} {x:#b} {1234567:,} {1234567:_}")
print(f"{y:e} {y:E} {y:g} {1e20:g} {0.5:%} {0.25:.1%} {y:10.3f}| {y:<10.1f}|")
print(f"{x=} {y = :.1f} {name=!r} {x*2=}")
print(f"{'nested ' + name!r:>20}", f"{{literal}}", f"{x:{'>'}{10}}")
width, prec = 12, 3
print(f"{y:{width}.{prec}f}|", f"{'abc':*^{width}}")
print(f"""multi
{x}
line""")
print(f"{[1, 2, 3]} {dict(a=1)} {(1,)} {None} {True}")
print(format(255, "08b"), format(3.5, ".3e"), format("s", ">3"), format(10**6, ",d"))
