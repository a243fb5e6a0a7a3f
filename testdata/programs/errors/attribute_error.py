class C:
    pass
print("making C")
C().missing
