import sys
print("out")
raise SystemExit("fatal: stopping")
