# Import forms.
import os
import os.path
import xml.dom.minidom as md
from . import sibling
from ..pkg.mod import name as alias, other
from math import *
