def classify(p):
    match p:
        case (x, y) if x > 0 and y > 0: return "Q1"
        case (x, y) if x < 0 < y: return "Q2"
        case (x, y) if x == 0 or y == 0: return "axis"
        case (x, y): return "Q3/Q4"
print([classify(p) for p in [(1, 1), (-1, 1), (0, 5), (-2, -2), (3, -1)]])
calls = []
def g(v):
    calls.append(v)
    return v > 1
match [1, 2, 3]:
    case [a, *_] if g(a): print("no")
    case [_, b, *_] if g(b): print("second guard", b)
print(calls)
match "cmd arg1 arg2".split():
    case ["cmd", *args]:
        print("args", args)
