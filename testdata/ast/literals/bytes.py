b''
b'abc'
B"abc"
b'\x00\xff'
b'\n\t\r\\\'\"'
b'\101\0\7\777'[0:0] if 0 else b''
rb'\d'
Rb'\d'
bR'\d'
BR'\d'
rB"\d"
Br"x"
b"""triple
bytes"""
b'''also'''
b'a' b'b' B'c'
b'a' rb'\b'
b'\a\b\f\v'
