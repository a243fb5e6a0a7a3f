package org.pyvm.bytecode;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * How the VM side reaches the compiler without depending on it: the compiler registers an implementation with
 * {@link ServiceLoader}; with {@code pyvm.jar} alone there is none, and {@link #find()} is empty.
 */
public interface SourceCompiler {
    /**
     * Compiles the source of a module (bytes as read from the file: coding declarations apply).
     *
     * @throws SourceError a syntax error of any stage, carrying CPython's display of it
     */
    CodeObject compile(byte[] source, String filename) throws SourceError;

    /**
     * Compiles decoded source text for {@code compile()}, {@code exec()} and {@code eval()}; mode is "exec",
     * "eval" (the code returns the expression's value) or "single".
     *
     * @throws SourceError a syntax error of any stage
     */
    CodeObject compileMode(String source, String filename, String mode) throws SourceError;

    /** The compiler, if one is on the class path. */
    static Optional<SourceCompiler> find() {
        return ServiceLoader.load(SourceCompiler.class).findFirst();
    }

    /** A SyntaxError (or IndentationError, TabError) found while compiling. */
    final class SourceError extends Exception {
        private final String display;
        /** SyntaxError, IndentationError or TabError. */
        public String kind = "SyntaxError";
        /** The bare message, without the kind. */
        public String msg = "";
        public String filename;
        /** 1-based line and column (as SyntaxError's attributes: offsets count characters, 1-based); 0 if unknown. */
        public int lineno;
        public int offset;
        public int endLineno;
        public int endOffset;
        /** The source line, or null. */
        public String text;

        /**
         * @param message the one-line {@code Kind: message}
         * @param display the whole display as CPython prints it (file and line, source line, carets, message)
         */
        public SourceError(String message, String display) {
            super(message, null, false, false);
            this.display = display;
        }

        /** CPython's display of the error, ending with a newline. */
        public String display() {
            return display;
        }
    }
}
