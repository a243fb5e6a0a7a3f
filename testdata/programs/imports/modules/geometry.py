from . import util
from .util import helper
from .sub import deep

def area(w, h):
    return helper(w * h) // 2

where = (__name__, __package__)
deep_name = deep.NAME
