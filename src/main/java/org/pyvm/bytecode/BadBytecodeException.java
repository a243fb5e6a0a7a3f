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

    /** Control characters in either part (names read from a hostile file) are escaped; long problems are cut. */
    public BadBytecodeException(String file, String problem) {
        super(oneLine(file, 300) + ": " + oneLine(problem, 500), null, false, false);
        this.file = file;
        this.problem = problem;
    }

    private static String oneLine(String s, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < max; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                sb.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= max) {
            sb.setLength(max);
            sb.append("...");
        }
        return sb.toString();
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
