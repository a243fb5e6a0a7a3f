package org.pyvm.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every golden read back and written again is byte-identical: {@code toJson(fromJson(g)) == g}. Runs over
 * testdata/ (all {@code .json} files under astjson/), and over a bigger corpus when the system property
 * {@code pyvm.astjson.corpus} names a directory of {@code tools/ast_json.py} output (e.g. the whole standard
 * library: {@code python3.12 tools/ast_json.py -o /tmp/stdlib-json /path/to/Lib}).
 */
class AstJsonCorpusTest {

    @Test
    void goldensRoundTrip() throws IOException {
        Path root = Path.of(System.getProperty("pyvm.root", "."));
        assertTrue(roundTripAll(root.resolve("testdata/astjson")) > 0);
    }

    @Test
    void corpusRoundTrips() throws IOException {
        String corpus = System.getProperty("pyvm.astjson.corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "pyvm.astjson.corpus not set");
        int n = roundTripAll(Path.of(corpus));
        System.out.println("AstJsonCorpusTest: " + n + " files round-trip");
    }

    private static int roundTripAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.US_ASCII).stripTrailing();
            String again = AstJson.toJson(AstJson.fromJson(text));
            if (!text.equals(again)) {
                failures.add(file + ": " + firstDifference(text, again));
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), failures.size() + " failures");
        return files.size();
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "at " + i + ": expected ..." + a.substring(from, Math.min(a.length(), i + 60)) + "... got ..."
                + b.substring(from, Math.min(b.length(), i + 60)) + "...";
    }
}
