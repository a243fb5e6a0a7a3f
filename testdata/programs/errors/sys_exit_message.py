import sys
print("about to exit")
sys.exit("fatal: a message goes to stderr, status 1")
