def f():
    é = 'ü'; global é
