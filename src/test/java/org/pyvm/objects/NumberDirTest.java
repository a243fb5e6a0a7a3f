package org.pyvm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every attribute CPython 3.12's dir() lists for int, float, complex and bool (testdata/objects/number_dirs.txt,
 * made by tools/number_dirs.py) is found on our type.
 */
class NumberDirTest {
    /** object's pickling protocol, not a number method: checked where object is. */
    private static final java.util.Set<String> PICKLING = java.util.Set.of("__getstate__", "__reduce__",
            "__reduce_ex__");

    @Test
    void everyCPythonAttributeExists() throws IOException {
        Map<String, PyType> types = Map.of("int", PyInt.TYPE, "float", PyFloat.TYPE, "complex", PyComplex.TYPE,
                "bool", PyBool.TYPE);
        Path file = Path.of(System.getProperty("pyvm.root", ".")).resolve("testdata/objects/number_dirs.txt");
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            PyType t = types.get(f[0]);
            for (String name : f[1].split(" ")) {
                if (t.lookup(name) == null && !PICKLING.contains(name)) {
                    missing.add(f[0] + "." + name);
                }
            }
        }
        assertEquals("", String.join(" ", missing));
    }
}
