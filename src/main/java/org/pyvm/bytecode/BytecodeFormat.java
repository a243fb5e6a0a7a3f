package org.pyvm.bytecode;

import java.nio.file.Path;

/**
 * Constants of the bytecode file format (specified in {@code docs/bytecode.md}).
 *
 * <pre>
 * offset size
 *  0      8   magic: 0x89 'P' 'Y' 'V' 'M' '\r' '\n' 0x1A
 *  8      2   format version (big-endian), {@link #VERSION}
 * 10      2   flags: bit 0 hash-based source stamp, bit 1 check the hash; other bits 0
 * 12     16   source stamp: mtime in ms (i64) and size (i64), or the first 16 bytes of the source's SHA-256
 * 28      4   body length in bytes (u32)
 * 32      4   CRC-32 of the body
 * 36      -   body: the module's code object
 * </pre>
 */
public final class BytecodeFormat {
    private BytecodeFormat() {
    }

    public static final byte[] MAGIC = {(byte) 0x89, 'P', 'Y', 'V', 'M', '\r', '\n', 0x1A};
    /** The format version this build reads and writes; bump it with every incompatible change. */
    public static final int VERSION = 1;
    public static final int HEADER_SIZE = 36;
    public static final int FLAG_HASH = 1;
    public static final int FLAG_CHECK_SOURCE = 2;
    /** Files larger than this are rejected before being read. */
    public static final long MAX_FILE_SIZE = 256L << 20;
    /** Deepest nesting of code objects and constant tuples/frozensets in a file. */
    public static final int MAX_NESTING = 200;

    // Constant tags in the body.
    static final int TAG_NONE = 'N';
    static final int TAG_ELLIPSIS = '.';
    static final int TAG_FALSE = 'F';
    static final int TAG_TRUE = 'T';
    static final int TAG_LONG = 'i';
    static final int TAG_BIGINT = 'I';
    static final int TAG_FLOAT = 'f';
    static final int TAG_COMPLEX = 'x';
    static final int TAG_STR = 's';
    static final int TAG_BYTES = 'b';
    static final int TAG_TUPLE = '(';
    static final int TAG_FROZENSET = '{';
    static final int TAG_CODE = 'c';

    /** The cache file name of a module: {@code NAME.pyvm-VERSION.pyc} (never one of CPython's names). */
    public static String cacheFileName(String moduleName) {
        return moduleName + ".pyvm-" + VERSION + ".pyc";
    }

    /** Where the compiled form of {@code source} ({@code dir/x.py}) is cached: {@code dir/__pycache__/x.pyvm-1.pyc}. */
    public static Path cachePath(Path source) {
        String file = source.getFileName().toString();
        String module = file.endsWith(".py") ? file.substring(0, file.length() - 3) : file;
        Path dir = source.toAbsolutePath().getParent();
        return dir.resolve("__pycache__").resolve(cacheFileName(module));
    }
}
