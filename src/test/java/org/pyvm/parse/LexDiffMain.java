package org.pyvm.parse;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.pyvm.parse.gen.PythonLexer;

/**
 * Our side of tools/lex-diff. {@code LexDiffMain dump OUTDIR FILE...}: for each file writes OUTDIR/N.tok with one
 * normalized token per line ({@code TYPE line col text-repr}; keywords and soft keywords as NAME; consecutive
 * FSTRING_MIDDLE merged with braces undoubled). {@code LexDiffMain time ROUNDS FILE...}: lexes all files ROUNDS times
 * in this JVM and prints the time of each round.
 */
public final class LexDiffMain {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("time")) {
            time(Integer.parseInt(args[1]), readList(args[2]));
            return;
        }
        Path outDir = Path.of(args[1]);
        List<String> files = readList(args[2]);
        for (int i = 0; i < files.size(); i++) {
            Path out = outDir.resolve(i + ".tok");
            try (PrintStream ps = new PrintStream(new BufferedOutputStream(Files.newOutputStream(out)), false,
                    StandardCharsets.UTF_8)) {
                try {
                    SourceText src = SourceText.decode(Files.readAllBytes(Path.of(files.get(i))), files.get(i));
                    dumpNormalized(src, ps);
                } catch (PySyntaxError e) {
                    ps.println("ERROR " + e.kind() + ": " + e.msg() + " " + e.lineno() + " " + e.offset());
                } catch (RuntimeException e) {
                    ps.println("CRASH " + e);
                }
            }
        }
    }

    /** Python's ascii() of a str: repr with every non-ASCII character escaped (independent of Unicode versions). */
    static String ascii(String s) {
        String r = TokenDump.repr(s);
        StringBuilder b = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                b.append((char) c);
            } else {
                b.append(c <= 0xff ? String.format("\\x%02x", c)
                        : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            }
        }
        return b.toString();
    }

    static List<String> readList(String listFile) throws Exception {
        return Files.readAllLines(Path.of(listFile), StandardCharsets.UTF_8);
    }

    static void dumpNormalized(SourceText src, PrintStream ps) {
        PythonLexer lx = PythonLexerBase.create(src);
        StringBuilder mid = null;
        int midLine = 0;
        int midCol = 0;
        for (;;) {
            Token t = lx.nextToken();
            int type = t.getType();
            if (type == PythonLexer.FSTRING_MIDDLE) {
                String s = t.getText().replace("{{", "{").replace("}}", "}");
                if (mid == null) {
                    mid = new StringBuilder();
                    midLine = t.getLine();
                    midCol = t.getCharPositionInLine();
                }
                mid.append(s);
                continue;
            }
            if (mid != null) {
                ps.println("FSTRING_MIDDLE " + midLine + " " + midCol + " " + ascii(mid.toString()));
                mid = null;
            }
            if (type == Token.EOF) {
                break;
            }
            String name = TokenDump.typeName(type);
            if (type >= PythonLexer.FALSE && type <= PythonLexer.UNDERSCORE) {
                name = "NAME";
            }
            String text = type == PythonLexer.DEDENT || (type == PythonLexer.NEWLINE && t.getText().isEmpty()) ? ""
                    : t.getText();
            ps.println(name + " " + t.getLine() + " " + t.getCharPositionInLine() + " " + ascii(text));
        }
    }

    static void time(int rounds, List<String> files) throws Exception {
        List<SourceText> srcs = new ArrayList<>();
        for (String f : files) {
            try {
                srcs.add(SourceText.decode(Files.readAllBytes(Path.of(f)), f));
            } catch (PySyntaxError e) {
                // not lexable by CPython either
            }
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long n = 0;
            int errors = 0;
            for (SourceText s : srcs) {
                try {
                    PythonLexer lx = PythonLexerBase.create(s);
                    while (lx.nextToken().getType() != Token.EOF) {
                        n++;
                    }
                } catch (PySyntaxError e) {
                    errors++;
                }
            }
            long t1 = System.nanoTime();
            System.out.printf("round %d: %d files, %d tokens, %d errors, %.3f s%n", r + 1, srcs.size(), n, errors,
                    (t1 - t0) / 1e9);
        }
    }
}
