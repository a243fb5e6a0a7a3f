package org.pyvm.ast;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.pyvm.objects.FloatRepr;

/**
 * The AST as JSON, byte for byte what {@code tools/ast_json.py} prints for CPython's AST (less its final newline).
 *
 * <p>The convention:
 * <ul>
 *   <li>a node is {@code {"_type": CPythonClassName, <fields in _fields order>, "lineno", "col_offset",
 *       "end_lineno", "end_col_offset"}}, the last four only for positioned nodes; field names are CPython's
 *       (the record component {@code decoratorList} is written {@code "decorator_list"}); enums are nodes with
 *       only a type: {@code {"_type":"Load"}};
 *   <li>null is {@code null}, a list is an array, an identifier a string, an int field a number;
 *   <li>{@code Constant.value}: str a string, bool {@code true/false}, None {@code null},
 *       int {@code {"int":"<decimal>"}}, float {@code {"float":"<repr>"}},
 *       complex {@code {"complex":["<repr real>","<repr imag>"]}}, bytes {@code {"bytes":"<lowercase hex>"}},
 *       Ellipsis {@code {"ellipsis":true}};
 *   <li>compact (no spaces), pure ASCII: as Python's {@code json.dumps(ensure_ascii=True)}, {@code "} and
 *       {@code \} are backslash-escaped, {@code \n \r \t \b \f} short-escaped, every other char below 0x20 or above
 *       0x7e written {@code \}{@code u} plus four lowercase hex digits, per UTF-16 unit (so lone surrogates
 *       survive and a supplementary character becomes a surrogate pair).
 * </ul>
 *
 * <p>{@link #fromJson} reads the convention back into records, so a test can compare a tree with CPython's golden
 * as values. Records are read through accessors looked up once per class ({@link #SHAPES}). Nesting is unbounded (Jackson's
 * nesting limit is lifted); each tree level costs a few Java frames, so very deep trees need a thread with a big
 * stack.
 */
public final class AstJson {
    private AstJson() {}

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .characterEscapes(new PythonEscapes())
            .build();

    private static final SerializedString TYPE = new SerializedString("_type");
    private static final SerializedString LINENO = new SerializedString("lineno");
    private static final SerializedString COL_OFFSET = new SerializedString("col_offset");
    private static final SerializedString END_LINENO = new SerializedString("end_lineno");
    private static final SerializedString END_COL_OFFSET = new SerializedString("end_col_offset");

    /** The JSON text of {@code node}: exactly {@code tools/ast_json.py}'s output without the final newline. */
    public static String toJson(Node node) {
        StringWriter out = new StringWriter(4096);
        try {
            write(node, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Streams the JSON text of {@code node} to {@code out} (no final newline); flushes, does not close. */
    public static void write(Node node, Writer out) throws IOException {
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            writeNode(gen, node);
        }
        out.flush();
    }

    /** Streams the JSON text of {@code node} to {@code out} as ASCII bytes; flushes, does not close. */
    public static void write(Node node, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 1 << 16);
        write(node, w);
    }

    /**
     * CPython's class name of a node: the record's or enum constant's name, except {@code Stmt.ExprStmt} ("Expr")
     * and the product types ({@code Arguments} is "arguments", {@code MatchCase} "match_case", ...).
     */
    public static String typeName(Node node) {
        if (node instanceof Enum<?> e) {
            return e.name();
        }
        return SHAPES.get(node.getClass()).type.getValue();
    }

    /**
     * CPython's field names of a node record, in order, without the position attributes: the JSON keys after
     * {@code "_type"}.
     */
    public static List<String> fieldNames(Class<? extends Record> nodeClass) {
        Field[] fields = SHAPES.get(nodeClass).fields;
        return Arrays.stream(fields).filter(f -> f.kind != Kind.POS).map(f -> f.name.getValue()).toList();
    }

    /** CPython's name of a record component: {@code decoratorList} becomes {@code decorator_list}. */
    static String snakeCase(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    // ---- writing ----

    private static void writeNode(JsonGenerator gen, Node node) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(TYPE);
        if (node instanceof Enum<?> e) {
            gen.writeString(e.name());
            gen.writeEndObject();
            return;
        }
        Shape shape = SHAPES.get(node.getClass());
        gen.writeString(shape.type);
        for (Field f : shape.fields) {
            Object v = f.get(node);
            if (f.kind == Kind.POS) {
                Pos p = (Pos) v;
                gen.writeFieldName(LINENO);
                gen.writeNumber(p.lineno());
                gen.writeFieldName(COL_OFFSET);
                gen.writeNumber(p.colOffset());
                gen.writeFieldName(END_LINENO);
                gen.writeNumber(p.endLineno());
                gen.writeFieldName(END_COL_OFFSET);
                gen.writeNumber(p.endColOffset());
                continue;
            }
            gen.writeFieldName(f.name);
            switch (f.kind) {
                case NODE -> writeNullableNode(gen, (Node) v);
                case LIST -> writeList(gen, (List<?>) v);
                case CONSTANT -> writeConstant(gen, v);
                case PLAIN -> writePlain(gen, v);
                default -> throw new AssertionError(f.kind);
            }
        }
        gen.writeEndObject();
    }

    private static void writeNullableNode(JsonGenerator gen, Node node) throws IOException {
        if (node == null) {
            gen.writeNull();
        } else {
            writeNode(gen, node);
        }
    }

    private static void writeList(JsonGenerator gen, List<?> list) throws IOException {
        gen.writeStartArray();
        for (Object item : list) {
            if (item instanceof Node n) {
                writeNode(gen, n);
            } else {
                writePlain(gen, item);
            }
        }
        gen.writeEndArray();
    }

    /** An identifier, string, int or bool field (or null). */
    private static void writePlain(JsonGenerator gen, Object v) throws IOException {
        if (v == null) {
            gen.writeNull();
        } else if (v instanceof String s) {
            gen.writeString(s);
        } else if (v instanceof Integer i) {
            gen.writeNumber(i);
        } else if (v instanceof Boolean b) {
            gen.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("unexpected AST field value: " + v.getClass().getName());
        }
    }

    private static void writeConstant(JsonGenerator gen, Object v) throws IOException {
        if (v == null) {
            gen.writeNull();
        } else if (v instanceof String s) {
            gen.writeString(s);
        } else if (v instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (v instanceof BigInteger i) {
            gen.writeStartObject();
            gen.writeStringField("int", i.toString());
            gen.writeEndObject();
        } else if (v instanceof Double d) {
            gen.writeStartObject();
            gen.writeStringField("float", FloatRepr.repr(d));
            gen.writeEndObject();
        } else if (v instanceof Expr.Constant.Complex c) {
            gen.writeStartObject();
            gen.writeFieldName("complex");
            gen.writeStartArray();
            gen.writeString(FloatRepr.repr(c.real()));
            gen.writeString(FloatRepr.repr(c.imag()));
            gen.writeEndArray();
            gen.writeEndObject();
        } else if (v instanceof Expr.Constant.Bytes b) {
            gen.writeStartObject();
            gen.writeStringField("bytes", b.hex());
            gen.writeEndObject();
        } else if (v == Expr.Constant.Ellipsis.ELLIPSIS) {
            gen.writeStartObject();
            gen.writeBooleanField("ellipsis", true);
            gen.writeEndObject();
        } else {
            throw new IllegalArgumentException("not a constant value: " + v.getClass().getName());
        }
    }

    // ---- reading ----

    private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).build())
            .build());

    /**
     * The tree a JSON text of this convention describes (the inverse of {@link #toJson}): lets tests compare a
     * built tree with CPython's golden as values ({@code equals}) rather than as text.
     *
     * @throws IllegalArgumentException if the text is not JSON of this convention
     */
    public static Node fromJson(String json) {
        try {
            return readNode(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** CPython class name to record class or enum constant, over the whole sealed hierarchy. */
    private static final Map<String, Object> BY_NAME = byName();

    private static Map<String, Object> byName() {
        Map<String, Object> out = new HashMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Node.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (c.isEnum()) {
                for (Object e : c.getEnumConstants()) {
                    out.put(((Enum<?>) e).name(), e);
                }
            } else if (c.isRecord()) {
                out.put(cpythonName(c), c);
            } else {
                todo.addAll(List.of(c.getPermittedSubclasses()));
            }
        }
        return out;
    }

    private static Node readNode(JsonNode json) {
        if (json.isNull()) {
            return null;
        }
        String type = json.path("_type").asText(null);
        Object target = type == null ? null : BY_NAME.get(type);
        if (target == null) {
            throw new IllegalArgumentException("not an AST node: " + abbreviate(json));
        }
        if (target instanceof Node constant) {
            return constant;
        }
        Class<?> cls = (Class<?>) target;
        RecordComponent[] components = cls.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            if (types[i] == Pos.class) {
                args[i] = new Pos(json.path("lineno").asInt(), json.path("col_offset").asInt(),
                        json.path("end_lineno").asInt(), json.path("end_col_offset").asInt());
                continue;
            }
            String name = snakeCase(rc.getName());
            if (!json.has(name)) {
                throw new IllegalArgumentException(type + " without field " + name);
            }
            JsonNode v = json.get(name);
            if (cls == Expr.Constant.class && name.equals("value")) {
                args[i] = readConstant(v);
            } else if (types[i] == List.class) {
                Type element = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
                List<Object> list = new ArrayList<>(v.size());
                for (JsonNode item : v) {
                    list.add(element == String.class ? item.textValue() : readNode(item));
                }
                args[i] = Collections.unmodifiableList(list);
            } else if (Node.class.isAssignableFrom(types[i])) {
                args[i] = readNode(v);
            } else if (v.isNull()) {
                args[i] = null;
            } else if (types[i] == String.class) {
                args[i] = v.textValue();
            } else if (types[i] == int.class || types[i] == Integer.class) {
                args[i] = v.intValue();
            } else if (types[i] == Boolean.class) {
                args[i] = v.booleanValue();
            } else {
                throw new AssertionError(rc);
            }
        }
        try {
            return (Node) cls.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("bad " + type + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("bad " + type + ": " + abbreviate(json), e);
        }
    }

    private static Object readConstant(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.has("int")) {
            return new BigInteger(v.get("int").textValue());
        }
        if (v.has("float")) {
            return parseFloatRepr(v.get("float").textValue());
        }
        if (v.has("complex")) {
            return new Expr.Constant.Complex(parseFloatRepr(v.get("complex").get(0).textValue()),
                    parseFloatRepr(v.get("complex").get(1).textValue()));
        }
        if (v.has("bytes")) {
            return new Expr.Constant.Bytes(HexFormat.of().parseHex(v.get("bytes").textValue()));
        }
        if (v.has("ellipsis")) {
            return Expr.Constant.Ellipsis.ELLIPSIS;
        }
        throw new IllegalArgumentException("not a constant: " + abbreviate(v));
    }

    private static double parseFloatRepr(String repr) {
        return switch (repr) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(repr);
        };
    }

    private static String abbreviate(JsonNode json) {
        String s = json.toString();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    // ---- per-class shapes ----

    /** How a component is written. */
    private enum Kind { NODE, LIST, CONSTANT, PLAIN, POS }

    /** One record component: its JSON name, accessor (as {@code (Object)Object}) and kind. */
    private record Field(SerializedString name, MethodHandle getter, Kind kind) {
        Object get(Object node) {
            try {
                return getter.invokeExact(node);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);  // record accessors throw nothing checked
            }
        }
    }

    /** A record class's CPython name and components. */
    private record Shape(SerializedString type, Field[] fields) {}

    /** Computed once per node class. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    private static Shape shapeOf(Class<?> type) {
        if (!type.isRecord() || !Node.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("not an AST node record: " + type.getName());
        }
        RecordComponent[] components = type.getRecordComponents();
        Field[] fields = new Field[components.length];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodType generic = MethodType.methodType(Object.class, Object.class);
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            MethodHandle getter;
            try {
                getter = lookup.unreflect(rc.getAccessor()).asType(generic);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            fields[i] = new Field(new SerializedString(snakeCase(rc.getName())), getter, kindOf(type, rc));
        }
        return new Shape(new SerializedString(cpythonName(type)), fields);
    }

    private static Kind kindOf(Class<?> owner, RecordComponent rc) {
        Class<?> t = rc.getType();
        if (t == Pos.class) {
            return Kind.POS;
        }
        if (owner == Expr.Constant.class && rc.getName().equals("value")) {
            return Kind.CONSTANT;
        }
        if (Node.class.isAssignableFrom(t)) {
            return Kind.NODE;
        }
        if (t == List.class) {
            return Kind.LIST;
        }
        if (t == String.class || t == int.class || t == Integer.class || t == Boolean.class) {
            return Kind.PLAIN;
        }
        throw new IllegalArgumentException("unexpected component type " + rc.getGenericType() + " in " + owner);
    }

    /** CPython's class name of a node record class. */
    static String cpythonName(Class<?> type) {
        if (type == Stmt.ExprStmt.class) {
            return "Expr";
        }
        if (type == Comprehension.class) {
            return "comprehension";
        }
        if (type == Arguments.class) {
            return "arguments";
        }
        if (type == Arg.class) {
            return "arg";
        }
        if (type == Keyword.class) {
            return "keyword";
        }
        if (type == Alias.class) {
            return "alias";
        }
        if (type == WithItem.class) {
            return "withitem";
        }
        if (type == MatchCase.class) {
            return "match_case";
        }
        return type.getSimpleName();
    }

    // ---- escaping as Python's json.dumps(ensure_ascii=True) ----

    /**
     * Escapes as Python's {@code json} module with {@code ensure_ascii}: Jackson's standard table already writes
     * {@code \" \\ \b \t \n \f \r}; the remaining controls, DEL and every non-ASCII UTF-16 unit get a lowercase
     * {@code \}{@code uXXXX} here (Jackson's own would be uppercase).
     */
    private static final class PythonEscapes extends CharacterEscapes {
        private final int[] asciiEscapes;
        private final SerializableString[] cache = new SerializableString[0x10000];

        PythonEscapes() {
            asciiEscapes = standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                if (asciiEscapes[c] == ESCAPE_STANDARD) {
                    asciiEscapes[c] = ESCAPE_CUSTOM;
                }
            }
            asciiEscapes[0x7f] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            SerializableString s = cache[ch];
            if (s == null) {
                s = new SerializedString(String.format("\\u%04x", ch));
                cache[ch] = s;  // benign race: every thread computes the same value
            }
            return s;
        }
    }
}
