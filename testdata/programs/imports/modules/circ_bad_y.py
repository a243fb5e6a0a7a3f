from modules.circ_bad_x import X
Y = 2
