package org.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyvm.ast.Mod;
import org.pyvm.parse.FrontEnd;
import org.pyvm.parse.PySyntaxError;

/**
 * Every program of {@code testdata/symtable} against CPython 3.12's symbol table, and every program of
 * {@code testdata/symtable/errors} against the SyntaxError CPython's {@code compile()} raises. The goldens come
 * from {@code tools/symtable_golden.py}; each file is one scope rule or one error.
 */
class SymbolTableGoldenTest {
    private static final Path DIR = Path.of("testdata", "symtable");

    @TestFactory
    Stream<DynamicTest> scopes() throws IOException {
        return programs(DIR).stream().map(py -> DynamicTest.dynamicTest(name(py), () -> {
            byte[] source = Files.readAllBytes(py);
            Mod.Module mod = FrontEnd.parseFile(source, name(py));
            SymbolTable table = SymbolTable.build(mod, name(py), new String(source, StandardCharsets.UTF_8));
            assertEquals(golden(py), table.dump());
        }));
    }

    @TestFactory
    Stream<DynamicTest> errors() throws IOException {
        return programs(DIR.resolve("errors")).stream().map(py -> DynamicTest.dynamicTest(name(py), () -> {
            byte[] source = Files.readAllBytes(py);
            Mod.Module mod = FrontEnd.parseFile(source, name(py));
            try {
                SymbolTable.analyze(mod, name(py), new String(source, StandardCharsets.UTF_8));
                fail("no SyntaxError");
            } catch (PySyntaxError e) {
                assertEquals(golden(py), format(e));
            }
        }));
    }

    /** The golden's error format: message, then line, offset and end position ({@code None} for none). */
    static String format(PySyntaxError e) {
        return "SyntaxError: " + e.msg() + "\nline " + e.lineno() + " offset " + e.offset() + " end "
                + e.endLineno() + " " + (e.endOffset() == 0 ? "None" : String.valueOf(e.endOffset())) + "\n";
    }

    private static List<Path> programs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static String golden(Path py) throws IOException {
        String s = py.toString();
        return Files.readString(Path.of(s.substring(0, s.length() - 3) + ".txt"), StandardCharsets.UTF_8);
    }

    private static String name(Path py) {
        return py.getFileName().toString();
    }
}
