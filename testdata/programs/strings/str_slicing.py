s = "The quick brown fox"
print(s[4:9], s[::-1], s[::3], s[-3:], s[:-4], s[100:], s[4:9:2], s[-1:-6:-1])
print(s.split()[::-1], " ".join(w[::-1] for w in s.split()), s[0] + s[1:].lower())
print([s[i:i + 4] for i in range(0, len(s), 4)])
words = s.lower().split()
print(max(words, key=len), "".join(sorted(set("mississippi"))), s.count(" "), s.index("q"))
print("abc"[1], "abc"[-1], "abc"[1:1], "a" * 0, "" in "abc", "abc" > "abd", "Z" < "a")
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    s[0] = "x"
except TypeError as e:
    print(e)
