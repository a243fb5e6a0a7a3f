try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert False
except AssertionError as e:
    print("bare", e.args)
assert True, "not raised"
print("ok")
