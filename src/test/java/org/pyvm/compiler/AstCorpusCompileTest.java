package org.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.parse.PySyntaxError;

/**
 * Every program of the AST corpus ({@code testdata/ast}) compiles and verifies, except the ones CPython 3.12's
 * {@code compile()} rejects after parsing, which we reject with CPython's message and position.
 */
class AstCorpusCompileTest {
    /** CPython's verdict (message, line, offset) on the corpus files its compile() rejects; all others it accepts. */
    static final Map<String, Object[]> CPYTHON_REJECTS = Map.of(
            "expressions/starred.py", new Object[]{"'yield' outside function", 19, 6},
            "imports/imports.py", new Object[]{"from __future__ imports must occur at the beginning of the file", 25, 1},
            "match/mapping_patterns.py", new Object[]{"mapping pattern checks duplicate key (True)", 12, 10},
            "match/sequence_patterns.py", new Object[]{"name capture 'a' makes remaining patterns unreachable", 28, 11},
            "positions/patterns.py", new Object[]{"alternative patterns bind different names", 2, 10},
            "statements/return_yield.py", new Object[]{"'yield' inside list comprehension", 20, 11},
            "statements/with.py", new Object[]{"'yield' outside function", 30, 7});

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        Path dir = CompilerTestSupport.root().resolve("testdata/ast");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(files.size() >= 100, "corpus not found under " + dir);
        return files.stream().map(py -> DynamicTest.dynamicTest(dir.relativize(py).toString(), () -> {
            String rel = dir.relativize(py).toString().replace('\\', '/');
            Object[] expected = CPYTHON_REJECTS.get(rel);
            try {
                CodeObject co = Compiler.compileFile(Files.readAllBytes(py), rel);
                CompilerTestSupport.verify(co, rel);
                if (expected != null) {
                    fail("CPython rejects " + rel + ": " + expected[0]);
                }
            } catch (PySyntaxError e) {
                if (CompilerTestSupport.matchPending(e)) {
                    return; // match statements wait for PatternCompiler
                }
                if (expected == null) {
                    throw e;
                }
                assertEquals(expected[0], e.msg(), rel);
                assertEquals(expected[1], e.lineno(), rel);
                assertEquals(expected[2], e.offset(), rel);
            }
        }));
    }
}
