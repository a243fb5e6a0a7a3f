'a' 'b'
'a' "b" '''c''' """d"""
'a' r'\n' 'c'
('a'
 'b'
 'c')
x = ('first line '
     'second line')
u'a' 'b'
'a' u'b'
'' ''
b'a' b'b'
(b'x'
 rb'\y')
