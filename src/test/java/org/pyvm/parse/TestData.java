package org.pyvm.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Locating and reading the corpus under {@code testdata/}, and comparing AST JSON. */
final class TestData {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private TestData() {}

    /** The project root: system property {@code pyvm.root} (set by surefire), else the working directory. */
    static Path root() {
        String root = System.getProperty("pyvm.root");
        return Paths.get(root == null || root.isEmpty() ? "" : root).toAbsolutePath();
    }

    /** Every file under {@code testdata/<folder>} whose name ends with {@code suffix}, sorted. */
    static List<Path> files(String folder, String suffix) {
        Path dir = root().resolve("testdata").resolve(folder);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " not found: run from the project root or set -Dpyvm.root");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                       .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path p) {
        return new String(bytes(p), StandardCharsets.UTF_8);
    }

    /** A file next to {@code p} with its extension replaced ({@code x.py} → {@code x.json}). */
    static Path sibling(Path p, String extension) {
        String name = p.getFileName().toString();
        return p.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    /** The path of {@code p} relative to {@code testdata/}, with forward slashes, for messages. */
    static String rel(Path p) {
        return root().resolve("testdata").relativize(p).toString().replace('\\', '/');
    }

    /** What {@code AstJson.toJson} returned, as text, whichever of String or UTF-8 bytes it is. */
    static String jsonText(Object json) {
        return json instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(json);
    }

    static JsonNode parseJson(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first difference between our AST JSON and CPython's, as {@code body[3].value.col_offset: ours 5,
     * cpython 6 (in Constant at line 4)}; a note on the first differing character if both are the same JSON
     * value written differently; null if the texts are equal.
     */
    static String firstDifference(String ours, String cpython) {
        if (ours.equals(cpython)) {
            return null;
        }
        JsonNode a;
        try {
            a = MAPPER.readTree(ours);
        } catch (IOException e) {
            return "our output is not JSON: " + e.getMessage();
        }
        String found = firstDifference(a, parseJson(cpython), "", null);
        if (found != null) {
            return found;
        }
        int i = 0;
        while (i < ours.length() && i < cpython.length() && ours.charAt(i) == cpython.charAt(i)) {
            i++;
        }
        return "same JSON values written differently, first at character " + i + ": ours «"
                + snippet(ours, i) + "», cpython «" + snippet(cpython, i) + "»";
    }

    private static String snippet(String s, int i) {
        return s.substring(Math.max(0, i - 30), Math.min(s.length(), i + 30));
    }

    private static String firstDifference(JsonNode ours, JsonNode cpython, String path, JsonNode node) {
        if (cpython.isObject() && cpython.has("_type")) {
            node = cpython;
        }
        String where = node == null ? "" : " (in " + node.get("_type").asText()
                + (node.has("lineno") ? " at line " + node.get("lineno") : "") + ")";
        String at = path.isEmpty() ? "<root>" : path;
        if (ours.getNodeType() != cpython.getNodeType()) {
            return at + ": ours " + abbrev(ours) + ", cpython " + abbrev(cpython) + where;
        }
        if (cpython.isObject()) {
            if (!ours.path("_type").equals(cpython.path("_type"))) {
                return (path.isEmpty() ? "" : path + ".") + "_type: ours " + ours.path("_type") + ", cpython "
                        + cpython.path("_type") + where;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = cpython.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String sub = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!ours.has(field.getKey())) {
                    return sub + ": missing in ours" + where;
                }
                String found = firstDifference(ours.get(field.getKey()), field.getValue(), sub, node);
                if (found != null) {
                    return found;
                }
            }
            for (Iterator<String> it = ours.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!cpython.has(name)) {
                    return (path.isEmpty() ? name : path + "." + name) + ": only in ours" + where;
                }
            }
            return null;
        }
        if (cpython.isArray()) {
            int n = Math.min(ours.size(), cpython.size());
            for (int i = 0; i < n; i++) {
                String found = firstDifference(ours.get(i), cpython.get(i), path + "[" + i + "]", node);
                if (found != null) {
                    return found;
                }
            }
            return ours.size() == cpython.size() ? null
                    : at + ": ours " + ours.size() + " elements, cpython " + cpython.size() + where;
        }
        return ours.equals(cpython) ? null : at + ": ours " + ours + ", cpython " + cpython + where;
    }

    private static String abbrev(JsonNode n) {
        String s = n.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
