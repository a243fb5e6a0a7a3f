package org.pyvm.bytecode;

/**
 * A bytecode file that cannot be loaded: truncated, corrupted, of another format version, or failing verification.
 * The message is one line, {@code FILE: PROBLEM}, ready to be shown to the user as it is.
 * No Java stack trace is recorded: this is an expected outcome of loading an untrusted file.
 */
public final class BadBytecodeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String problem;

    public BadBytecodeException(String file, String problem) {
        super(file + ": " + problem, null, false, false);
        this.file = file;
        this.problem = problem;
    }

    /** The file name as given to the reader. */
    public String file() {
        return file;
    }

    /** The problem, without the file name. */
    public String problem() {
        return problem;
    }
}
