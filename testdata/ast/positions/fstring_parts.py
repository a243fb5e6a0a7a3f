f'abc{x}def'
f'{x}{y}'
f'{x!r:10}'
f'{ x = }'
f'{x:{y}}'
f"""{
x
}"""
