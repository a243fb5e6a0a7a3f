# leading comment

x = 1  # trailing

# between


def f():  # on def
    # inside

    x = 1

        # weird indentation comment
    return x  # trailing
# dedented comment
    # indented comment after
y = 2
