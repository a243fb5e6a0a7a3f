import sys
import modules.util as u1
import modules.util as u2
print(u1 is u2, sys.modules["modules.util"] is u1, "modules" in sys.modules)
sys.modules["fake_module"] = "I am fake"
import fake_module
print(fake_module)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
m = __import__("modules.geometry", fromlist=["area"])
print(m.__name__, m.area(1, 2))
print(__import__("modules.sub.deep").__name__)
