package org.pyvm.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyvm.parse.gen.PythonLexer;

/** Token streams and lexical errors against the CPython 3.12 results recorded in {@link LexerCases}. */
class LexerCasesTest {

    static String tokens(String src) {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bo, true, StandardCharsets.UTF_8);
        LexDiffMain.dumpNormalized(SourceText.decode(src.getBytes(StandardCharsets.UTF_8), "x.py"), ps);
        return bo.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").stripTrailing();
    }

    static String error(String src) {
        try {
            PythonLexer lx = PythonLexerBase.create(SourceText.of(src, "x.py"));
            while (lx.nextToken().getType() != Token.EOF) {
                // drain
            }
            return "OK";
        } catch (PySyntaxError e) {
            return e.kind() + ": " + e.msg() + " | " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " "
                    + e.endOffset();
        }
    }

    @TestFactory
    List<DynamicTest> tokenStreams() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] c : LexerCases.TOKENS) {
            tests.add(DynamicTest.dynamicTest(TokenDump.repr(c[0]), () -> assertEquals(c[1], tokens(c[0]))));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> errors() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] c : LexerCases.ERRORS) {
            String name = TokenDump.repr(c[0].length() > 60 ? c[0].substring(0, 60) + "..." : c[0]);
            tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(c[1], error(c[0]))));
        }
        return tests;
    }
}
