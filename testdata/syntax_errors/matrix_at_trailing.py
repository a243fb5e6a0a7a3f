x = a @
