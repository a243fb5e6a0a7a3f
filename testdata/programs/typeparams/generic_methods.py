class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> "Stack[T]":
        self.items.append(x)
        return self
    def map[U](self, f) -> "Stack[U]":
        s = Stack()
        s.items = [f(x) for x in self.items]
        return s
s = Stack().push(1).push(2).map(lambda x: x * 10)
print(s.items)
print([p.__name__ for p in Stack.map.__type_params__], Stack.__type_params__[0].__name__)
print(Stack.push.__type_params__, Stack.__init__.__annotations__)
