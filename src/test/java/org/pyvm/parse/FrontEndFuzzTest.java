package org.pyvm.parse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Feeds thousands of mutated versions of the {@code testdata/ast} sources (bytes flipped, lines cut, brackets and
 * quotes inserted, indentation shuffled ...) to {@link FrontEnd#parseFile}. Each must end within a second in a
 * module or a {@link PySyntaxError} whose {@code format()} works; anything else fails the test with the seed and
 * the mutated source. The first input that hangs stops the run.
 *
 * <p>Case {@code i} uses {@code new Random(seed + i)}, so one case is reproduced with
 * {@code -Dpyvm.fuzz.seed=<its seed> -Dpyvm.fuzz.cases=1}. The run stops early, with a note, when it reaches its
 * time budget ({@code pyvm.fuzz.budgetSeconds}, 45 by default).
 */
class FrontEndFuzzTest {
    private static final long SEED = Long.getLong("pyvm.fuzz.seed", 20240601L);
    private static final int CASES = Integer.getInteger("pyvm.fuzz.cases", 4000);
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(Long.getLong("pyvm.fuzz.budgetSeconds", 45));
    private static final long LIMIT_MILLIS = 1000;
    private static final int MAX_REPORTED = 5;

    /** Text inserted at random places: brackets, quotes, prefixes, operators, keywords, odd characters. */
    private static final String[] INSERTS = {
        "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "f'", "f\"", "rb'", "f'{", "}'", "{x", "!r", ":",
        "=", ",", "*", "**", "@", ".", "...", ":=", "->", "\\", "\\\n", "\n", "\r", "\r\n", "\t", " ", "    ", "#",
        ";", "if ", "else", "elif x:", "lambda", "lambda *a, /:", "def ", "class ", "match ", "case ", "type ",
        "async ", "await ", "yield", "return", "del ", "global x", "try:", "except*", "finally:", "with ", "import ",
        "from . import", "0x", "1e", "1_", "0b2", "1j", "é", "中", "😀", "\u00a0", "\u2212", "\0", "\u00ff",
        "\ufeff", "\\N{", "\\x", "\\u12", "_", "not", "in", "is not", "$", "?", "`",
    };

    @Test
    void mutatedSourcesEndInAModuleOrASyntaxError() throws Exception {
        List<byte[]> sources = new ArrayList<>();
        for (Path p : TestData.files("ast", ".py")) {
            sources.add(TestData.bytes(p));
        }
        ExecutorService[] executor = {newExecutor()};
        try {
            // Warm-up: the originals, with a generous limit, so that class loading and JIT do not count.
            for (byte[] s : sources) {
                run(executor, s, TimeUnit.SECONDS.toMillis(30));
            }
            List<String> failures = new ArrayList<>();
            long start = System.nanoTime();
            int done = 0, modules = 0, syntaxErrors = 0;
            for (int i = 0; i < CASES && failures.size() < MAX_REPORTED; i++) {
                if (System.nanoTime() - start > BUDGET_NANOS) {
                    System.out.println("FrontEndFuzzTest: time budget reached after " + done + " of " + CASES
                            + " cases");
                    break;
                }
                long seed = SEED + i;
                Random random = new Random(seed);
                byte[] source = mutate(sources.get(random.nextInt(sources.size())), random);
                String problem = run(executor, source, LIMIT_MILLIS);
                if ("timeout".equals(problem)) {
                    problem = run(executor, source, LIMIT_MILLIS); // once more: a GC pause is not a hang
                    if ("timeout".equals(problem)) {
                        // A hung parse keeps its (abandoned) thread busy: stop here rather than pile up more.
                        failures.add("seed " + seed + ": no result within " + LIMIT_MILLIS + " ms, twice (fuzzing "
                                + "stopped)\n--- mutated source (Java escapes) ---\n" + escape(source) + "\n---");
                        break;
                    }
                }
                done++;
                if (problem == null) {
                    modules++;
                } else if (problem.isEmpty()) {
                    syntaxErrors++;
                } else {
                    failures.add("seed " + seed + ": " + problem + "\n--- mutated source (Java escapes) ---\n"
                            + escape(source) + "\n---");
                }
            }
            System.out.printf("FrontEndFuzzTest: %d cases (%d modules, %d syntax errors) in %.1f s%n", done,
                    modules, syntaxErrors, (System.nanoTime() - start) / 1e9);
            if (!failures.isEmpty()) {
                fail(failures.size() + " mutated sources broke the front end (reproduce one with "
                        + "-Dpyvm.fuzz.seed=SEED -Dpyvm.fuzz.cases=1):\n\n" + String.join("\n\n", failures));
            }
        } finally {
            executor[0].shutdownNow();
        }
    }

    /**
     * Parses {@code source} on the worker thread: null for a module, "" for a PySyntaxError, "timeout", or a
     * description of any other outcome. A timed-out worker is abandoned (daemon thread) and replaced.
     */
    private static String run(ExecutorService[] executor, byte[] source, long limitMillis) throws InterruptedException {
        Future<Boolean> future = executor[0].submit(() -> {
            try {
                FrontEnd.parseFile(source, "fuzz.py");
                return true;
            } catch (PySyntaxError e) {
                e.format();
                return false;
            }
        });
        try {
            return future.get(limitMillis, TimeUnit.MILLISECONDS) ? null : "";
        } catch (TimeoutException e) {
            future.cancel(true);
            executor[0].shutdownNow();
            executor[0] = newExecutor();
            return "timeout";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            StringBuilder trace = new StringBuilder(cause.toString());
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(12, frames.length); i++) {
                trace.append("\n    at ").append(frames[i]);
            }
            return trace.toString();
        }
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "front-end-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    /** One to three random mutations of {@code original}. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] s = original;
        int count = 1 + random.nextInt(3);
        for (int k = 0; k < count; k++) {
            s = switch (random.nextInt(8)) {
                case 0 -> flipByte(s, random);
                case 1 -> cutLines(s, random);
                case 2 -> truncate(s, random);
                case 3, 4 -> insert(s, random, INSERTS[random.nextInt(INSERTS.length)]);
                case 5 -> reindent(s, random);
                case 6 -> duplicateLine(s, random);
                default -> swapLines(s, random);
            };
        }
        return s;
    }

    private static byte[] flipByte(byte[] s, Random random) {
        if (s.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        byte[] out = s.clone();
        int i = random.nextInt(out.length);
        out[i] = random.nextBoolean() ? (byte) (out[i] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
        return out;
    }

    private static byte[] truncate(byte[] s, Random random) {
        return s.length == 0 ? s : java.util.Arrays.copyOf(s, random.nextInt(s.length));
    }

    private static byte[] insert(byte[] s, Random random, String text) {
        int at = s.length == 0 ? 0 : random.nextInt(s.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(s, 0, at);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.write(s, at, s.length - at);
        return out.toByteArray();
    }

    private static List<String> lines(byte[] s) {
        // ISO-8859-1 maps bytes to chars one to one, so a round trip keeps every byte.
        return new ArrayList<>(List.of(new String(s, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] cutLines(byte[] s, Random random) {
        List<String> lines = lines(s);
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(3));
        lines.subList(from, to).clear();
        return join(lines);
    }

    private static byte[] reindent(byte[] s, Random random) {
        List<String> lines = lines(s);
        int i = random.nextInt(lines.size());
        String body = lines.get(i).stripLeading();
        String[] indents = {"", " ", "  ", "    ", "        ", "\t", "\t    ", "    \t", "\f"};
        lines.set(i, indents[random.nextInt(indents.length)] + body);
        return join(lines);
    }

    private static byte[] duplicateLine(byte[] s, Random random) {
        List<String> lines = lines(s);
        int i = random.nextInt(lines.size());
        lines.add(random.nextInt(lines.size() + 1), lines.get(i));
        return join(lines);
    }

    private static byte[] swapLines(byte[] s, Random random) {
        List<String> lines = lines(s);
        int i = random.nextInt(lines.size()), j = random.nextInt(lines.size());
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
        return join(lines);
    }

    /** The source as Java string escapes, bytes above ASCII as \xNN, so that it can be pasted into a test. */
    private static String escape(byte[] s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s) {
            int c = b & 0xff;
            if (c == '\n') {
                out.append("\\n\n");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c >= 0x20 && c < 0x7f || c == '\t') {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.toString();
    }
}
