def load(name):
    with open(name) as f:
        return f.read()


print("start")
load("no_such_file_for_pyvm.txt")
