import modules.geometry as g
from modules.geometry import area
from modules import util
import modules
print(g.area(3, 4), area(2, 5), util.helper("ab"))
print(g.where, g.deep_name)
print(modules.VERSION, modules.util is util, modules.geometry is g)
print(type(modules).__name__, modules.__name__, modules.__package__, util.__package__)
print(hasattr(modules, "__path__"), hasattr(util, "__path__"))
