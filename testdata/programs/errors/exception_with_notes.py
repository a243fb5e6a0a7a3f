e = ValueError("bad value")
e.add_note("note one")
e.add_note("note two")
print("raising with notes")
raise e
