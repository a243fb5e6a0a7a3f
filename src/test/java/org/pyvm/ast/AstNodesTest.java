package org.pyvm.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The records of org.pyvm.ast against CPython's node classes as listed in tools/ast-nodes.txt (tools/ast_nodes.py):
 * every class has a record (or enum constant) and every record a class, with CPython's fields in order, Java types
 * that fit the ASDL types, and a {@code Pos pos} exactly when the class has position attributes.
 */
class AstNodesTest {

    /** ASDL type name to Java family. */
    private static final Map<String, Class<?>> FAMILIES = Map.ofEntries(
            Map.entry("mod", Mod.class), Map.entry("stmt", Stmt.class), Map.entry("expr", Expr.class),
            Map.entry("expr_context", ExprContext.class), Map.entry("boolop", BoolOp.class),
            Map.entry("operator", Operator.class), Map.entry("unaryop", UnaryOp.class),
            Map.entry("cmpop", CmpOp.class), Map.entry("comprehension", Comprehension.class),
            Map.entry("excepthandler", ExceptHandler.class), Map.entry("arguments", Arguments.class),
            Map.entry("arg", Arg.class), Map.entry("keyword", Keyword.class), Map.entry("alias", Alias.class),
            Map.entry("withitem", WithItem.class), Map.entry("match_case", MatchCase.class),
            Map.entry("pattern", Pattern.class), Map.entry("type_ignore", TypeIgnore.class),
            Map.entry("type_param", TypeParam.class));

    private static final List<String> POSITION = List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    /** One line of ast-nodes.txt. */
    private record NodeClass(String family, String name, List<String> types, List<String> fields,
                             List<String> attributes) {}

    private static List<NodeClass> cpythonClasses() throws IOException {
        Path root = Path.of(System.getProperty("pyvm.root", "."));
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("(\\w+) (\\w+)\\((.*)\\) \\|\\s*(.*)");
        List<NodeClass> out = new ArrayList<>();
        for (String text : Files.readAllLines(root.resolve("tools/ast-nodes.txt"), StandardCharsets.UTF_8)) {
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            Matcher m = line.matcher(text);
            assertTrue(m.matches(), text);
            List<String> types = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            for (String f : m.group(3).split(",")) {
                if (!f.isBlank()) {
                    String[] typeAndName = f.trim().split(" ");
                    types.add(typeAndName[0]);
                    fields.add(typeAndName[1]);
                }
            }
            List<String> attributes = m.group(4).isBlank() ? List.of() : List.of(m.group(4).trim().split(","));
            out.add(new NodeClass(m.group(1), m.group(2), types, fields, attributes));
        }
        return out;
    }

    @Test
    void everyCPythonClassHasARecordWithItsFields() throws IOException {
        List<NodeClass> classes = cpythonClasses();
        assertTrue(classes.size() > 100, "ast-nodes.txt too short");
        Map<String, List<NodeClass>> byFamily = new LinkedHashMap<>();
        for (NodeClass nc : classes) {
            byFamily.computeIfAbsent(nc.family, k -> new ArrayList<>()).add(nc);
        }
        assertEquals(new TreeSet<>(FAMILIES.keySet()), new TreeSet<>(byFamily.keySet()));
        for (var entry : byFamily.entrySet()) {
            Class<?> family = FAMILIES.get(entry.getKey());
            List<NodeClass> members = entry.getValue();
            if (family.isEnum()) {
                List<String> constants = Arrays.stream(family.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                        .toList();
                assertEquals(members.stream().map(NodeClass::name).toList(), constants, family.getName());
                continue;
            }
            Map<String, Class<?>> records = new LinkedHashMap<>();
            if (family.isRecord()) {
                records.put(AstJson.cpythonName(family), family);
            } else {
                for (Class<?> c : family.getPermittedSubclasses()) {
                    records.put(AstJson.cpythonName(c), c);
                }
            }
            // The order of getPermittedSubclasses() depends on how javac happened to compile the family (an
            // incremental build can change it), so compare the sets of names.
            assertEquals(members.stream().map(NodeClass::name).sorted().toList(),
                    records.keySet().stream().sorted().toList(), "records of " + family.getName());
            for (NodeClass nc : members) {
                checkRecord(nc, records.get(nc.name));
            }
        }
    }

    private static void checkRecord(NodeClass nc, Class<?> record) {
        assertNotNull(record, nc.name);
        String where = record.getName();
        @SuppressWarnings("unchecked")
        List<String> fields = AstJson.fieldNames((Class<? extends Record>) record);
        assertEquals(nc.fields, fields, where + " fields");
        RecordComponent[] components = record.getRecordComponents();
        boolean positioned = !nc.attributes.isEmpty();
        if (positioned) {
            assertEquals(POSITION, nc.attributes, where);
            assertEquals(nc.fields.size() + 1, components.length, where);
            RecordComponent last = components[components.length - 1];
            assertEquals("pos", last.getName(), where);
            assertEquals(Pos.class, last.getType(), where);
        } else {
            assertEquals(nc.fields.size(), components.length, where);
        }
        assertEquals(positioned, Positioned.class.isAssignableFrom(record), where + " implements Positioned");
        for (int i = 0; i < nc.fields.size(); i++) {
            checkType(where + "." + components[i].getName(), nc.name, nc.types.get(i),
                    components[i].getGenericType());
        }
    }

    /** The Java type of a component against its ASDL type ({@code expr}, {@code expr*}, {@code int?} ...). */
    private static void checkType(String where, String className, String asdl, Type java) {
        if (asdl.endsWith("*")) {
            assertTrue(java instanceof ParameterizedType pt && pt.getRawType() == List.class, where + " is a List");
            Type element = ((ParameterizedType) java).getActualTypeArguments()[0];
            assertEquals(scalar(className, asdl.substring(0, asdl.length() - 1), false), element, where);
        } else if (asdl.endsWith("?")) {
            assertEquals(scalar(className, asdl.substring(0, asdl.length() - 1), true), java, where);
        } else {
            assertEquals(scalar(className, asdl, false), java, where);
        }
    }

    private static Type scalar(String className, String asdl, boolean optional) {
        switch (asdl) {
            case "identifier", "string":
                return String.class;
            case "int":
                return optional ? Integer.class : int.class;
            case "constant":
                return className.equals("MatchSingleton") ? Boolean.class : Object.class;
            default:
                Class<?> family = FAMILIES.get(asdl);
                assertNotNull(family, "unknown ASDL type " + asdl);
                return family;
        }
    }

    @Test
    void everyJavaNodeTypeIsAFamilyOrAMember() {
        // Walk the sealed hierarchy from Node: each leaf must be one of the families or a member of one.
        Set<Class<?>> families = Set.copyOf(FAMILIES.values());
        List<Class<?>> todo = new ArrayList<>(List.of(Node.class.getPermittedSubclasses()));
        while (!todo.isEmpty()) {
            Class<?> c = todo.remove(todo.size() - 1);
            if (c == Positioned.class) {
                todo.addAll(List.of(c.getPermittedSubclasses()));
            } else if (!families.contains(c)) {
                assertTrue(c.getEnclosingClass() != null && families.contains(c.getEnclosingClass()), c.getName());
            }
        }
        for (Class<?> family : families) {
            assertTrue(Node.class.isAssignableFrom(family), family.getName());
        }
    }
}
