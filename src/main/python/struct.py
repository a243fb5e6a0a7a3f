"""Functions to convert between Python values and C structs represented as Python bytes objects (the work is
done by the native module _struct)."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']

from _struct import *
from _struct import _clearcache
