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
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.pyvm.ast.AstJson;
import org.pyvm.ast.Mod;
import org.pyvm.parse.FrontEnd;
import org.pyvm.parse.PySyntaxError;
import org.pyvm.parse.SourceText;
import org.pyvm.parse.TokenDump;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pyc-compile}: the front end and compiler on the command line.
 *
 * <p>Every source file is handled independently: a file that fails is reported in CPython's format on stderr and
 * skipped, the others are still processed, and the exit status is 1 if any failed (2 for a usage error).
 * Output files are written atomically (a temporary file renamed into place), so a failed or interrupted run never
 * leaves a half-written file.
 */
@Command(name = "pyc-compile", mixinStandardHelpOptions = true, version = "pyc-compile 0.1 (Python 3.12 syntax)",
        description = "Parses Python 3.12 source files and shows or writes what the front end makes of them.",
        sortOptions = false)
public final class PycCompile implements Callable<Integer> {

    /** What to produce for each source file. */
    enum Emit {
        ast_json, tokens;

        static Emit parse(String s) {
            return switch (s) {
                case "ast-json" -> ast_json;
                case "tokens" -> tokens;
                default -> throw new CommandLine.TypeConversionException(
                        "invalid value '" + s + "' (choose from ast-json, tokens)");
            };
        }
    }

    @Option(names = "--emit", paramLabel = "KIND", converter = EmitConverter.class,
            description = "ast-json: one JSON file of the AST per source file; tokens: print the token stream.")
    Emit emit;

    @Option(names = "-o", paramLabel = "OUT",
            description = "Output directory for --emit ast-json ('-' writes a single file's JSON to stdout).")
    String out;

    @Option(names = "--check", description = "Parse and build the AST of every file, write nothing.")
    boolean check;

    @Option(names = "-q", description = "Quiet: print nothing but errors.")
    boolean quiet;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Source files and directories (searched for *.py).")
    List<String> paths = new ArrayList<>();

    private final PrintStream stdout;
    private final PrintStream stderr;

    PycCompile(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    static final class EmitConverter implements CommandLine.ITypeConverter<Emit> {
        @Override
        public Emit convert(String value) {
            return Emit.parse(value);
        }
    }

    /** One source file to process, and where its output goes relative to the output directory. */
    private record Input(Path file, String displayName, Path relative) {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit status (used by main and by tests). */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        CommandLine cmd = new CommandLine(new PycCompile(stdout, stderr));
        cmd.setOut(new java.io.PrintWriter(stdout, true));
        cmd.setErr(new java.io.PrintWriter(stderr, true));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            stderr.println("pyc-compile: internal error: " + ex);
            return 1;
        });
        return FrontEnd.onParserThread(() -> cmd.execute(args));
    }

    @Override
    public Integer call() {
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
