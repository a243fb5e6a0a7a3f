import os

print(os.PathLike, os.stat_result, os.DirEntry)
os.stat("no_such_file_for_pyvm_stat")
