lambda *, a, /: 0
