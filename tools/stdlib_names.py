"""Writes testdata/stdlib/public_names.txt: for each module of the first standard-library tier (issue #5), its
public names in CPython 3.12 (its __all__ when it has one, else dir() without names starting with "_" and
without the modules it imported), one "module name" pair per line.
StdlibNamesTest checks that pyvm's modules expose all of them.
Run with CPython 3.12: python3.12 tools/stdlib_names.py ROOT"""
import importlib
import os
import sys
import types

MODULES = ["random", "collections", "collections.abc", "itertools", "functools", "operator", "io", "json", "array",
           "struct", "string", "copy", "heapq", "bisect", "types", "abc", "enum", "dataclasses", "contextlib",
           "weakref", "gc", "errno", "os", "os.path", "traceback", "warnings", "textwrap", "time", "__future__",
           "math", "sys", "builtins"]

# names CPython has only because of how it is built (platform- or implementation-specific), not part of the API
# a pyvm program can rely on
SKIP = {
    "os": {"posix_spawn", "posix_spawnp", "register_at_fork", "sched_param", "pidfd_open", "memfd_create",
           "eventfd", "eventfd_read", "eventfd_write", "splice", "copy_file_range", "sendfile", "login_tty",
           # modules and classes os.py imports for itself
           "abc", "st", "sys", "GenericAlias", "Mapping", "MutableMapping"},
    "sys": {"abiflags", "activate_stack_trampoline", "deactivate_stack_trampoline", "is_stack_trampoline_active",
            "getdlopenflags", "setdlopenflags", "getallocatedblocks", "getunicodeinternedsize", "thread_info",
            "pycache_prefix", "monitoring", "unraisablehook", "settrace", "setprofile", "gettrace", "getprofile",
            "call_tracing", "getswitchinterval", "setswitchinterval", "get_asyncgen_hooks", "set_asyncgen_hooks",
            "get_coroutine_origin_tracking_depth", "set_coroutine_origin_tracking_depth", "audit", "addaudithook",
            "breakpointhook", "get_int_max_str_digits", "set_int_max_str_digits", "platlibdir", "_git", "last_exc", "last_type", "last_value", "last_traceback", "ps1",
            "ps2", "tracebacklimit"},
}


def main():
    root = sys.argv[1]
    out = []
    for name in MODULES:
        m = importlib.import_module(name)
        names = getattr(m, "__all__", None)
        if names is None:
            names = [n for n in dir(m) if not n.startswith("_") and not isinstance(getattr(m, n), types.ModuleType)]
        for n in sorted(set(names)):
            if n not in SKIP.get(name, ()):
                out.append(f"{name} {n}")
    os.makedirs(os.path.join(root, "testdata/stdlib"), exist_ok=True)
    with open(os.path.join(root, "testdata/stdlib/public_names.txt"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
