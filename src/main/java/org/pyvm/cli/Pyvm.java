package org.pyvm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.pyvm.bytecode.BadBytecodeException;
import org.pyvm.bytecode.BytecodeReader;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Disassembler;
import org.pyvm.bytecode.SourceCompiler;
import org.pyvm.vm.Launcher;

/**
 * {@code pyvm}: the VM's command: {@code pyvm run FILE} (or just {@code pyvm FILE}), {@code pyvm -c CODE},
 * {@code pyvm -m MODULE}, with {@code -B} (do not write bytecode caches) and {@code --trace} (print every executed
 * instruction), and {@code pyvm dis FILE}.
 *
 * <p>It reaches the compiler only through {@link SourceCompiler#find()}, so it works the same from the VM-only jar,
 * where a {@code .py} file then gets a clear message that it must be compiled first.
 */
public final class Pyvm {
    static final String USAGE = "usage: pyvm dis FILE | pyvm [run] [-B] [--trace] FILE [ARGS...] | pyvm -c CODE "
            + "[ARGS...] | pyvm -m MODULE [ARGS...]";

    private Pyvm() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args, System.out, System.err);
        } catch (RuntimeException | Error e) {
            // A bug of ours: one line for the user, never a Java stack trace.
            System.err.println("pyvm: internal error: " + e);
            if (System.getenv("PYVM_DEBUG") != null) {
                e.printStackTrace();  // for pyvm's developers only, on request
            }
            status = 1;
        }
        System.exit(status);
    }

    /** Runs the command and returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("dis")) {
            if (args.length != 2) {
                err.println(USAGE);
                err.println("pyvm: error: dis takes one FILE");
                return 2;
            }
            return dis(args[1], out, err);
        }
        return runProgram(args, out, err);
    }

    /**
     * {@code [run] [-B] [--trace] FILE ARGS...}, {@code -c CODE ARGS...}, {@code -m MODULE ARGS...}: options come
     * before the program; everything after it is the program's {@code sys.argv[1:]}.
     */
    private static int runProgram(String[] args, PrintStream out, PrintStream err) {
        Launcher.Options opt = new Launcher.Options();
        opt.streams = new org.pyvm.modules.SysModule.Streams(System.in, out, err);
        opt.handleInterrupts = out == System.out;
        int i = args[0].equals("run") ? 1 : 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-B")) {
                opt.dontWriteBytecode = true;
            } else if (a.equals("--trace")) {
                opt.trace = true;
            } else if (a.equals("-c") || a.equals("-m")) {
                if (i + 1 >= args.length) {
                    err.println("Argument expected for the " + a + " option");
                    err.println(USAGE);
                    return 2;
                }
                List<String> rest = List.of(args).subList(i + 2, args.length);
                return a.equals("-c") ? Launcher.runCommand(args[i + 1], rest, opt)
                        : Launcher.runModule(args[i + 1], rest, opt);
            } else if (a.startsWith("-") && !a.equals("-")) {
                err.println("pyvm: unknown option " + a);
                err.println(USAGE);
                return 2;
            } else {
                return Launcher.runFile(a, List.of(args).subList(i + 1, args.length), opt);
            }
            i++;
        }
        err.println(USAGE);
        return 2;
    }

    private static int dis(String file, PrintStream out, PrintStream err) {
        byte[] data;
        try {
            data = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            err.println("pyvm: can't open file '" + file + "': [Errno 2] No such file or directory");
            return 2;
        } catch (IOException e) {
            err.println("pyvm: can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
        CodeObject code;
        if (file.endsWith(".py")) {
            Optional<SourceCompiler> compiler = SourceCompiler.find();
            if (compiler.isEmpty()) {
                err.println("pyvm: " + file + ": a .py file must be compiled first (pyc-compile); this pyvm has no "
                        + "compiler");
                return 1;
            }
            try {
                code = compiler.get().compile(data, file);
            } catch (SourceCompiler.SourceError e) {
                err.print(e.display());
                return 1;
            }
        } else {
            try {
                code = BytecodeReader.read(data, file).code();
            } catch (BadBytecodeException e) {
                err.println("pyvm: " + e.getMessage());
                return 1;
            }
        }
        byte[] text = Disassembler.disassemble(code).getBytes(StandardCharsets.UTF_8);
        out.write(text, 0, text.length);
        out.flush();
        return 0;
    }
}
