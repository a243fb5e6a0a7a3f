package org.pyvm.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.pyvm.ast.AstJson;
import org.pyvm.bytecode.BadBytecodeException;
import org.pyvm.bytecode.BytecodeFormat;
import org.pyvm.bytecode.BytecodeReader;
import org.pyvm.bytecode.BytecodeWriter;
import org.pyvm.bytecode.SourceStamp;
import org.pyvm.compiler.Compiler;
import org.pyvm.parse.FrontEnd;
import org.pyvm.parse.PySyntaxError;
import org.pyvm.parse.SourceText;
import org.pyvm.parse.TokenDump;

/**
 * {@code pyc-compile}: the front end and compiler on the command line.
 *
 * <p>By default it compiles, as CPython's {@code compileall} does: each {@code x.py} to
 * {@code __pycache__/x.pyvm-VERSION.pyc} beside it (never one of CPython's names), skipping files whose cache is
 * up to date unless {@code -f}. {@code --emit} shows a stage instead (the AST as JSON, the tokens).
 *
 * <p>Every source file is handled independently: a file that fails is reported in CPython's format on stderr and
 * skipped, the others are still processed, and the exit status is 1 if any failed (2 for a usage error).
 * Output files are written atomically (a temporary file renamed into place), so a failed or interrupted run never
 * leaves a half-written file.
 */
public final class PycCompile {

    /** What to produce for each source file. */
    enum Emit {
        ast_json, tokens;

        static Emit parse(String s) {
            return switch (s) {
                case "ast-json" -> ast_json;
                case "tokens" -> tokens;
                default -> throw new UsageError("argument --emit: invalid choice: '" + s
                        + "' (choose from 'ast-json', 'tokens')");
            };
        }
    }

    static final String USAGE = "usage: pyc-compile [-h] [--version] [-q] [-f] [-j N] [-o OUT] [--check [--parse-only]]"
            + " [--emit {ast-json,tokens}] PATH [PATH ...]";

    /** The help text; built on demand (String.formatted would load java.util.Formatter on every cold start). */
    static String help() {
        return USAGE + """


            Compiles Python 3.12 source files to pyvm bytecode files, as compileall does: each x.py
            to __pycache__/x.pyvm-%d.pyc beside it. Or shows a stage of the front end (--emit).

            positional arguments:
              PATH                  source files, and directories searched for *.py

            options:
              -h, --help            show this help message and exit
              --version             show the version and exit
              -q                    quiet: print nothing but errors
              -f                    force: compile even files whose compiled file is up to date
              -j N                  compile with N workers (0: one per processor; default 1)
              -o OUT                compiling: the output file of a single source file;
                                    --emit ast-json: the output directory ('-' for stdout)
              --check               parse and compile every file, write nothing
              --parse-only          with --check: stop after the AST
              --emit {ast-json,tokens}
                                    ast-json: one JSON file of the AST per source file;
                                    tokens: print the token stream
            """.replace("%d", String.valueOf(BytecodeFormat.VERSION));
    }

    static final String VERSION = "pyc-compile 0.1 (Python 3.12 syntax)";

    /** A bad command line: reported with the usage line, exit status 2. */
    static final class UsageError extends RuntimeException {
        UsageError(String msg) {
            super(msg, null, false, false);
        }
    }

    private Emit emit;
    private String out;
    private boolean check;
    private boolean quiet;
    private boolean force;
    private boolean parseOnly;
    private int jobs = 1;
    private final List<String> paths = new ArrayList<>();

    private final PrintStream stdout;
    private final PrintStream stderr;

    PycCompile(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** One source file to process, and where its output goes relative to the output directory. */
    private record Input(Path file, String displayName, Path relative) {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args, System.out, System.err);
        } catch (RuntimeException | Error e) {
            // A bug of ours: one line for the user, never a Java stack trace.
            System.err.println("pyc-compile: internal error: " + e);
            status = 1;
        }
        System.exit(status);
    }

    /** Runs the command and returns its exit status (used by main and by tests). */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        PycCompile cmd = new PycCompile(stdout, stderr);
        try {
            if (!cmd.parseArgs(args)) {
                return 0;
            }
        } catch (UsageError e) {
            stderr.println(USAGE);
            stderr.println("pyc-compile: error: " + e.getMessage());
            return 2;
        }
        return FrontEnd.onParserThread(new java.util.function.Supplier<Integer>() {
            @Override
            public Integer get() {
                return cmd.call();
            }
        });
    }

    /**
     * Reads the command line in the manner of Python's argparse (options anywhere, {@code --opt=value} and
     * {@code -oVALUE} forms, {@code --} ends options). Returns false when the command is done (help, version).
     *
     * <p>Hand-written rather than picocli: picocli's classes cannot be stored in a class-data-sharing archive
     * (class-file version 49) and cost about 50 ms of a cold run whose whole budget is about 110 ms.
     */
    boolean parseArgs(String[] args) {
        boolean optionsDone = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (optionsDone || !a.startsWith("-") || a.equals("-")) {
                paths.add(a);
                continue;
            }
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if ((a.startsWith("-o") || a.startsWith("-j")) && a.length() > 2) {
                name = a.substring(0, 2);
                value = a.substring(2);
            }
            switch (name) {
                case "--" -> optionsDone = true;
                case "-h", "--help" -> {
                    stdout.print(help());
                    return false;
                }
                case "--version" -> {
                    stdout.println(VERSION);
                    return false;
                }
                case "--check" -> check = true;
                case "-q" -> quiet = true;
                case "-f" -> force = true;
                case "--parse-only" -> parseOnly = true;
                case "--emit", "-o", "-j" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageError("argument " + name + ": expected one argument");
                        }
                        value = args[++i];
                    }
                    if (name.equals("-o")) {
                        out = value;
                    } else if (name.equals("-j")) {
                        try {
                            jobs = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            jobs = -1;
                        }
                        if (jobs < 0) {
                            throw new UsageError("argument -j: invalid int value: '" + value + "'");
                        }
                        if (jobs == 0) {
                            jobs = Runtime.getRuntime().availableProcessors();
                        }
                    } else {
                        emit = Emit.parse(value);
                    }
                }
                default -> throw new UsageError("unrecognized arguments: " + a);
            }
        }
        if (paths.isEmpty()) {
            throw new UsageError("the following arguments are required: PATH");
        }
        if (parseOnly && !check) {
            throw new UsageError("--parse-only goes with --check");
        }
        return true;
    }

    private Integer call() {
        if (emit == Emit.ast_json && out == null) {
            stderr.println("pyc-compile: --emit ast-json needs -o OUT (a directory, or - for stdout)");
            return 2;
        }
        boolean failed = false;
        List<Input> inputs = new ArrayList<>();
        for (String p : paths) {
            failed |= !collect(p, inputs);
        }
        boolean singleOutput = "-".equals(out) || emit == null && out != null;
        if (singleOutput && inputs.size() + (failed ? 1 : 0) > 1) {
            stderr.println("pyc-compile: -o " + out + " takes exactly one source file");
            return 2;
        }
        if (jobs <= 1 || inputs.size() <= 1) {
            for (Input in : inputs) {
                failed |= !report(process(in));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
                Thread t = new Thread(r, "pyc-compile-worker");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Outcome>> results = new ArrayList<>();
                for (Input in : inputs) {
                    results.add(pool.submit(() -> process(in)));
                }
                // Reported in input order, whatever order the workers finish in.
                for (Future<Outcome> f : results) {
                    failed |= !report(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            } catch (ExecutionException e) {
                stderr.println("pyc-compile: internal error: " + e.getCause());
                return 1;
            } finally {
                pool.shutdownNow();
            }
        }
        stdout.flush();
        return failed ? 1 : 0;
    }

    /** What processing one file printed, and whether it succeeded. */
    private record Outcome(boolean ok, byte[] out, String err) {
    }

    private boolean report(Outcome o) {
        stdout.write(o.out(), 0, o.out().length);
        stdout.flush();
        stderr.print(o.err());
        return o.ok();
    }

    private boolean collect(String arg, List<Input> inputs) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (java.nio.file.InvalidPathException e) {
            stderr.println("pyc-compile: can't open file '" + arg + "': [Errno 22] Invalid argument");
            return false;
        }
        if (Files.isDirectory(path)) {
            if (!quiet && emit == null && !check) {
                stdout.println("Listing '" + arg + "'...");
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(f -> f.getFileName().toString().endsWith(".py") && Files.isRegularFile(f))
                    .sorted()
                    .forEach(f -> inputs.add(new Input(f, f.toString(), path.relativize(f))));
            } catch (IOException | UncheckedIOException e) {
                stderr.println("pyc-compile: can't list directory '" + arg + "': " + e.getMessage());
                return false;
            }
            return true;
        }
        if (!Files.exists(path)) {
            stderr.println("pyc-compile: can't open file '" + arg + "': [Errno 2] No such file or directory");
            return false;
        }
        inputs.add(new Input(path, arg, path.getFileName()));
        return true;
    }

    private Outcome process(Input in) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(outBytes, false, StandardCharsets.UTF_8);
        StringBuilder e = new StringBuilder();
        boolean ok = process(in, o, e);
        o.flush();
        return new Outcome(ok, outBytes.toByteArray(), e.toString());
    }

    private boolean process(Input in, PrintStream o, StringBuilder err) {
        byte[] bytes;
        SourceStamp stamp;
        Path target = null;
        try {
            if (emit == null && !check) {
                target = out != null ? Path.of(out) : BytecodeFormat.cachePath(in.file());
                if (!force && upToDate(in.file(), target)) {
                    return true;
                }
            }
            // The stamp is taken before reading, so a source changed meanwhile is recompiled next time.
            stamp = SourceStamp.of(in.file());
            bytes = Files.readAllBytes(in.file());
        } catch (NoSuchFileException e) {
            err.append("pyc-compile: can't open file '").append(in.displayName())
               .append("': [Errno 2] No such file or directory\n");
            return false;
        } catch (IOException e) {
            err.append("pyc-compile: can't read file '").append(in.displayName()).append("': ")
               .append(e.getMessage()).append('\n');
            return false;
        }
        try {
            if (emit == Emit.tokens) {
                try {
                    TokenDump.dump(SourceText.decode(bytes, in.displayName()), o);
                } finally {
                    o.flush();
                }
                return true;
            }
            if (emit == Emit.ast_json) {
                writeJson(in, AstJson.toJson(FrontEnd.parseFile(bytes, in.displayName())), o);
                return true;
            }
            if (check && parseOnly) {
                FrontEnd.parseFile(bytes, in.displayName());
                return true;
            }
            if (!quiet && !check) {
                o.println("Compiling '" + in.displayName() + "'...");
            }
            var code = Compiler.compileFile(bytes, in.displayName());
            if (target != null) {
                BytecodeWriter.write(target, code, stamp);
            }
            return true;
        } catch (PySyntaxError e) {
            err.append(e.format());
            return false;
        } catch (IOException | UncheckedIOException e) {
            err.append("pyc-compile: can't write output for '").append(in.displayName()).append("': ")
               .append(e.getMessage()).append('\n');
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            err.append("pyc-compile: internal error on '").append(in.displayName()).append("': ").append(e)
               .append('\n');
            return false;
        }
    }

    /** Whether {@code target} is a readable compiled file whose stamp matches the source as it is now. */
    private static boolean upToDate(Path source, Path target) {
        try {
            if (!Files.isRegularFile(target)) {
                return false;
            }
            return BytecodeReader.readHeader(Files.readAllBytes(target), target.toString()).stamp().matches(source);
        } catch (IOException | BadBytecodeException e) {
            return false;
        }
    }

    private void writeJson(Input in, String json, PrintStream o) throws IOException {
        byte[] data = (json + "\n").getBytes(StandardCharsets.UTF_8);
        if ("-".equals(out)) {
            o.write(data);
            return;
        }
        String rel = in.relative().toString();
        Path target = Path.of(out).resolve(rel.substring(0, rel.length() - ".py".length()) + ".json");
        BytecodeWriter.writeAtomically(target, data);
    }
}
