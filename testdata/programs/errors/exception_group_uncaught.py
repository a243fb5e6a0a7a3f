print("group")
raise ExceptionGroup("several", [ValueError("v"), TypeError("t")])
