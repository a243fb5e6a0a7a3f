def f():
    for i in x:
        while y:
            with z:
                try:
                    if a:
                        class C:
                            def g(self):
                                async def h():
                                    async with w:
                                        async for q in r:
                                            match q:
                                                case 1:
                                                    return [lambda: (yield_ for yield_ in q)]
                except E:
                    pass
                finally:
                    pass
