'\n\t\r\\\'\"\a\b\f\v\0'
'\x41\x7f\xff'
'\101\7\0\12\377'
'\u00e9\u4e2d\uFFFF'
'\U0001F600\U00000041'
'\N{LATIN SMALL LETTER E WITH ACUTE}'
'\N{EM DASH}\N{SNOWMAN}'
'\N{GREEK CAPITAL LETTER OMEGA}x'
'a\
b'
"\'"
'\"'
'\\n'
