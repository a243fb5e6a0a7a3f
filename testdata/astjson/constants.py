0; 12345678901234567890123; 0x1f; 1.5; 1e999; 1e-05; 2j; 1.5e300j
b'\x00\xffA'; ...; None; True; False; 'text'; u'kind'
