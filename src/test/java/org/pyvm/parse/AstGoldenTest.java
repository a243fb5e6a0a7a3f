package org.pyvm.parse;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyvm.ast.AstJson;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@code testdata/ast/**}{@code /X.py}: our AST, as JSON, must be CPython's ({@code X.json}, written by
 * {@code tools/gen-goldens}) byte for byte. A mismatch names the first differing JSON path.
 */
class AstGoldenTest {
    /** Generous: a hang must fail the test, not stall the build. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TestFactory
    Stream<DynamicTest> astMatchesCPython() {
        return TestData.files("ast", ".py").stream()
                .map(py -> DynamicTest.dynamicTest(TestData.rel(py), py.toUri(),
                        () -> assertTimeoutPreemptively(LIMIT, () -> check(py))));
    }

    private static void check(Path py) {
        Path golden = TestData.sibling(py, ".json");
        String expected = stripFinalNewline(TestData.text(golden));
        String ours;
        try {
            ours = TestData.jsonText(AstJson.toJson(FrontEnd.parseFile(TestData.bytes(py),
                    py.getFileName().toString())));
        } catch (PySyntaxError e) {
            fail(TestData.rel(py) + " is valid Python 3.12 but was rejected:\n" + e.format());
            return;
        }
        String difference = TestData.firstDifference(ours, expected);
        if (difference != null) {
            fail(TestData.rel(py) + ": " + difference);
        }
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
