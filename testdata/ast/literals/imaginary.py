1j
1J
1.5j
.5j
1e3j
1e999j
0j
1_0j
1 + 2j
0x1 if 0 else 1_0.5e1_0J
