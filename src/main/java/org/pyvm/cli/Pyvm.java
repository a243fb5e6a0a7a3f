package org.pyvm.cli;

/**
 * {@code pyvm}: runs Python programs. The bytecode compiler and the VM are not built yet, so for now the command
 * says so and exits with status 2 instead of pretending to run anything.
 */
public final class Pyvm {
    private Pyvm() {
    }

    public static void main(String[] args) {
        System.err.println("pyvm: running programs is not available yet: this build has the front end only "
                + "(see tools/pyc-compile --emit ast-json)");
        System.exit(2);
    }
}
