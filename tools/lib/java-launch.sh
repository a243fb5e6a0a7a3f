# Sourced by the launchers (tools/pyc-compile, tools/pyvm). Defines run_java MAIN ARGS...: runs a main class of
# target/pyvm-full.jar with the JVM settings that suit a short-lived command, and a class-data-sharing archive.
#
# The archive (target/pyvm-full.jsa) holds the parsed and verified classes of a typical run, so a cold start does
# not load them from the jar again. It is made on first use (and again whenever the jar is newer), by one training
# run over testdata/sample/hello.py (its AST emitted, then compiled and run by the VM: CdsTraining), and written
# atomically; if it cannot be made, commands run without it.

# No subshells here: every fork shows in a cold start.
pyvm_lib=${BASH_SOURCE[0]%/*}
[[ "$pyvm_lib" == "${BASH_SOURCE[0]}" ]] && pyvm_lib=.
pyvm_root=$pyvm_lib/../..
pyvm_jar="$pyvm_root/target/pyvm-full.jar"
pyvm_jsa="$pyvm_root/target/pyvm-full.jsa"
# C1 only: these commands are short-lived; C2 compiling ANTLR's large methods costs more than it returns.
pyvm_jvm_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss16m -XX:-UsePerfData)

require_jar() {
    local tool=$1
    if [[ ! -f "$pyvm_jar" ]]; then
        local root
        root=$(cd "$pyvm_root" && pwd)
        echo "$tool: $root/target/pyvm-full.jar is missing; build it first with: (cd '$root' && mvn -q package -DskipTests)" >&2
        exit 2
    fi
}

ensure_cds_archive() {
    if [[ -f "$pyvm_jsa" && "$pyvm_jsa" -nt "$pyvm_jar" ]] || [[ -n "${PYVM_NO_CDS:-}" ]]; then
        return 0
    fi
    local tmp="$pyvm_jsa.$$.tmp"
    if java "${pyvm_jvm_opts[@]}" -Xlog:disable -XX:ArchiveClassesAtExit="$tmp" -cp "$pyvm_jar" \
            org.pyvm.cli.CdsTraining "$pyvm_root/testdata/sample/hello.py" >/dev/null 2>&1 \
            && [[ -f "$tmp" ]]; then
        mv -f "$tmp" "$pyvm_jsa"
    else
        rm -f "$tmp"
    fi
}

run_java() {
    local main=$1
    shift
    ensure_cds_archive
    local cds=()
    if [[ -f "$pyvm_jsa" && -z "${PYVM_NO_CDS:-}" ]]; then
        cds=(-Xlog:disable -XX:SharedArchiveFile="$pyvm_jsa")
    fi
    exec java "${pyvm_jvm_opts[@]}" "${cds[@]}" ${PYVM_JAVA_OPTS:-} -cp "$pyvm_jar" "$main" "$@"
}
