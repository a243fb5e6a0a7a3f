from .. import util
from ..util import public
NAME = __name__ + " sees " + public + " " + str(util.helper(21))
