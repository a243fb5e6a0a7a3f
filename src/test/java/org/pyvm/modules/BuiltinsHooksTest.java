package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PySuper;
import org.pyvm.objects.PyType;

/**
 * The interpreter's hooks: zero-argument {@code super()} through {@link PySuper#zeroArgs}, {@code vars()} and
 * {@code dir()} through {@link BuiltinsModule#frameLocals}. Each hooked call must behave as its explicit form.
 */
class BuiltinsHooksTest {
    private final PyModule builtins = BuiltinsModule.create(new PyModule("sys"));

    @AfterEach
    void unset() {
        PySuper.zeroArgs = null;
        BuiltinsModule.frameLocals = null;
    }

    private PyObject call(String name, PyObject... args) {
        return Abstract.call(builtins.dict().getStr(name), args, null);
    }

    private static PyType cls(String name, PyType... bases) {
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("__main__"));
        return PyType.newHeapType(PyType.TYPE, name, bases, ns, new String[0], new PyObject[0]);
    }

    @Test
    void superWithoutHookIsCPythonsRuntimeError() {
        PyException e = assertThrows(PyException.class, () -> call("super"));
        assertEquals("RuntimeError", e.value.type().name());
        assertEquals(Abstract.str(PyException.runtimeError("super(): no arguments").value).value,
                Abstract.str(e.value).value);
    }

    @Test
    void zeroArgumentSuperIsTheExplicitForm() {
        PyType a = cls("A");
        PyType b = cls("B", a);
        PyObject obj = Abstract.call(b);
        PySuper.zeroArgs = () -> new PyObject[] {b, obj};
        PyObject hooked = call("super");
        PyObject explicit = call("super", b, obj);
        assertEquals(Abstract.repr(explicit).value, Abstract.repr(hooked).value);
        assertSame(Abstract.getattr(explicit, "__self__"), Abstract.getattr(hooked, "__self__"));
        assertSame(Abstract.getattr(explicit, "__thisclass__"), Abstract.getattr(hooked, "__thisclass__"));
    }

    @Test
    void zeroArgumentSuperChecksThePair() {
        PyType a = cls("A");
        PySuper.zeroArgs = () -> new PyObject[] {a, PyStr.of("not an A")};
        PyException hooked = assertThrows(PyException.class, () -> call("super"));
        PyException explicit = assertThrows(PyException.class, () -> call("super", a, PyStr.of("not an A")));
        assertEquals(Abstract.str(explicit.value).value, Abstract.str(hooked.value).value);
    }

    @Test
    void varsAndDirWithoutArgumentsUseTheFrameLocals() {
        PyDict locals = new PyDict();
        locals.setStr("zeta", PyNone.None);
        locals.setStr("alpha", PyNone.None);
        BuiltinsModule.frameLocals = () -> locals;
        assertSame(locals, call("vars"));
        PyList sorted = Abstract.sorted(new PyList(locals.keysArray()));
        assertEquals(Abstract.repr(sorted).value, Abstract.repr(call("dir")).value);
    }
}
