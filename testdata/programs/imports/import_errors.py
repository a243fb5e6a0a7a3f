import sys
for stmt in ["import nosuch_module_xyz", "import modules.nosuch", "import modules.util.deeper",
             "from modules import nosuch_name", "from modules.util import nothing_here",
             "import modules.beyond", "from . import x"]:
    try:
        exec(stmt, {"__name__": "__main__"})
    except ImportError as e:
        msg = str(e).split(" (")[0]
        print(type(e).__name__, "|", msg, "|", e.name)
print("modules.nosuch" in sys.modules)
