import a
import a.b.c
import a as b
import a.b as c
import a, b.c, d as e
from a import b
from a import b as c
from a import b, c as d, e
from a import (b, c)
from a import (b as c,
               d,
               e as f,)
from a.b.c import d
from . import a
from .. import b
from ... import c
from .... import d
from .a import b
from ..a.b import c
from .a import *
from a import *
from .......x import y
from . import (a, b)
import match, case, type
from __future__ import annotations
