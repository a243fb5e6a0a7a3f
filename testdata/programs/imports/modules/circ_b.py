import modules.circ_a as a
B_VALUE = "b"
def use_a():
    return a.A_VALUE + "?"
