'a'
"a"
u'a'
U"a"
r'a'
R'a'
r'\n'
R"\d+"
'a' "b"
u'a' 'b' U"c"
