package org.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyvm.ast.Expr;
import org.pyvm.ast.Mod;
import org.pyvm.ast.Stmt;
import org.pyvm.parse.FrontEnd;

/** The parts of the API the golden dump does not show: flags for the code generator, node lookups, mangling. */
class SymbolTableTest {
    private static SymbolTable table(String src) {
        Mod.Module mod = FrontEnd.parseString(src, "t.py");
        return SymbolTable.analyze(mod, "t.py", src);
    }

    private static Scope child(Scope s, int i) {
        return s.children().get(i);
    }

    @Test
    void generatorCoroutineAndAsyncGenerator() {
        Scope top = table("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n"
                + "def plain():\n    return 1\n").top();
        assertTrue(child(top, 0).isGenerator());
        assertFalse(child(top, 0).isCoroutine());
        assertTrue(child(top, 1).isCoroutine());
        assertFalse(child(top, 1).isGenerator());
        assertTrue(child(top, 2).isAsyncGenerator());
        assertFalse(child(top, 3).isGenerator());
        assertTrue(child(top, 3).returnsValue());
    }

    @Test
    void generatorExpressionIsAGeneratorAndNotInlined() {
        SymbolTable t = table("def f(xs):\n    return (x for x in xs), [y for y in xs]\n");
        Stmt.FunctionDef f = (Stmt.FunctionDef) ((Mod.Module) t.top().node()).body().get(0);
        Expr.Tuple result = (Expr.Tuple) ((Stmt.Return) f.body().get(0)).value();
        Scope gen = t.scopeOf(result.elts().get(0));
        Scope list = t.scopeOf(result.elts().get(1));
        assertEquals(Scope.Comprehension.GENERATOR, gen.comprehension());
        assertTrue(gen.isGenerator());
        assertFalse(gen.isInlined());
        assertEquals(List.of(".0"), gen.parameters());
        assertEquals(Scope.Comprehension.LIST, list.comprehension());
        assertTrue(list.isInlined());
        // The inlined comprehension is gone from the children, its variable merged into f.
        Scope fs = t.scopeOf(f);
        assertEquals(List.of(gen), fs.children());
        assertEquals(Symbol.Resolution.LOCAL, fs.resolve("y"));
        assertTrue(fs.lookup("y").has(Symbol.DEF_COMP_ITER));
    }

    @Test
    void parametersInCodeObjectOrder() {
        Scope f = child(table("def f(a, /, b, *args, c, **kw): pass\n").top(), 0);
        assertEquals(List.of("a", "b", "c", "args", "kw"), f.parameters());
        assertTrue(f.hasVarargs());
        assertTrue(f.hasVarkeywords());
    }

    @Test
    void cellsAndFreeVariables() {
        Scope outer = child(table("def outer():\n    x = 1\n    y = 2\n    def inner():\n        return x\n"
                + "    return inner\n").top(), 0);
        assertEquals(List.of("x"), outer.namesWith(Symbol.Resolution.CELL));
        assertTrue(outer.lookup("x").isCell());
        assertTrue(outer.lookup("y").isLocal());
        Scope inner = child(outer, 0);
        assertEquals(List.of("x"), inner.namesWith(Symbol.Resolution.FREE));
        assertTrue(inner.isNested());
        assertTrue(inner.hasFreeVariables());
        assertTrue(outer.hasChildWithFreeVariables());
    }

    @Test
    void classCellForSuperAndClassdictForAnnotationScopes() {
        Scope c = child(table("class C:\n    def m(self):\n        return super().m()\n").top(), 0);
        assertTrue(c.needsClassClosure());
        assertFalse(c.needsClassdict());
        assertNull(c.lookup("__class__"));
        assertEquals(Symbol.Resolution.FREE, child(c, 0).resolve("__class__"));

        SymbolTable t = table("class D:\n    type A = int\n");
        Scope d = child(t.top(), 0);
        assertTrue(d.needsClassdict());
        Scope alias = child(d, 0);
        assertEquals(Scope.Kind.TYPE_ALIAS, alias.kind());
        assertTrue(alias.canSeeClassScope());
        assertEquals(Symbol.Resolution.FREE, alias.resolve("__classdict__"));
    }

    @Test
    void typeParameterScopesAreFoundFromTheirDefinitions() {
        SymbolTable t = table("def f[T: int](x: T): pass\n");
        Stmt.FunctionDef f = (Stmt.FunctionDef) ((Mod.Module) t.top().node()).body().get(0);
        Scope tp = t.typeParamScopeOf(f);
        assertNotNull(tp);
        assertEquals(Scope.Kind.TYPE_PARAMETERS, tp.kind());
        assertSame(tp, t.scopeOf(f).parent());
        assertTrue(tp.lookup("T").isTypeParameter());
        Scope bound = t.scopeOf(f.typeParams().get(0));
        assertEquals(Scope.Kind.TYPE_VAR_BOUND, bound.kind());
        assertNull(t.typeParamScopeOf((Stmt) ((Mod.Module) table("def g(): pass\n").top().node()).body().get(0)));
    }

    @Test
    void futureAnnotationsAreNotScopesOfTheTable() {
        SymbolTable t = table("from __future__ import annotations\ndef f(a: Foo) -> Bar: pass\n");
        assertTrue(t.future().annotations());
        assertNull(t.top().lookup("Foo"));
        assertEquals(1, t.top().children().size());
    }

    @Test
    void mangling() {
        assertEquals("_C__x", SymbolTable.mangle("C", "__x"));
        assertEquals("_C__x", SymbolTable.mangle("__C", "__x"));
        assertEquals("__x__", SymbolTable.mangle("C", "__x__"));
        assertEquals("__x", SymbolTable.mangle("___", "__x"));
        assertEquals("__x", SymbolTable.mangle(null, "__x"));
        assertEquals("_x", SymbolTable.mangle("C", "_x"));
        assertEquals("__a.b", SymbolTable.mangle("C", "__a.b"));
    }
}
