f"""{
    x
}"""
f"""{x
    + y}"""
f'''
line1 {a}
line2 {b!r:>{w}}
'''
f"""{
    x  # a comment
    + y  # another
}"""
f"""{x:
}"""
f"{
    x
}"
f"{x
}"
f'''{
    '\n'.join([
        a,
        b,
    ])
}'''
x = f"""abc
{d}
efg"""
