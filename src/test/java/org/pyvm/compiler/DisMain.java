package org.pyvm.compiler;

import java.nio.file.Files;
import java.nio.file.Path;

import org.pyvm.bytecode.Disassembler;
import org.pyvm.parse.PySyntaxError;

/** Prints the disassembly of each file given (the format of the goldens in {@code testdata/dis}). */
public final class DisMain {
    private DisMain() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            try {
                System.out.print(Disassembler.disassemble(Compiler.compileFile(Files.readAllBytes(Path.of(a)),
                        Path.of(a).getFileName().toString())));
            } catch (PySyntaxError e) {
                System.out.print(e.format());
            }
        }
    }
}
