café = 's\u00e9\u2603 \U0001F600 \ud800 \x00\x1f\x7f\t\n\r\b\f "q" \\'
x = 'é' + café
