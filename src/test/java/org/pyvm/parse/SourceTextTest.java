package org.pyvm.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** SourceText decoding and positions; TokenDump format. Expected errors as CPython 3.12's compile() of the bytes. */
class SourceTextTest {
    private static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = (byte) b[i];
        }
        return r;
    }

    private static byte[] cat(byte[] a, String s, String cs) {
        byte[] b = s.getBytes(java.nio.charset.Charset.forName(cs));
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void newlinesAreNormalized() {
        SourceText s = SourceText.of("a\r\nb\rc\n", "x.py");
        assertEquals("a\nb\nc\n", s.text());
        assertEquals("b", s.line(2));
        assertEquals("c", s.line(3));
        assertEquals("", s.line(4));
        assertEquals(4, s.lineCount());
    }

    @Test
    void bomIsDropped() {
        SourceText s = SourceText.decode(cat(bytes(0xEF, 0xBB, 0xBF), "x = 1\n", "UTF-8"), "x.py");
        assertEquals("x = 1\n", s.text());
    }

    @Test
    void codingLatin1OnLine1Or2() {
        assertEquals("# coding: latin-1\nx = 'é'\n",
                SourceText.decode("# coding: latin-1\nx = 'é'\n".getBytes(StandardCharsets.ISO_8859_1), "x.py").text());
        assertEquals("#!/usr/bin/python\n# -*- coding: iso-8859-15 -*-\nx = '€'\n",
                SourceText.decode("#!/usr/bin/python\n# -*- coding: iso-8859-15 -*-\nx = '€'\n"
                        .getBytes(java.nio.charset.Charset.forName("ISO-8859-15")), "x.py").text());
        // a coding line after a code line is not a declaration: the file is UTF-8
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> SourceText.decode(
                "x = 1\n# coding: latin-1\ny = 'é'\n".getBytes(StandardCharsets.ISO_8859_1), "x.py"));
        // CPython 3.12 compile(): the body of the string literal is decoded on its own
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data",
                e.msg());
        assertEquals(3, e.lineno());
        assertEquals(5, e.offset());
        assertEquals(8, e.endOffset());
    }

    @Test
    void bomWithOtherCodingIsAnError() {
        // CPython: SyntaxError('encoding problem: iso-8859-1 with BOM'), lineno 0, offset -1
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> SourceText.decode(
                cat(bytes(0xEF, 0xBB, 0xBF), "# coding: latin-1\nx=1\n", "UTF-8"), "x.py"));
        assertEquals("encoding problem: iso-8859-1 with BOM", e.msg());
        assertEquals(0, e.lineno());
        assertEquals(-1, e.offset());
        e = assertThrows(PySyntaxError.class, () -> SourceText.decode(
                "# -*- coding: foobar -*-\n".getBytes(StandardCharsets.UTF_8), "x.py"));
        assertEquals("unknown encoding: foobar", e.msg());
    }

    @Test
    void invalidUtf8() {
        // CPython 3.12 compile(b'\xff = 1\n'): "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0:
        // invalid start byte", lineno 1, offset 1, end_offset -1
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> SourceText.decode(cat(bytes(0xFF), " = 1\n", "UTF-8"), "x.py"));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", e.msg());
        assertEquals(1, e.lineno());
        assertEquals(1, e.offset());
        assertEquals(-1, e.endOffset());
    }

    @Test
    void nulByte() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> SourceText.decode("x = 1\n\0\n".getBytes(StandardCharsets.UTF_8), "x.py"));
        // compile()'s message, without location
        assertEquals("source code string cannot contain null bytes", e.msg());
        assertEquals(-1, e.lineno());
    }

    @Test
    void utf8Columns() {
        SourceText s = SourceText.of("abc = 1\né = 'x€😀'\n", "x.py");
        assertEquals(4, s.utf8Col(1, 4));
        assertEquals(2, s.utf8Col(2, 1));
        assertEquals(6, s.utf8Col(2, 5));
        assertEquals(7, s.utf8Col(2, 6));
        assertEquals(10, s.utf8Col(2, 7));
        assertEquals(14, s.utf8Col(2, 8));
    }

    @Test
    void tokenDumpFormat() {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        TokenDump.dump(SourceText.of("print('hi')", "x.py"), new PrintStream(bo, true, StandardCharsets.UTF_8));
        String[] lines = bo.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("1,0-1,5:            NAME           'print'", lines[0]);
        assertEquals("1,5-1,6:            LPAR           '('", lines[1]);
        assertEquals("1,6-1,10:           STRING         \"'hi'\"", lines[2]);
        assertEquals("1,11-1,12:          NEWLINE        ''", lines[4]);
        assertEquals("2,0-2,0:            ENDMARKER      ''", lines[5]);
    }

    @Test
    void tokenDumpPrintsTokensBeforeTheError() {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bo, true, StandardCharsets.UTF_8);
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> TokenDump.dump(SourceText.of("x = (1]\n", "x.py"), ps));
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", e.msg());
        assertEquals(4, bo.toString(StandardCharsets.UTF_8).split("\n").length);
    }
}
