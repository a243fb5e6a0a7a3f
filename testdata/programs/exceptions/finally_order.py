log = []
def f():
    try:
        log.append("try")
        try:
            log.append("inner try")
            raise ValueError
        except ValueError:
            log.append("inner except")
            raise
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
        return "ret"
    finally:
        log.append("outer finally")
print(f(), log)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print(v)
    break
print("after loop")
