for s in ["hello world", "Hello World", "HELLO", "ß straße", "ǅ titlecase", "123abc", "", " ", "٣", "½", "x1_"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(),
          s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isspace(),
          s.istitle(), s.isupper(), s.islower(), s.isidentifier(), s.isprintable())
