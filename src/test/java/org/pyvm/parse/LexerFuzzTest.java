package org.pyvm.parse;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.pyvm.parse.gen.PythonLexer;

/** Random inputs made of Python's tricky characters: the lexer ends with tokens or a PySyntaxError, nothing else. */
class LexerFuzzTest {
    private static final String[] PIECES = {"f'", "f\"", "'''", "\"\"\"", "'", "\"", "{", "}", "{{", "}}", "(", ")", "[",
        "]", ":", "=", "!", "!r", "\\", "\n", "\r\n", "\r", " ", "\t", "\f", "#", "0", "1", "0x", "0o", "0b", "_", "e",
        "j", ".", "x", "if", "rb'", "rf'", "\\N{", "€", "\u00a0", "é", "😀", ":=", "->", "...", "\0", "$", "    "};

    @Test
    void randomInputsNeverCrash() {
        Random r = new Random(12345);
        for (int n = 0; n < 30000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(25);
            for (int i = 0; i < len; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String src = sb.toString();
            try {
                PythonLexer lx = PythonLexerBase.create(SourceText.of(src, "x.py"));
                int count = 0;
                while (lx.nextToken().getType() != Token.EOF) {
                    if (++count > 10 * src.length() + 100) {
                        fail("no end of tokens for " + TokenDump.repr(src));
                    }
                }
            } catch (PySyntaxError e) {
                // expected outcome for bad input
            } catch (RuntimeException | StackOverflowError e) {
                fail("crash on " + TokenDump.repr(src) + ": " + e, e);
            }
        }
    }
}
