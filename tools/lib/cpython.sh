# Sourced by the tools that need the oracle. Defines find_cpython, which sets CPYTHON to a CPython 3.12
# interpreter, or prints why none was found and returns 1.
#
# Looked for, in order: $PYVM_CPYTHON; python3.12 (under pyenv, with PYENV_VERSION=3.12.x when the bare shim
# refuses to run); pyenv's versions/3.12*/bin/python3.12; python3 if it is 3.12.

is_cpython312() {
    "$@" -c 'import sys; sys.exit(not (sys.implementation.name == "cpython" and sys.version_info[:2] == (3, 12)))' \
        >/dev/null 2>&1
}

find_cpython() {
    CPYTHON=
    local c
    if [ -n "${PYVM_CPYTHON:-}" ]; then
        if is_cpython312 "$PYVM_CPYTHON"; then CPYTHON=$PYVM_CPYTHON; return 0; fi
        echo "PYVM_CPYTHON=$PYVM_CPYTHON is not a working CPython 3.12" >&2
        return 1
    fi
    if command -v python3.12 >/dev/null 2>&1 && is_cpython312 python3.12; then
        CPYTHON=$(command -v python3.12); return 0
    fi
    if command -v pyenv >/dev/null 2>&1; then
        for c in "$(pyenv root 2>/dev/null)"/versions/3.12*/bin/python3.12; do
            if [ -x "$c" ] && is_cpython312 "$c"; then CPYTHON=$c; return 0; fi
        done
    fi
    if command -v python3 >/dev/null 2>&1 && is_cpython312 python3; then
        CPYTHON=$(command -v python3); return 0
    fi
    return 1
}

# Exits 0 with a message when no CPython 3.12 is found: tools that need the oracle skip, they do not fail.
require_cpython_or_skip() {
    local tool=$1
    if ! find_cpython; then
        echo "$tool: skipped: CPython 3.12 not found (set PYVM_CPYTHON=/path/to/python3.12)" >&2
        exit 0
    fi
}
