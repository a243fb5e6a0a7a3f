x = ub'a'
