f'{'a'}'
f"{"a"}"
f"{f"{x}"}"
f'{f'{f'{x}'}'}'
f'{'\n'.join(a)}'
f"{'\\'}"
f'{x['key']}'
f"{",".join(items)}"
songs = ['a', 'b']
f"This is the playlist: {", ".join(songs)}"
f'{f"{f'{f"{x}"}'}"}'
f"{'''triple'''}"
f"{'''x''' + 'y'}"
