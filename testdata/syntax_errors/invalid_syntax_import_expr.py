import a.b()
