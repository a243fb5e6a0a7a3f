package org.pyvm.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The training run of the launchers' class-data-sharing archive (tools/lib/java-launch.sh): one JVM that does what
 * the short-lived commands do — parse and emit a file's AST, compile a program and run it with the VM — so that
 * the classes of both {@code pyc-compile} and {@code pyvm run} are in the archive. Output is discarded.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        for (String file : args) {
            PycCompile.run(new String[] {"--emit", "ast-json", "-o", "-", file}, sink, sink);
            Pyvm.run(new String[] {"-B", file}, sink, sink);
        }
    }
}
