package org.pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.pyvm.modules.SysModule;

/**
 * The first standard-library tier (issue #5): every module imports in pyvm and has CPython 3.12's public names
 * (testdata/stdlib/public_names.txt, written by tools/stdlib_names.py from CPython). The names pyvm still lacks
 * are listed in testdata/stdlib/missing_names.txt; the test fails when another name goes missing, and when a
 * listed one appears (so the list is kept exact).
 */
class StdlibNamesTest {
    @Test
    void modulesExposeCpythonsPublicNames() throws IOException {
        Path root = ProgramsTest.root();
        List<String> pairs = Files.readAllLines(root.resolve("testdata/stdlib/public_names.txt"));
        StringBuilder prog = new StringBuilder("pairs = [\n");
        for (String p : pairs) {
            if (!p.isBlank()) {
                String[] mn = p.split(" ");
                prog.append("    ('").append(mn[0]).append("', '").append(mn[1]).append("'),\n");
            }
        }
        prog.append("]\n"
                + "for mod, name in pairs:\n"
                + "    try:\n"
                + "        m = __import__(mod, fromlist=['_'])\n"
                + "    except BaseException as e:\n"
                + "        print(mod, '<import failed>')\n"
                + "        continue\n"
                + "    if not hasattr(m, name):\n"
                + "        print(mod, name)\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Launcher.Options opt = new Launcher.Options();
        opt.streams = new SysModule.Streams(new ByteArrayInputStream(new byte[0]), out, err);
        opt.dontWriteBytecode = true;
        int status = Launcher.runCommand(prog.toString(), List.of(), opt);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        TreeSet<String> missing = new TreeSet<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                missing.add(line.strip());
            }
        }
        TreeSet<String> known = new TreeSet<>();
        for (String line : Files.readAllLines(root.resolve("testdata/stdlib/missing_names.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                known.add(line.strip());
            }
        }
        List<String> newlyMissing = new ArrayList<>(missing);
        newlyMissing.removeAll(known);
        List<String> nowPresent = new ArrayList<>(known);
        nowPresent.removeAll(missing);
        assertEquals(List.of(), newlyMissing, "names missing in pyvm and not listed in missing_names.txt");
        assertEquals(List.of(), nowPresent, "names listed in missing_names.txt that pyvm now has: remove them");
    }
}
