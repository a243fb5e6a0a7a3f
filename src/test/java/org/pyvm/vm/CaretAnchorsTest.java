package org.pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The traceback caret anchors of {@link CaretAnchors} against CPython 3.12's for 3,000+ code segments
 * (testdata/vm/caret_anchors.txt, written by tools/caret_anchors.py from standard-library expressions).
 */
class CaretAnchorsTest {
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(d == 't' ? '\t' : d == 'n' ? '\n' : d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void matchesCpython() throws IOException {
        Path file = ProgramsTest.root().resolve("testdata/vm/caret_anchors.txt");
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            String seg = unescape(line.substring(0, tab));
            String expected = line.substring(tab + 1);
            int[] a = CaretAnchors.of(seg);
            String got = a == null ? "-" : a[0] + " " + a[1];
            n++;
            if (!got.equals(expected)) {
                wrong.add(seg + "  expected " + expected + " got " + got);
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(40, wrong.size())), wrong.size() + " of " + n + " differ");
    }
}
