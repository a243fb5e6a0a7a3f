package org.pyvm.vm;

import java.nio.file.Path;

/**
 * Developer's report over testdata/programs: one line per program that does not match CPython's goldens, with the
 * first differing line or the last line of its stderr, then the counts. Run from the test class path:
 * {@code java -cp target/classes:target/test-classes:... org.pyvm.vm.ProgramsReport [FILTER]}.
 */
public final class ProgramsReport {
    private ProgramsReport() {
    }

    public static void main(String[] args) throws Exception {
        int pass = 0;
        int fail = 0;
        String filter = args.length > 0 ? args[0] : "";
        for (Path p : ProgramsTest.programs()) {
            if (!p.toString().contains(filter)) {
                continue;
            }
            ProgramsTest.Run r = ProgramsTest.run(p, false);
            try {
                ProgramsTest.check(p, r);
                pass++;
            } catch (AssertionError e) {
                fail++;
                String base = p.toString().replaceAll("\\.py$", "");
                String why = firstDiff(ProgramsTest.read(Path.of(base + ".out")), r.out());
                if (why == null) {
                    why = firstDiff(ProgramsTest.read(Path.of(base + ".err")), r.err());
                }
                if (why == null) {
                    why = "status " + r.status();
                }
                String[] errLines = r.err().strip().split("\n");
                System.out.println("FAIL " + ProgramsTest.root().relativize(p) + " :: " + why + " :: "
                        + errLines[errLines.length - 1]);
            }
        }
        System.out.println(pass + " passed, " + fail + " failed");
    }

    private static String firstDiff(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int k = 0; k < Math.max(a.length, b.length); k++) {
            String x = k < a.length ? a[k] : "<EOF>";
            String y = k < b.length ? b[k] : "<EOF>";
            if (!x.equals(y)) {
                return "line " + (k + 1) + ": expected [" + x + "] got [" + y + "]";
            }
        }
        return "?";
    }
}
