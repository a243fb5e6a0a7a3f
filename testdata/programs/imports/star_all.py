from modules.exports import *
print(shown, _also_shown)
try:
    not_listed
except NameError as e:
    print("NameError", e)
from modules.util import *
print(public, helper(4))
try:
    _private
except NameError as e:
    print("NameError", e)
