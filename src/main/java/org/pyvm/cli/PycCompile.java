package org.pyvm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.pyvm.ast.AstJson;
import org.pyvm.ast.Mod;
import org.pyvm.parse.FrontEnd;
import org.pyvm.parse.PySyntaxError;
import org.pyvm.parse.SourceText;
import org.pyvm.parse.TokenDump;

/**
 * {@code pyc-compile}: the front end and compiler on the command line.
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

    static final String USAGE = "usage: pyc-compile [-h] [--version] [--emit {ast-json,tokens}] [-o OUT] [--check] [-q]"
            + " PATH [PATH ...]";

    static final String HELP = USAGE + """


            Parses Python 3.12 source files and shows or writes what the front end makes of them.

            positional arguments:
              PATH                  source files, and directories searched for *.py

            options:
              -h, --help            show this help message and exit
              --version             show the version and exit
              --emit {ast-json,tokens}
                                    ast-json: one JSON file of the AST per source file;
                                    tokens: print the token stream
              -o OUT                output directory for --emit ast-json ('-' writes a single
                                    file's JSON to stdout)
              --check               parse and build the AST of every file, write nothing
              -q                    quiet: print nothing but errors
            """;

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
        System.exit(run(args, System.out, System.err));
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
        return FrontEnd.onParserThread(cmd::call);
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
            } else if (a.startsWith("-o") && a.length() > 2) {
                name = "-o";
                value = a.substring(2);
            }
            switch (name) {
                case "--" -> optionsDone = true;
                case "-h", "--help" -> {
                    stdout.print(HELP);
                    return false;
                }
                case "--version" -> {
                    stdout.println(VERSION);
                    return false;
                }
                case "--check" -> check = true;
                case "-q" -> quiet = true;
                case "--emit", "-o" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageError("argument " + name + ": expected one argument");
                        }
                        value = args[++i];
                    }
                    if (name.equals("-o")) {
                        out = value;
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
        return true;
    }

    private Integer call() {
        if (emit == null && !check) {
            stderr.println("pyc-compile: writing bytecode files is not available yet; use --check or --emit");
            return 2;
        }
        if (emit == Emit.ast_json && out == null) {
            stderr.println("pyc-compile: --emit ast-json needs -o OUT (a directory, or - for stdout)");
            return 2;
        }
        boolean failed = false;
        List<Input> inputs = new ArrayList<>();
        for (String p : paths) {
            failed |= !collect(p, inputs);
        }
        if ("-".equals(out) && inputs.size() + (failed ? 1 : 0) > 1) {
            stderr.println("pyc-compile: -o - takes exactly one source file");
            return 2;
        }
        for (Input in : inputs) {
            failed |= !process(in);
        }
        stdout.flush();
        return failed ? 1 : 0;
    }

    private boolean collect(String arg, List<Input> inputs) {
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
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

    private boolean process(Input in) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(in.file());
        } catch (NoSuchFileException e) {
            stderr.println("pyc-compile: can't open file '" + in.displayName()
                    + "': [Errno 2] No such file or directory");
            return false;
        } catch (IOException e) {
            stderr.println("pyc-compile: can't read file '" + in.displayName() + "': " + e.getMessage());
            return false;
        }
        try {
            if (emit == Emit.tokens) {
                TokenDump.dump(SourceText.decode(bytes, in.displayName()), stdout);
                return true;
            }
            Mod.Module module = FrontEnd.parseFile(bytes, in.displayName());
            if (emit == Emit.ast_json) {
                writeJson(in, AstJson.toJson(module));
            }
            return true;
        } catch (PySyntaxError e) {
            stdout.flush();
            stderr.print(e.format());
            return false;
        } catch (IOException | UncheckedIOException e) {
            stderr.println("pyc-compile: can't write output for '" + in.displayName() + "': " + e.getMessage());
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            stderr.println("pyc-compile: internal error on '" + in.displayName() + "': " + e);
            return false;
        }
    }

    private void writeJson(Input in, String json) throws IOException {
        byte[] data = (json + "\n").getBytes(StandardCharsets.UTF_8);
        if ("-".equals(out)) {
            stdout.write(data);
            return;
        }
        String rel = in.relative().toString();
        Path target = Path.of(out).resolve(rel.substring(0, rel.length() - ".py".length()) + ".json");
        writeAtomically(target, data);
    }

    /** Writes {@code data} to a temporary file beside {@code target}, then renames it into place. */
    static void writeAtomically(Path target, byte[] data) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                os.write(data);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
