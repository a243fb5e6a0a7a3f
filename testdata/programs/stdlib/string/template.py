import string
from string import Template

t = Template("$who likes $what, ${who}'s $$5 and ${what}y")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid(), t.template)
for text, kw in [("$x $", {"x": 1}), ("ab\ncd $1", {}), ("${x", {"x": 1}), ("$ ok", {}), ("line\n\nx $!", {}),
                 ("$x", {}), ("${y}", {}), ("$", {}), ("${}", {})]:
    tt = Template(text)
    try:
        print(repr(tt.substitute(**kw)))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
    print(" safe", repr(tt.safe_substitute(**kw)), tt.is_valid(), tt.get_identifiers())
print(Template("$a$b$a_1 ${_x}z $Name").safe_substitute(a=1, a_1=3, _x="U", Name="N"))
print(Template("$$$a $$ $é").safe_substitute(a="A"))
print(Template("${a}${b}").substitute(a=[1], b=(2,)))
print(Template("x").substitute(), Template("").safe_substitute())


class Percent(Template):
    delimiter = "%"


print(Percent("%who is %% %{x}!").substitute(who="me", x=5))


class Dbl(Template):
    delimiter = "@@"


print(Dbl("@@a and @@@@ and @@{b} @@").safe_substitute(a=1, b=2))
try:
    Dbl("q @@").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Template.delimiter, Template.idpattern, Template.braceidpattern)
try:
    Template("$a").substitute({}, b=1)
except KeyError as e:
    print("KeyError", e)
try:
    Template("$a").substitute({}, {})
except TypeError as e:
    print("TypeError", e)
