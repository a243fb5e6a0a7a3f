# -*- coding: latin-1 -*-
x = "café"
été = 1
y = "µàÿ"  # é
