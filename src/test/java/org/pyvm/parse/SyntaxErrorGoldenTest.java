package org.pyvm.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@code testdata/syntax_errors/X.py} must be rejected with a {@code PySyntaxError} whose {@code format()}
 * is CPython's display in {@code X.err}. On a mismatch the message also shows CPython's fields from
 * {@code errors.json} next to ours.
 */
class SyntaxErrorGoldenTest {
    /** Generous: a hang must fail the test, not stall the build. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() {
        Path folder = TestData.root().resolve("testdata").resolve("syntax_errors");
        JsonNode fields = TestData.parseJson(TestData.text(folder.resolve("errors.json")));
        return TestData.files("syntax_errors", ".py").stream()
                .map(py -> DynamicTest.dynamicTest(TestData.rel(py), py.toUri(),
                        () -> assertTimeoutPreemptively(LIMIT, () -> check(py, fields))));
    }

    private static void check(Path py, JsonNode fields) {
        String name = py.getFileName().toString();
        String expected = TestData.text(TestData.sibling(py, ".err"));
        try {
            FrontEnd.parseFile(TestData.bytes(py), name);
        } catch (PySyntaxError e) {
            String cpython = fields.path(name.substring(0, name.length() - 3)).toString();
            ObjectNode ours = TestData.MAPPER.createObjectNode().put("end_lineno", e.endLineno())
                    .put("end_offset", e.endOffset()).put("lineno", e.lineno()).put("msg", e.msg())
                    .put("offset", e.offset()).put("text", e.text()).put("type", e.kind().name());
            assertEquals(expected, e.format(), () -> name + "\n  cpython " + cpython + "\n  ours    " + ours);
            return;
        }
        fail(name + " was accepted; CPython rejects it with:\n" + expected);
    }
}
