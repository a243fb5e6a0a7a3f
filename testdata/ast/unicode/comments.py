# Комментарий на русском
x = 1  # 中文注释
# 😀 emoji comment
def f():  # ñ
    return x  # ü
