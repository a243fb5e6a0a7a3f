from modules.circ_bad_y import Y
X = 1
