package org.pyvm.objects;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The table that ties dunder names to type slots (CPython's {@code slotdefs}), in both directions:
 * <ul>
 * <li>{@link #addSlotWrappers}: a builtin type's own slots appear in its dict as slot wrappers
 * ({@code int.__add__}), so Python code and {@code super()} can call them;</li>
 * <li>{@link #fixup}: a Python class gets, per slot, the builtin slot of the builtin type that defines the dunder
 * first on its MRO, or the generic slot below that looks the dunder up and calls it.</li>
 * </ul>
 * The generic slot objects are singletons: the binary-operator rules compare slots by identity.
 */
final class SlotDefs {
    private SlotDefs() {
    }

    static final String[] NB_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};  // ORDER: Operands.NB_*
    static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};  // ORDER: CMP_*

    private record Def(String[] names, Function<PyType, Object> get, BiConsumer<PyType, Object> set, Object generic) {
    }

    private static final List<Def> DEFS = new ArrayList<>();
    private static final Set<String> NAMES = new HashSet<>();
    static final Slots.Binary[] GENERIC_NB = new Slots.Binary[13];
    static final Slots.Binary[] GENERIC_INPLACE = new Slots.Binary[13];

    private static void def(Object generic, Function<PyType, Object> get, BiConsumer<PyType, Object> set,
            String... names) {
        DEFS.add(new Def(names, get, set, generic));
        NAMES.addAll(List.of(names));
    }

    /** Three-argument pow() of a Python class: the left operand's __pow__(w, z) only, never __rpow__ (as CPython). */
    static final Slots.Ternary GENERIC_POW3 = new Slots.Ternary() {
        @Override
        public PyObject apply(PyObject v, PyObject w, PyObject z) {
            if (v.type.pow3 != this) {
                return PyNotImplemented.NotImplemented;
            }
            PyObject r = Abstract.lookupAndCall(v, "__pow__", w, z);
            return r == null ? PyNotImplemented.NotImplemented : r;
        }
    };

    static {
        for (int i = 0; i < 13; i++) {
            final int op = i;
            String name = "__" + NB_NAMES[i] + "__";
            String rname = "__r" + NB_NAMES[i] + "__";
            String iname = "__i" + NB_NAMES[i] + "__";
            GENERIC_NB[i] = (v, w) -> binaryGeneric(v, w, op, name, rname);
            GENERIC_INPLACE[i] = (v, w) -> {
                PyObject r = Abstract.lookupAndCall(v, iname, w);
                return r == null ? PyNotImplemented.NotImplemented : r;
            };
            def(GENERIC_NB[i], t -> t.nb[op], (t, s) -> t.nb[op] = (Slots.Binary) s, name, rname);
            def(GENERIC_INPLACE[i], t -> t.nbInplace[op], (t, s) -> t.nbInplace[op] = (Slots.Binary) s, iname);
        }
        def(GENERIC_POW3, t -> t.pow3, (t, s) -> t.pow3 = (Slots.Ternary) s, "__pow__", "__rpow__");
        def((Slots.Unary) self -> checkStr(callDunder(self, "__repr__"), "__repr__"), t -> t.repr,
                (t, s) -> t.repr = (Slots.Unary) s, "__repr__");
        def((Slots.Unary) self -> checkStr(callDunder(self, "__str__"), "__str__"), t -> t.str,
                (t, s) -> t.str = (Slots.Unary) s, "__str__");
        def((Slots.Hash) SlotDefs::hashGeneric, t -> t.hash, (t, s) -> t.hash = (Slots.Hash) s, "__hash__");
        def((Slots.RichCompare) (v, w, op) -> {
            PyObject r = Abstract.lookupAndCall(v, CMP_NAMES[op], w);
            return r == null ? PyNotImplemented.NotImplemented : r;
        }, t -> t.richcompare, (t, s) -> t.richcompare = (Slots.RichCompare) s, CMP_NAMES);
        def((Slots.GetAttr) SlotDefs::getattrGeneric, t -> t.getattr, (t, s) -> t.getattr = (Slots.GetAttr) s,
                "__getattribute__", "__getattr__");
        def((Slots.SetAttr) (self, name, v) -> {
            if (v == null) {
                callDunder(self, "__delattr__", PyStr.of(name));
            } else {
                callDunder(self, "__setattr__", PyStr.of(name), v);
            }
        }, t -> t.setattr, (t, s) -> t.setattr = (Slots.SetAttr) s, "__setattr__", "__delattr__");
        def((Slots.DescrGet) (d, obj, type) -> callDunder(d, "__get__", obj == null ? PyNone.None : obj,
                type == null ? PyNone.None : type), t -> t.descrGet, (t, s) -> t.descrGet = (Slots.DescrGet) s,
                "__get__");
        def((Slots.DescrSet) (d, obj, v) -> {
            if (v == null) {
                callDunder(d, "__delete__", obj);
            } else {
                callDunder(d, "__set__", obj, v);
            }
        }, t -> t.descrSet, (t, s) -> t.descrSet = (Slots.DescrSet) s, "__set__", "__delete__");
        def((Slots.Call) (self, args, kw) -> {
            PyObject m = self.type.lookup("__call__");
            return Abstract.callBound(m, self, args, kw);
        }, t -> t.call, (t, s) -> t.call = (Slots.Call) s, "__call__");
        def((Slots.Unary) self -> {
            PyObject m = self.type.lookup("__iter__");
            if (m == PyNone.None) {
                throw PyException.typeError("'" + self.type.name + "' object is not iterable");
            }
            return callDunder(self, "__iter__");
        }, t -> t.iter, (t, s) -> t.iter = (Slots.Unary) s, "__iter__");
        def((Slots.Unary) self -> callDunder(self, "__next__"), t -> t.next, (t, s) -> t.next = (Slots.Unary) s,
                "__next__");
        def((Slots.Predicate) self -> {
            PyObject r = callDunder(self, "__bool__");
            if (!(r instanceof PyBool b)) {
                throw PyException.typeError("__bool__ should return bool, returned " + r.type.name);
            }
            return b == PyBool.True;
        }, t -> t.bool, (t, s) -> t.bool = (Slots.Predicate) s, "__bool__");
        def((Slots.Length) SlotDefs::lenGeneric, t -> t.len, (t, s) -> t.len = (Slots.Length) s, "__len__");
        def((Slots.Binary) (self, k) -> callDunder(self, "__getitem__", k), t -> t.getitem,
                (t, s) -> t.getitem = (Slots.Binary) s, "__getitem__");
        def((Slots.SetItem) (self, k, v) -> {
            if (v == null) {
                callDunder(self, "__delitem__", k);
            } else {
                callDunder(self, "__setitem__", k, v);
            }
        }, t -> t.setitem, (t, s) -> t.setitem = (Slots.SetItem) s, "__setitem__", "__delitem__");
        def((Slots.Contains) (self, x) -> Abstract.isTrue(callDunder(self, "__contains__", x)), t -> t.contains,
                (t, s) -> t.contains = (Slots.Contains) s, "__contains__");
        def((Slots.Unary) self -> callDunder(self, "__neg__"), t -> t.neg, (t, s) -> t.neg = (Slots.Unary) s,
                "__neg__");
        def((Slots.Unary) self -> callDunder(self, "__pos__"), t -> t.pos, (t, s) -> t.pos = (Slots.Unary) s,
                "__pos__");
        def((Slots.Unary) self -> callDunder(self, "__abs__"), t -> t.abs, (t, s) -> t.abs = (Slots.Unary) s,
                "__abs__");
        def((Slots.Unary) self -> callDunder(self, "__invert__"), t -> t.invert,
                (t, s) -> t.invert = (Slots.Unary) s, "__invert__");
        def((Slots.Unary) self -> callDunder(self, "__index__"), t -> t.index, (t, s) -> t.index = (Slots.Unary) s,
                "__index__");
        def((Slots.Unary) self -> callDunder(self, "__int__"), t -> t.toInt, (t, s) -> t.toInt = (Slots.Unary) s,
                "__int__");
        def((Slots.Unary) self -> callDunder(self, "__float__"), t -> t.toFloat,
                (t, s) -> t.toFloat = (Slots.Unary) s, "__float__");
        def((Slots.Init) (self, args, kw) -> {
            PyObject r = Abstract.callBound(self.type.lookup("__init__"), self, args, kw);
            if (r != PyNone.None) {
                throw PyException.typeError("__init__() should return None, not '" + r.type.name + "'");
            }
        }, t -> t.init, (t, s) -> t.init = (Slots.Init) s, "__init__");
        def((Slots.New) (type, args, kw) -> {
            PyObject f = type.lookup("__new__");
            if (f instanceof PyStaticMethod sm) {
                f = sm.callable;
            }
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = type;
            System.arraycopy(args, 0, a, 1, args.length);
            return Abstract.call(f, a, kw);
        }, t -> t.newSlot, (t, s) -> t.newSlot = (Slots.New) s, "__new__");
    }

    static boolean isSlotName(String name) {
        return NAMES.contains(name);
    }

    // ------------------------------------------------------------------ Python classes

    /** Recomputes every slot of a Python class from its MRO. */
    static void fixup(PyType t) {
        for (Def d : DEFS) {
            PyType owner = null;
            PyObject value = null;
            search:
            for (PyType m : t.mro) {
                PyDict dict = m.dict();
                for (String n : d.names) {
                    PyObject v = dict.getStr(n);
                    if (v != null) {
                        owner = m;
                        value = v;
                        break search;
                    }
                }
            }
            Object slot;
            if (owner == null) {
                slot = null;
            } else if (!owner.isHeapType) {
                slot = d.get.apply(owner);
            } else if (d.names[0].equals("__hash__") && value == PyNone.None) {
                slot = Slots.HASH_NOT_IMPLEMENTED;
            } else {
                slot = d.generic;
            }
            d.set.accept(t, slot);
        }
    }

    /** {@link #fixup} for {@code t} and every Python class below it (after a dunder assignment). */
    static void fixupTree(PyType t) {
        if (t.isHeapType) {
            fixup(t);
        }
        for (PyType s : t.subclassList()) {
            fixupTree(s);
        }
    }

    // ------------------------------------------------------------------ builtin types: slot wrappers

    /** Adds the slot wrappers of the slots {@code t} defines itself (not inherited unchanged from its base). */
    static void addSlotWrappers(PyType t, PyDict d) {
        PyType b = t.base;
        for (int i = 0; i < 13; i++) {
            final int op = i;
            Slots.Binary f = t.nb[i];
            if (f != null && (b == null || b.nb[i] != f)) {
                if (op == org.pyvm.bytecode.Operands.NB_POWER) {
                    wrap(t, d, "__pow__", 1, 2, (PyMethodDescr.Fn.FA) (self, a) ->
                            a[1] == null || a[1] == PyNone.None ? f.apply(self, a[0]) : t.pow3.apply(self, a[0], a[1]));
                    wrap(t, d, "__rpow__", 1, 2, (PyMethodDescr.Fn.FA) (self, a) ->
                            a[1] == null || a[1] == PyNone.None ? f.apply(a[0], self) : t.pow3.apply(a[0], self, a[1]));
                } else {
                    wrap1(t, d, "__" + NB_NAMES[i] + "__", (self, o) -> f.apply(self, o));
                    wrap1(t, d, "__r" + NB_NAMES[i] + "__", (self, o) -> f.apply(o, self));
                }
            }
            Slots.Binary g = t.nbInplace[i];
            if (g != null && (b == null || b.nbInplace[i] != g)) {
                wrap1(t, d, "__i" + NB_NAMES[i] + "__", (self, o) -> g.apply(self, o));
            }
        }
        if (t.sqConcat != null && (b == null || b.sqConcat != t.sqConcat)) {
            Slots.Binary f = t.sqConcat;
            wrap1(t, d, "__add__", (self, o) -> f.apply(self, o));
        }
        if (t.sqRepeat != null && (b == null || b.sqRepeat != t.sqRepeat)) {
            Slots.Binary f = t.sqRepeat;
            wrap1(t, d, "__mul__", (self, o) -> f.apply(self, o));
            wrap1(t, d, "__rmul__", (self, o) -> f.apply(self, o));
        }
        if (t.sqInplaceConcat != null && (b == null || b.sqInplaceConcat != t.sqInplaceConcat)) {
            Slots.Binary f = t.sqInplaceConcat;
            wrap1(t, d, "__iadd__", (self, o) -> f.apply(self, o));
        }
        if (t.sqInplaceRepeat != null && (b == null || b.sqInplaceRepeat != t.sqInplaceRepeat)) {
            Slots.Binary f = t.sqInplaceRepeat;
            wrap1(t, d, "__imul__", (self, o) -> f.apply(self, o));
        }
        unary(t, d, b, "__repr__", x -> x.repr);
        unary(t, d, b, "__str__", x -> x.str);
        unary(t, d, b, "__neg__", x -> x.neg);
        unary(t, d, b, "__pos__", x -> x.pos);
        unary(t, d, b, "__abs__", x -> x.abs);
        unary(t, d, b, "__invert__", x -> x.invert);
        unary(t, d, b, "__index__", x -> x.index);
        unary(t, d, b, "__int__", x -> x.toInt);
        unary(t, d, b, "__float__", x -> x.toFloat);
        unary(t, d, b, "__iter__", x -> x.iter);
        if (t.next != null && (b == null || b.next != t.next)) {
            Slots.Unary f = t.next;
            wrap0(t, d, "__next__", self -> {
                PyObject r = f.apply(self);
                if (r == null) {
                    throw PyException.stopIteration(null);
                }
                return r;
            });
        }
        if (t.hash != null && (b == null || b.hash != t.hash)) {
            Slots.Hash f = t.hash;
            if (f == Slots.HASH_NOT_IMPLEMENTED) {
                putIfAbsent(d, "__hash__", PyNone.None);
            } else {
                wrap0(t, d, "__hash__", self -> PyInt.of(f.hash(self)));
            }
        }
        if (t.richcompare != null && (b == null || b.richcompare != t.richcompare)) {
            Slots.RichCompare f = t.richcompare;
            for (int i = 0; i < 6; i++) {
                final int op = i;
                wrap1(t, d, CMP_NAMES[i], (self, o) -> f.compare(self, o, op));
            }
        }
        if (t.getattr != null && (b == null || b.getattr != t.getattr)) {
            Slots.GetAttr f = t.getattr;
            wrap1(t, d, "__getattribute__", (self, n) -> {
                String name = Abstract.attrName(n);
                PyObject r = f.getattr(self, name);
                if (r == null) {
                    throw Abstract.noAttribute(self, name);
                }
                return r;
            });
        }
        if (t.setattr != null && (b == null || b.setattr != t.setattr)) {
            Slots.SetAttr f = t.setattr;
            wrap(t, d, "__setattr__", 2, 2, (PyMethodDescr.Fn.FA) (self, a) -> {
                f.setattr(self, Abstract.attrName(a[0]), a[1]);
                return PyNone.None;
            });
            wrap1(t, d, "__delattr__", (self, n) -> {
                f.setattr(self, Abstract.attrName(n), null);
                return PyNone.None;
            });
        }
        if (t.descrGet != null && (b == null || b.descrGet != t.descrGet)) {
            Slots.DescrGet f = t.descrGet;
            wrap(t, d, "__get__", 1, 2, (PyMethodDescr.Fn.FA) (self, a) -> {
                PyObject obj = a[0] == PyNone.None ? null : a[0];
                PyObject ty = a[1] == null || a[1] == PyNone.None ? null : a[1];
                if (obj == null && ty == null) {
                    throw PyException.typeError("__get__(None, None) is invalid");
                }
                return f.get(self, obj, (PyType) ty);
            });
        }
        if (t.descrSet != null && (b == null || b.descrSet != t.descrSet)) {
            Slots.DescrSet f = t.descrSet;
            wrap(t, d, "__set__", 2, 2, (PyMethodDescr.Fn.FA) (self, a) -> {
                f.set(self, a[0], a[1]);
                return PyNone.None;
            });
            wrap1(t, d, "__delete__", (self, o) -> {
                f.set(self, o, null);
                return PyNone.None;
            });
        }
        if (t.call != null && (b == null || b.call != t.call)) {
            Slots.Call f = t.call;
            wrapFull(t, d, "__call__", (self, args, kw) -> f.call(self, args, kw));
        }
        if (t.bool != null && (b == null || b.bool != t.bool)) {
            Slots.Predicate f = t.bool;
            wrap0(t, d, "__bool__", self -> PyBool.of(f.test(self)));
        }
        if (t.len != null && (b == null || b.len != t.len)) {
            Slots.Length f = t.len;
            // Builtin iterators keep their length hint in the len slot: Python sees it as __length_hint__.
            wrap0(t, d, t.next != null && !t.isHeapType ? "__length_hint__" : "__len__",
                    self -> PyInt.of(f.length(self)));
        }
        if (t.getitem != null && (b == null || b.getitem != t.getitem)) {
            Slots.Binary f = t.getitem;
            wrap1(t, d, "__getitem__", (self, k) -> f.apply(self, k));
        }
        if (t.setitem != null && (b == null || b.setitem != t.setitem)) {
            Slots.SetItem f = t.setitem;
            wrap(t, d, "__setitem__", 2, 2, (PyMethodDescr.Fn.FA) (self, a) -> {
                f.setitem(self, a[0], a[1]);
                return PyNone.None;
            });
            wrap1(t, d, "__delitem__", (self, k) -> {
                f.setitem(self, k, null);
                return PyNone.None;
            });
        }
        if (t.contains != null && (b == null || b.contains != t.contains)) {
            Slots.Contains f = t.contains;
            wrap1(t, d, "__contains__", (self, x) -> PyBool.of(f.contains(self, x)));
        }
        if (t.init != null && (b == null || b.init != t.init)) {
            Slots.Init f = t.init;
            wrapFull(t, d, "__init__", (self, args, kw) -> {
                f.init(self, args, kw);
                return PyNone.None;
            });
        }
        if (t.newSlot != null && (b == null || b.newSlot != t.newSlot)) {
            Slots.New f = t.newSlot;
            PyMethodDescr m = new PyMethodDescr(PyMethodDescr.TYPE, t, "__new__", 0, 0,
                    (PyMethodDescr.Fn.Full) (self, args, kw) -> newWrapper(t, f, args, kw));
            putIfAbsent(d, "__new__", new PyBuiltinFunction(m, t));
        }
    }

    /** {@code int.__new__(cls, ...)}: checks {@code cls} is a subtype and that the layout allows it. */
    private static PyObject newWrapper(PyType t, Slots.New f, PyObject[] args, String[] kw) {
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos < 1) {
            throw PyException.typeError(t.name + ".__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType sub)) {
            throw PyException.typeError(t.name + ".__new__(X): X is not a type object (" + args[0].type.name + ")");
        }
        if (!sub.isSubtype(t)) {
            throw PyException.typeError(t.name + ".__new__(" + sub.name + "): " + sub.name + " is not a subtype of "
                    + t.name);
        }
        PyType layout = Layouts.builtinLayout(sub.solidBase);
        if (!layout.isSubtype(Layouts.builtinLayout(t.solidBase)) || (t == PyType.OBJECT && layout != PyType.OBJECT
                && layout.newSlot != PyObjectMethods.OBJECT_NEW)) {
            throw PyException.typeError(t.name + ".__new__(" + sub.name + ") is not safe, use " + layout.name
                    + ".__new__()");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return f.make(sub, rest, kw);
    }

    private static void unary(PyType t, PyDict d, PyType b, String name, Function<PyType, Slots.Unary> get) {
        Slots.Unary f = get.apply(t);
        if (f != null && (b == null || get.apply(b) != f)) {
            wrap0(t, d, name, f::apply);
        }
    }

    private static void putIfAbsent(PyDict d, String name, PyObject v) {
        if (d.getStr(name) == null) {
            d.setStr(name, v);
        }
    }

    private static void wrap0(PyType t, PyDict d, String name, PyMethodDescr.Fn.F0 f) {
        wrap(t, d, name, 0, 0, f);
    }

    private static void wrap1(PyType t, PyDict d, String name, PyMethodDescr.Fn.F1 f) {
        wrap(t, d, name, 1, 1, f);
    }

    private static void wrapFull(PyType t, PyDict d, String name, PyMethodDescr.Fn.Full f) {
        wrap(t, d, name, 0, 0, f);
    }

    private static void wrap(PyType t, PyDict d, String name, int min, int max, PyMethodDescr.Fn f) {
        if (d.getStr(name) == null) {
            PyMethodDescr m = new PyMethodDescr(PyMethodDescr.WRAPPER_TYPE, t, name, min, max, f);
            m.classicMessages = false;
            d.setStr(name, m);
        }
    }

    // ------------------------------------------------------------------ generic slots

    /** Calls the dunder {@code name} found on the type of {@code self}; AttributeError if it has none. */
    static PyObject callDunder(PyObject self, String name, PyObject... args) {
        PyObject r = Abstract.lookupAndCall(self, name, args);
        if (r == null) {
            throw Abstract.noAttribute(self, name);
        }
        return r;
    }

    private static PyStr checkStr(PyObject r, String name) {
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyException.typeError(name + " returned non-string (type " + r.type.name + ")");
    }

    /** CPython's {@code SLOT1BINFULL}: {@code __op__} of v and {@code __rop__} of w, subclass first. */
    private static PyObject binaryGeneric(PyObject v, PyObject w, int op, String name, String rname) {
        Slots.Binary generic = GENERIC_NB[op];
        boolean doOther = v.type != w.type && w.type.nb[op] == generic;
        if (v.type.nb[op] == generic) {
            if (doOther && w.type.isSubtype(v.type) && w.type.lookup(rname) != v.type.lookup(rname)) {
                PyObject r = Abstract.lookupAndCall(w, rname, v);
                if (r != null && r != PyNotImplemented.NotImplemented) {
                    return r;
                }
                doOther = false;
            }
            PyObject r = Abstract.lookupAndCall(v, name, w);
            if (r != null && (r != PyNotImplemented.NotImplemented || v.type == w.type)) {
                return r;
            }
        }
        if (doOther) {
            PyObject r = Abstract.lookupAndCall(w, rname, v);
            if (r != null) {
                return r;
            }
        }
        return PyNotImplemented.NotImplemented;
    }

    private static long hashGeneric(PyObject self) {
        PyObject r = callDunder(self, "__hash__");
        if (!(r instanceof PyInt i)) {
            throw PyException.typeError("__hash__ method should return an integer");
        }
        if (i.isSmall()) {
            // CPython keeps a result that fits in Py_hash_t as it is (only -1 becomes -2)
            long v = i.longValue();
            return v == -1 ? -2 : v;
        }
        return PyInt.hash(i);
    }

    private static long lenGeneric(PyObject self) {
        PyObject r = callDunder(self, "__len__");
        PyInt i = Abstract.index(r);
        if (i.signum() < 0) {
            throw PyException.valueError("__len__() should return >= 0");
        }
        if (!i.isSmall()) {
            throw PyException.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    private static PyObject getattrGeneric(PyObject self, String name) {
        PyType t = self.type;
        PyObject hook = t.lookup("__getattr__");
        PyObject ga = t.lookup("__getattribute__");
        PyObject r;
        try {
            if (ga instanceof PyMethodDescr m && m.type == PyMethodDescr.WRAPPER_TYPE) {
                r = m.owner.getattr.getattr(self, name);
            } else {
                r = Abstract.callBound(ga, self, new PyObject[] {PyStr.of(name)}, null);
            }
        } catch (PyException e) {
            if (hook == null || !e.matches(PyBaseException.AttributeError)) {
                throw e;
            }
            r = null;
        }
        if (r == null && hook != null) {
            return Abstract.callBound(hook, self, new PyObject[] {PyStr.of(name)}, null);
        }
        return r;
    }
}
