package org.pyvm.bytecode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * How a compiled file is tied to its source (PEP 552): by the source's modification time and size, or by a hash
 * of its bytes (the first 16 bytes of SHA-256), which is either checked against the source when loading or not.
 */
public sealed interface SourceStamp {
    /** The source's last-modified time in milliseconds since the epoch, and its size in bytes. */
    record Timestamp(long mtimeMillis, long size) implements SourceStamp {
        @Override
        public boolean matches(Path source) throws IOException {
            return equals(of(source));
        }
    }

    /** A hash of the source bytes; {@code checkSource} says whether a loader should compare it with the source. */
    record Hash(byte[] digest, boolean checkSource) implements SourceStamp {
        public static final int LENGTH = 16;

        public Hash {
            if (digest.length != LENGTH) {
                throw new IllegalArgumentException("source hash must have " + LENGTH + " bytes");
            }
            digest = digest.clone();
        }

        @Override
        public boolean matches(Path source) throws IOException {
            return !checkSource || Arrays.equals(digest, hashOf(Files.readAllBytes(source)));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Hash h && checkSource == h.checkSource && Arrays.equals(digest, h.digest);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(digest) * 2 + (checkSource ? 1 : 0);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("Hash[");
            for (byte b : digest) {
                sb.append(String.format("%02x", b));
            }
            return sb.append(checkSource ? ", checked]" : ", unchecked]").toString();
        }
    }

    /** Whether the compiled file is still valid for this source file. */
    boolean matches(Path source) throws IOException;

    /** The timestamp stamp of a source file. */
    static Timestamp of(Path source) throws IOException {
        return new Timestamp(Files.getLastModifiedTime(source).toMillis(), Files.size(source));
    }

    /** The hash stamp of source bytes. */
    public static Hash hash(byte[] source, boolean checkSource) {
        return new Hash(hashOf(source), checkSource);
    }

    /** The first 16 bytes of the SHA-256 of the source bytes. */
    static byte[] hashOf(byte[] source) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(source), Hash.LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
