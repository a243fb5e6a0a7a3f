"""_warnings: warn() and warn_explicit() for the warnings module (pyvm's stand-in for CPython's C accelerator).

The filters, registries and the display hooks are the warnings module's, looked up at every call (catch_warnings
swaps them). Frames of this module stay out of tracebacks (__pyvm_hide_frames__), as C functions' do: a warning
turned into an error shows the line that warned.
"""

__pyvm_hide_frames__ = True  # a stand-in for a C module: frames stay out of tracebacks

import sys


def _state():
    w = sys.modules.get('warnings')
    if w is None:
        import warnings as w
    return w


def _match(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs')
    try:
        frame = sys._getframe(1)
        for _ in range(stacklevel - 1):
            frame = frame.f_back
            if frame is None:
                break
            while skip_file_prefixes and frame.f_code.co_filename.startswith(skip_file_prefixes):
                frame = frame.f_back
                if frame is None:
                    break
    except ValueError:
        frame = None
    if frame is None:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_['__name__'] if '__name__' in globals_ else "<string>"
    registry = globals_.setdefault("__warningregistry__", {})
    _explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Low-level interface to warnings functionality."""
    _explicit(message, category, filename, lineno, module, registry, module_globals, source)


def _explicit(message, category, filename, lineno, module, registry, module_globals, source):
    w = _state()
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != w._filters_version:
        registry.clear()
        registry['version'] = w._filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in w.filters:
        action, msg, cat, mod, ln = item
        if (_match(msg, text) and issubclass(category, cat) and _match(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = w.defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if w.onceregistry.get(oncekey):
            return
        w.onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    w._showwarnmsg(w.WarningMessage(message, category, filename, lineno, source=source))
