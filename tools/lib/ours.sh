# Sourced by the tools that run our front end. Defines require_ours, which sets OURS to the pyc-compile command
# ($PYVM_PYC_COMPILE, or tools/pyc-compile with the built jar) or exits 2 saying how to build it.
require_ours() {
    local tool=$1
    if [ -n "${PYVM_PYC_COMPILE:-}" ]; then OURS=$PYVM_PYC_COMPILE; return 0; fi
    OURS="$root/tools/pyc-compile"
    if [ ! -x "$OURS" ]; then
        echo "$tool: $OURS is missing (it comes with the CLI)" >&2
        exit 2
    fi
    if ! ls "$root"/target/pyvm-full.jar >/dev/null 2>&1; then
        echo "$tool: target/pyvm-full.jar is missing: build it first with  (cd $root && mvn -q -DskipTests package)" >&2
        exit 2
    fi
}
