package org.pyvm.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyvm.ast.Expr.Constant;

/**
 * AstJson against goldens: each test builds by hand the tree CPython makes for testdata/astjson/NAME.py and compares
 * the JSON with NAME.json, written by {@code tools/ast_json.py} from CPython 3.12.1.
 */
class AstJsonTest {

    // ---- the golden files ----

    private static String golden(String name) throws IOException {
        Path root = Path.of(System.getProperty("pyvm.root", "."));
        String text = Files.readString(root.resolve("testdata/astjson/" + name + ".json"), StandardCharsets.US_ASCII);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static void assertGolden(String name, Node tree) throws IOException {
        String expected = golden(name);
        assertEquals(expected, AstJson.toJson(tree));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AstJson.write(tree, bytes);
        assertEquals(expected, bytes.toString(StandardCharsets.US_ASCII));
        assertEquals(tree, AstJson.fromJson(expected));
    }

    // ---- small builders, to keep the trees readable ----

    private static Pos p(int line, int col, int endLine, int endCol) {
        return new Pos(line, col, endLine, endCol);
    }

    /** A one-line position. */
    private static Pos p(int line, int col, int endCol) {
        return new Pos(line, col, line, endCol);
    }

    private static Expr.Name load(String id, Pos pos) {
        return new Expr.Name(id, ExprContext.Load, pos);
    }

    private static Expr.Name store(String id, Pos pos) {
        return new Expr.Name(id, ExprContext.Store, pos);
    }

    private static Constant c(Object value, Pos pos) {
        return new Constant(value, null, pos);
    }

    private static Constant integer(long value, Pos pos) {
        return c(BigInteger.valueOf(value), pos);
    }

    private static Stmt.ExprStmt stmt(Expr e) {
        return new Stmt.ExprStmt(e, e.pos());
    }

    @SafeVarargs
    private static <T> List<T> list(T... items) {
        return Arrays.asList(items);  // allows null items (Dict.keys, Arguments.kwDefaults)
    }

    private static Mod.Module module(Stmt... body) {
        return new Mod.Module(List.of(body), List.of());
    }

    // ---- the trees ----

    @Test
    void everyConstantKind() throws IOException {
        // 0; 12345678901234567890123; 0x1f; 1.5; 1e999; 1e-05; 2j; 1.5e300j
        // b'\x00\xffA'; ...; None; True; False; 'text'; u'kind'
        Mod tree = module(
                stmt(integer(0, p(1, 0, 1))),
                stmt(c(new BigInteger("12345678901234567890123"), p(1, 3, 26))),
                stmt(integer(31, p(1, 28, 32))),
                stmt(c(1.5, p(1, 34, 37))),
                stmt(c(Double.POSITIVE_INFINITY, p(1, 39, 44))),
                stmt(c(1e-05, p(1, 46, 51))),
                stmt(c(new Constant.Complex(0.0, 2.0), p(1, 53, 55))),
                stmt(c(new Constant.Complex(0.0, 1.5e300), p(1, 57, 65))),
                stmt(c(new Constant.Bytes(new byte[] {0, (byte) 0xff, 'A'}), p(2, 0, 12))),
                stmt(c(Constant.Ellipsis.ELLIPSIS, p(2, 14, 17))),
                stmt(c(null, p(2, 19, 23))),
                stmt(c(true, p(2, 25, 29))),
                stmt(c(false, p(2, 31, 36))),
                stmt(c("text", p(2, 38, 44))),
                stmt(new Constant("kind", "u", p(2, 46, 53))));
        assertGolden("constants", tree);
    }

    @Test
    void nonAsciiSurrogatesAndControls() throws IOException {
        // café = 's\u00e9\u2603 \U0001F600 \ud800 \x00\x1f\x7f\t\n\r\b\f "q" \\'
        // x = 'é' + café                       (columns are UTF-8 bytes: é is 2)
        String s = "s\u00e9\u2603 \uD83D\uDE00 \uD800 \u0000\u001f\u007f\t\n\r\b\f \"q\" \\";
        Mod tree = module(
                new Stmt.Assign(List.of(store("café", p(1, 0, 5))), c(s, p(1, 8, 71)), null, p(1, 0, 71)),
                new Stmt.Assign(List.of(store("x", p(2, 0, 1))),
                        new Expr.BinOp(c("é", p(2, 4, 8)), Operator.Add, load("café", p(2, 11, 16)), p(2, 4, 16)),
                        null, p(2, 0, 16)));
        assertGolden("strings", tree);
    }

    @Test
    void operatorsContextsAndFormatSpec() throws IOException {
        // a[1:2, ::3] += -b ** 2
        Stmt aug = new Stmt.AugAssign(
                new Expr.Subscript(load("a", p(1, 0, 1)),
                        new Expr.Tuple(List.of(
                                new Expr.Slice(integer(1, p(1, 2, 3)), integer(2, p(1, 4, 5)), null, p(1, 2, 5)),
                                new Expr.Slice(null, null, integer(3, p(1, 9, 10)), p(1, 7, 10))),
                                ExprContext.Load, p(1, 2, 10)),
                        ExprContext.Store, p(1, 0, 11)),
                Operator.Add,
                new Expr.UnaryOp(UnaryOp.USub,
                        new Expr.BinOp(load("b", p(1, 16, 17)), Operator.Pow, integer(2, p(1, 21, 22)), p(1, 16, 22)),
                        p(1, 15, 22)),
                p(1, 0, 22));
        // del x.y, [z]
        Stmt del = new Stmt.Delete(List.of(
                new Expr.Attribute(load("x", p(2, 4, 5)), "y", ExprContext.Del, p(2, 4, 7)),
                new Expr.List(List.of(new Expr.Name("z", ExprContext.Del, p(2, 10, 11))), ExprContext.Del,
                        p(2, 9, 12))),
                p(2, 0, 12));
        // *s, = r = not p and q or (1 < a <= 2 is not c)
        Stmt assign = new Stmt.Assign(
                List.of(new Expr.Tuple(List.of(new Expr.Starred(store("s", p(3, 1, 2)), ExprContext.Store,
                                p(3, 0, 2))), ExprContext.Store, p(3, 0, 3)),
                        store("r", p(3, 6, 7))),
                new Expr.BoolOp(BoolOp.Or, List.of(
                        new Expr.BoolOp(BoolOp.And, List.of(
                                new Expr.UnaryOp(UnaryOp.Not, load("p", p(3, 14, 15)), p(3, 10, 15)),
                                load("q", p(3, 20, 21))), p(3, 10, 21)),
                        new Expr.Compare(integer(1, p(3, 26, 27)), List.of(CmpOp.Lt, CmpOp.LtE, CmpOp.IsNot),
                                List.of(load("a", p(3, 30, 31)), integer(2, p(3, 35, 36)), load("c", p(3, 44, 45))),
                                p(3, 26, 45))),
                        p(3, 10, 46)),
                null, p(3, 0, 46));
        // print(f'{v!r:>{w}}')   -- CPython 3.12.1's empty Constant after {w} is not part of the tree
        Expr fstring = new Expr.JoinedStr(List.of(
                new Expr.FormattedValue(load("v", p(4, 9, 10)), 'r',
                        new Expr.JoinedStr(List.of(
                                c(">", p(4, 13, 14)),
                                new Expr.FormattedValue(load("w", p(4, 15, 16)), -1, null, p(4, 14, 17))),
                                p(4, 12, 17)),
                        p(4, 8, 18))),
                p(4, 6, 19));
        Stmt call = stmt(new Expr.Call(load("print", p(4, 0, 5)), List.of(fstring), List.of(), p(4, 0, 20)));
        assertGolden("operators", module(aug, del, assign, call));
    }

    @Test
    void definitionsAndStatements() throws IOException {
        // from .m import a as b
        Stmt importFrom = new Stmt.ImportFrom("m", List.of(new Alias("a", "b", p(1, 15, 21))), 1, p(1, 0, 21));

        // @d
        // def f[T: int, *Ts, **P](p, /, q=1, *a, k, m=2, **kw) -> T:
        //     try:
        //         return [x async for x in y if x]
        //     except* E as e:
        //         pass
        Arguments args = new Arguments(
                List.of(new Arg("p", null, null, p(3, 24, 25))),
                List.of(new Arg("q", null, null, p(3, 30, 31))),
                new Arg("a", null, null, p(3, 36, 37)),
                List.of(new Arg("k", null, null, p(3, 39, 40)), new Arg("m", null, null, p(3, 42, 43))),
                list(null, integer(2, p(3, 44, 45))),
                new Arg("kw", null, null, p(3, 49, 51)),
                List.of(integer(1, p(3, 32, 33))));
        Stmt tryStar = new Stmt.TryStar(
                List.of(new Stmt.Return(new Expr.ListComp(load("x", p(5, 16, 17)),
                        List.of(new Comprehension(store("x", p(5, 28, 29)), load("y", p(5, 33, 34)),
                                List.of(load("x", p(5, 38, 39))), 1)),
                        p(5, 15, 40)), p(5, 8, 40))),
                List.of(new ExceptHandler(load("E", p(6, 12, 13)), "e", List.of(new Stmt.Pass(p(7, 8, 12))),
                        p(6, 4, 7, 12))),
                List.of(), List.of(), p(4, 4, 7, 12));
        Stmt def = new Stmt.FunctionDef("f", args, List.of(tryStar), List.of(load("d", p(2, 1, 2))),
                load("T", p(3, 56, 57)), null,
                List.of(new TypeParam.TypeVar("T", load("int", p(3, 9, 12)), p(3, 6, 12)),
                        new TypeParam.TypeVarTuple("Ts", p(3, 14, 17)),
                        new TypeParam.ParamSpec("P", p(3, 19, 22))),
                p(3, 0, 7, 12));

        // class C(B, metaclass=M): ...
        Stmt cls = new Stmt.ClassDef("C", List.of(load("B", p(8, 8, 9))),
                List.of(new Keyword("metaclass", load("M", p(8, 21, 22)), p(8, 11, 22))),
                List.of(stmt(c(Constant.Ellipsis.ELLIPSIS, p(8, 25, 28)))), List.of(), List.of(), p(8, 0, 28));

        // match s:
        //     case [1, *r] | {'k': None, **rest} if r:
        //         with o as (u, v), w: g = lambda: {**e, 1: 2}
        //     case P(1, a=_) | Q() as z:
        //         continue
        Arguments noArgs = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        Stmt with = new Stmt.With(
                List.of(new WithItem(load("o", p(11, 13, 14)),
                                new Expr.Tuple(List.of(store("u", p(11, 19, 20)), store("v", p(11, 22, 23))),
                                        ExprContext.Store, p(11, 18, 24))),
                        new WithItem(load("w", p(11, 26, 27)), null)),
                List.of(new Stmt.Assign(List.of(store("g", p(11, 29, 30))),
                        new Expr.Lambda(noArgs,
                                new Expr.Dict(list(null, integer(1, p(11, 47, 48))),
                                        List.of(load("e", p(11, 44, 45)), integer(2, p(11, 50, 51))),
                                        p(11, 41, 52)),
                                p(11, 33, 52)),
                        null, p(11, 29, 52))),
                null, p(11, 8, 52));
        MatchCase case1 = new MatchCase(
                new Pattern.MatchOr(List.of(
                        new Pattern.MatchSequence(List.of(
                                new Pattern.MatchValue(integer(1, p(10, 10, 11)), p(10, 10, 11)),
                                new Pattern.MatchStar("r", p(10, 13, 15))), p(10, 9, 16)),
                        new Pattern.MatchMapping(List.of(c("k", p(10, 20, 23))),
                                List.of(new Pattern.MatchSingleton(null, p(10, 25, 29))), "rest", p(10, 19, 38))),
                        p(10, 9, 38)),
                load("r", p(10, 42, 43)),
                List.of(with));
        MatchCase case2 = new MatchCase(
                new Pattern.MatchAs(new Pattern.MatchOr(List.of(
                        new Pattern.MatchClass(load("P", p(12, 9, 10)),
                                List.of(new Pattern.MatchValue(integer(1, p(12, 11, 12)), p(12, 11, 12))),
                                List.of("a"), List.of(new Pattern.MatchAs(null, null, p(12, 16, 17))),
                                p(12, 9, 18)),
                        new Pattern.MatchClass(load("Q", p(12, 21, 22)), List.of(), List.of(), List.of(),
                                p(12, 21, 24))),
                        p(12, 9, 24)), "z", p(12, 9, 29)),
                null,
                List.of(new Stmt.Continue(p(13, 8, 16))));
        Stmt match = new Stmt.Match(load("s", p(9, 6, 7)), List.of(case1, case2), p(9, 0, 13, 16));

        assertGolden("defs", module(importFrom, def, cls, match));
    }

    // ---- details ----

    @Test
    void escapesAsPythonJson() {
        // Every char 0..0x9f and a few more, escaped as json.dumps(..., ensure_ascii=True) does.
        StringBuilder s = new StringBuilder();
        StringBuilder expected = new StringBuilder("{\"_type\":\"Constant\",\"value\":\"");
        for (char ch = 0; ch < 0xa0; ch++) {
            s.append(ch);
            switch (ch) {
                case '"' -> expected.append("\\\"");
                case '\\' -> expected.append("\\\\");
                case '\n' -> expected.append("\\n");
                case '\r' -> expected.append("\\r");
                case '\t' -> expected.append("\\t");
                case '\b' -> expected.append("\\b");
                case '\f' -> expected.append("\\f");
                default -> expected.append(ch >= 0x20 && ch < 0x7f ? String.valueOf(ch)
                        : String.format("\\u%04x", (int) ch));
            }
        }
        s.append("\uabcd\uDBFF\uDFFF\uDC00");
        expected.append("\\uabcd\\udbff\\udfff\\udc00");
        expected.append("\",\"kind\":null,\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":1}");
        assertEquals(expected.toString(), AstJson.toJson(new Constant(s.toString(), null, p(1, 0, 1))));
    }

    @Test
    void floatsUseFloatRepr() {
        assertEquals("{\"_type\":\"Constant\",\"value\":{\"float\":\"1e+16\"},\"kind\":null,"
                        + "\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":4}",
                AstJson.toJson(c(1e16, p(1, 0, 4))));
        assertEquals("{\"_type\":\"Constant\",\"value\":{\"complex\":[\"-0.0\",\"inf\"]},\"kind\":null,"
                        + "\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":4}",
                AstJson.toJson(c(new Constant.Complex(-0.0, Double.POSITIVE_INFINITY), p(1, 0, 4))));
    }

    @Test
    void typeNamesAreCPythons() {
        assertEquals("Expr", AstJson.typeName(stmt(c(null, p(1, 0, 4)))));
        assertEquals("arguments",
                AstJson.typeName(new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of())));
        assertEquals("match_case", AstJson.typeName(new MatchCase(null, null, List.of())));
        assertEquals("NotIn", AstJson.typeName(CmpOp.NotIn));
        assertEquals(List.of("name", "args", "body", "decorator_list", "returns", "type_comment", "type_params"),
                AstJson.fieldNames(Stmt.FunctionDef.class));
    }

    @Test
    void deepTreesDoNotHitJacksonsNestingLimit() {
        Expr e = integer(1, p(1, 0, 1));
        for (int i = 0; i < 3000; i++) {
            e = new Expr.BinOp(e, Operator.Add, integer(1, p(1, 0, 1)), p(1, 0, 1));
        }
        String json = AstJson.toJson(e);
        assertEquals(3000, json.split("\"Add\"", -1).length - 1);
    }

    @Test
    void constantRejectsForeignValueClasses() {
        assertThrows(IllegalArgumentException.class, () -> new Constant(1, null, p(1, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Constant(1.5f, null, p(1, 0, 1)));
        assertEquals(new Constant.Bytes(new byte[] {1, 2}), new Constant.Bytes(new byte[] {1, 2}));
    }
}
