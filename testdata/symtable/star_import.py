from os import *
from . import sibling
from .. pkg import mod as m
