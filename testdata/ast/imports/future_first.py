"""doc"""
from __future__ import annotations, division
from __future__ import (generator_stop)
import os
