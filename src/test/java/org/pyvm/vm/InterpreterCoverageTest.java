package org.pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pyvm.bytecode.Opcode;

/** ORDER OP: {@link Op}'s constants agree with {@link Opcode}, and the interpreter loop dispatches every opcode. */
class InterpreterCoverageTest {
    @Test
    void opConstantsAgreeWithTheOpcodeTable() throws IllegalAccessException {
        List<String> wrong = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Field f : Op.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != int.class) {
                continue;
            }
            f.setAccessible(true);
            Opcode op = Opcode.valueOf(f.getName());
            if (op.number != f.getInt(null)) {
                wrong.add(f.getName());
            }
            seen.add(f.getName());
        }
        for (Opcode op : Opcode.values()) {
            if (!seen.contains(op.name())) {
                wrong.add("missing " + op.name());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theLoopDispatchesEveryOpcode() throws IOException {
        Path src = ProgramsTest.root().resolve("src/main/java/org/pyvm/vm/Interpreter.java");
        String text = Files.readString(src);
        Set<String> cased = new TreeSet<>();
        Matcher m = Pattern.compile("case ((?:Op\\.[A-Z_0-9]+(?:, )?)+) ->").matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split(", ")) {
                cased.add(part.substring(3));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            // specialized forms are made by quickening; the VM does not quicken yet, so none can appear
            if (!op.is(Opcode.F_SPECIALIZED) && !cased.contains(op.name())) {
                missing.add(op.name());
            }
        }
        assertEquals(List.of(), missing);
    }
}
