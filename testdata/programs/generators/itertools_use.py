import itertools as it
print(list(it.chain([1, 2], "ab")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2)), list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xy"), 5)), list(it.repeat(7, 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1])), list(it.pairwise("abcd")))
print(list(it.batched("abcdefg", 3)), [list(x) for x in it.tee([1, 2], 2)], list(it.filterfalse(None, [0, 1, "", "a"])))
