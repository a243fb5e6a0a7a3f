print("before")
from modules.util import helpr
