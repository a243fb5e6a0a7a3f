package org.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pyvm.ast.Mod;
import org.pyvm.bytecode.BadBytecodeException;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Disassembler;
import org.pyvm.bytecode.Verifier;
import org.pyvm.parse.FrontEnd;
import org.pyvm.parse.PySyntaxError;

/**
 * {@link PatternCompiler} on its own, driven by the test-only {@link MiniPatternContext}:
 * <ul>
 *   <li>{@code testdata/patterns/dis/X.py}: our disassembly in {@code X.dis} (written with
 *       {@code -Dpyvm.writeGoldens=true}, reviewed by hand against CPython's {@code X.cpython.txt});</li>
 *   <li>{@code testdata/patterns/errors/X.py}: the SyntaxError of CPython's {@code compile()} in {@code X.txt}
 *       ({@code tools/pattern_golden.py}), message and position;</li>
 *   <li>{@code testdata/patterns/random.jsonl}: random match statements with CPython's verdict; the ones that
 *       compile give code that passes the {@link Verifier} (stack depths agree on every path).</li>
 * </ul>
 */
class PatternCompilerTest {
    private static final Path DIR = Path.of("testdata", "patterns");
    private static final boolean WRITE = Boolean.getBoolean("pyvm.writeGoldens");

    static List<CodeObject> compile(String source, String filename) {
        Mod.Module mod = FrontEnd.parseFile(source.getBytes(StandardCharsets.UTF_8), filename);
        SymbolTable.analyze(mod, filename, source);
        return MiniPatternContext.compile(mod.body(), filename, source);
    }

    static void verify(List<CodeObject> codes, String filename) {
        for (CodeObject c : codes) {
            try {
                Verifier.verify(c, filename);
            } catch (BadBytecodeException e) {
                fail(e.getMessage() + "\n" + Disassembler.disassemble(c));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> disassembly() throws IOException {
        return programs(DIR.resolve("dis")).stream().map(py -> DynamicTest.dynamicTest(name(py), () -> {
            String source = Files.readString(py);
            List<CodeObject> codes = compile(source, name(py));
            verify(codes, name(py));
            StringBuilder sb = new StringBuilder();
            for (CodeObject c : codes) {
                sb.append("== ").append(c.qualname).append(" ==\n").append(Disassembler.disassemble(c));
            }
            Path golden = Path.of(py.toString().replaceAll("\\.py$", ".dis"));
            if (WRITE) {
                Files.writeString(golden, sb.toString());
            }
            assertTrue(Files.exists(golden), "no golden " + golden + " (run with -Dpyvm.writeGoldens=true)");
            assertEquals(Files.readString(golden), sb.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> errors() throws IOException {
        return programs(DIR.resolve("errors")).stream().map(py -> DynamicTest.dynamicTest(name(py), () -> {
            String source = Files.readString(py);
            try {
                compile(source, name(py));
                fail("no SyntaxError");
            } catch (PySyntaxError e) {
                assertEquals(Files.readString(Path.of(py.toString().replaceAll("\\.py$", ".txt"))),
                        SymbolTableGoldenTest.format(e));
            }
        }));
    }

    /**
     * 2,000 random match statements ({@code testdata/patterns/random.jsonl}, written with CPython's verdicts by
     * {@code tools/pattern_golden.py}): the same SyntaxError as CPython, or code that passes the verifier.
     */
    @Test
    void randomPatterns() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int compiled = 0;
        int rejected = 0;
        for (String line : Files.readAllLines(DIR.resolve("random.jsonl"))) {
            JsonNode entry = json.readTree(line);
            String source = entry.get("source").asText();
            String expected = entry.get("error").isNull() ? null : entry.get("error").asText();
            String actual;
            List<CodeObject> codes = null;
            try {
                codes = compile(source, "random.py");
                actual = null;
            } catch (PySyntaxError e) {
                actual = SymbolTableGoldenTest.format(e);
            }
            assertEquals(expected, actual, source);
            if (codes != null) {
                verify(codes, "random.py\n" + source);
                compiled++;
            } else {
                rejected++;
            }
        }
        assertEquals(2000, compiled + rejected);
        assertTrue(compiled > 500, "only " + compiled + " random programs compiled");
    }

    /** End to end, through the CodeGenerator: the AST corpus's match programs and CPython's test_patma.py. */
    @TestFactory
    Stream<DynamicTest> endToEnd() throws IOException {
        List<Path> files = new java.util.ArrayList<>(programs(Path.of("testdata", "ast", "match")));
        Path patma = StdlibCompileTest.STDLIB.resolve("test/test_patma.py");
        if (Files.exists(patma)) {
            files.add(patma);
        }
        return files.stream().map(py -> DynamicTest.dynamicTest(name(py), () -> {
            byte[] source = Files.readAllBytes(py);
            String rel = "match/" + name(py);
            CodeObject code;
            try {
                code = Compiler.compileFile(source, name(py));
            } catch (PySyntaxError e) {
                Object[] expected = AstCorpusCompileTest.CPYTHON_REJECTS.get(rel);
                assertTrue(expected != null, "CPython compiles " + rel + ": " + e.format());
                assertEquals(expected[0], e.msg());
                return;
            }
            assertTrue(!AstCorpusCompileTest.CPYTHON_REJECTS.containsKey(rel), "CPython rejects " + rel);
            CompilerTestSupport.verify(code, name(py));
            if (name(py).equals("test_patma.py")) {
                // CPython 3.12.1's code for the file has exactly these counts (dis over all code objects).
                assertEquals("MATCH_SEQUENCE 151, MATCH_MAPPING 78, MATCH_KEYS 54, MATCH_CLASS 46, GET_LEN 199",
                        "MATCH_SEQUENCE " + countOps(code, org.pyvm.bytecode.Opcode.MATCH_SEQUENCE)
                        + ", MATCH_MAPPING " + countOps(code, org.pyvm.bytecode.Opcode.MATCH_MAPPING)
                        + ", MATCH_KEYS " + countOps(code, org.pyvm.bytecode.Opcode.MATCH_KEYS)
                        + ", MATCH_CLASS " + countOps(code, org.pyvm.bytecode.Opcode.MATCH_CLASS)
                        + ", GET_LEN " + countOps(code, org.pyvm.bytecode.Opcode.GET_LEN));
            }
        }));
    }

    private static int countOps(CodeObject code, org.pyvm.bytecode.Opcode op) {
        int n = 0;
        for (int w : code.code) {
            if (org.pyvm.bytecode.Opcode.of(w) == op) {
                n++;
            }
        }
        for (Object k : code.consts) {
            if (k instanceof CodeObject inner) {
                n += countOps(inner, op);
            }
        }
        return n;
    }

    private static List<Path> programs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
