"""one"""
'''two'''
"""multi
line
string"""
'''with "quotes" and 'quotes' inside'''
"""ends with quote\""""
r"""raw
\n triple"""
"""line1\
continued"""
x = """
    indented
"""
