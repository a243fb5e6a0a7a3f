package org.pyvm.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code type}: a Python class, builtin or defined in Python.
 *
 * <p><b>Identity.</b> {@link #name} (CPython's {@code tp_name}, which error messages show: {@code __name__}, or
 * {@code module.__name__} for a builtin type of a native module), {@link #qualname}, the module ({@code __module__}: fixed
 * for builtin types, an entry of the dict for Python classes), {@link #bases}, {@link #base} (the first base, as
 * {@code __base__} approximated), {@link #mro} (C3, {@link Mro}).
 *
 * <p><b>Dict and lookup.</b> The type dict maps attribute names ({@link PyStr}) to values. Builtin types fill it
 * lazily on first use (their {@code definer}), so a type nobody touches costs nothing at start-up. {@link #lookup}
 * (CPython's {@code _PyType_Lookup}) walks the MRO and memoizes per type; the memo is dropped whenever the
 * {@link #version} changes.
 *
 * <p><b>Version tag.</b> {@link #version} is unique over all types and changes whenever this type's dict, bases or
 * MRO, or the dict of any type on its MRO, changes (every modification goes through {@link #setAttribute} /
 * {@link #modified}). An interpreter inline cache keyed on (type, version) — or on the version alone, since tags
 * are never reused — stays valid as long as the tag is unchanged.
 *
 * <p><b>Slots.</b> The public slot fields ({@link Slots}) are what {@link Abstract} dispatches on. Builtin types
 * set them in their static initializer; Python classes get them from {@link SlotDefs#fixup} at creation and
 * after every dunder assignment on the class or a base. Builtin types have their slot dunders exposed in the dict
 * as slot wrappers ({@code int.__add__}), added when the dict is made.
 *
 * <p><b>Layout.</b> {@link #solidBase} is the builtin type (or Python class with {@code __slots__}) that fixes the
 * Java class of the instances: {@code object} → {@link PyInstance}, {@code int} → {@link PyInt} (subclasses:
 * {@link PyInt.Derived}), and so on. {@link #instancesHaveDict} and {@link #slotCount} say what a Python class adds.
 */
public class PyType extends PyObject {
    // ---- bootstrap: object and type exist before any other class; every other builtin type is made by its class.
    public static final PyType OBJECT = new PyType("object", null, PyObjectMethods::define, true);
    public static final PyType TYPE = new PyType("type", OBJECT, PyType::defineType, true);

    static {
        OBJECT.type = TYPE;
        TYPE.type = TYPE;
        PyObjectMethods.installSlots(OBJECT);
        TYPE.inheritSlots(OBJECT);
        TYPE.getattr = PyType::typeGetattr;
        TYPE.setattr = PyType::typeSetattr;
        TYPE.call = PyType::typeCall;
        TYPE.repr = self -> PyStr.of(((PyType) self).reprString());
        TYPE.newSlot = PyType::typeNew;
        TYPE.init = (self, args, kw) -> { };
        TYPE.instancesHaveDict = false;
        TYPE.nb[org.pyvm.bytecode.Operands.NB_OR] = PyUnionType::or;  // int | str
    }

    private static int nextVersion = 1;

    // ---- identity
    String name;
    String qualname;
    /** The module of a builtin type; Python classes keep {@code __module__} in their dict. */
    private String builtinModule;
    PyType base;
    PyType[] bases;
    PyType[] mro;
    /** True for classes made by {@code class} statements / {@code type(name, bases, dict)}. */
    public final boolean isHeapType;
    /** False for types that cannot be subclassed ({@code bool}, {@code NoneType}, ...). */
    boolean isBaseType = true;
    /** Python classes and a few builtins ({@code object} subclasses' instances) allow attribute assignment on the type. */
    boolean immutable;

    // ---- dict and caches
    private PyDict dict;
    private Consumer<PyType> definer;
    private final HashMap<String, PyObject> lookupMemo = new HashMap<>();
    /** Unique over all types; see the class comment. Read by inline caches. */
    public int version;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>(0);

    // ---- layout
    PyType solidBase;
    /** Instances of this type carry a {@code __dict__}. */
    public boolean instancesHaveDict;
    /** Number of {@code __slots__} values instances carry (own and inherited). */
    public int slotCount;
    /** Instances of this type's descriptors bind as methods: {@code obj.m(...)} may call {@code m(obj, ...)}. */
    public boolean isMethodDescriptor;
    /**
     * CPython's {@code Py_TPFLAGS_SEQUENCE} ({@link #SEQUENCE_FLAG}) and {@code Py_TPFLAGS_MAPPING} ({@link
     * #MAPPING_FLAG}) for Python classes: set by {@code abc} on {@code collections.abc.Sequence}/{@code Mapping}
     * and on classes registered with them; read along the MRO by {@code match}'s sequence and mapping patterns.
     */
    public int collectionFlags;
    public static final int SEQUENCE_FLAG = 1 << 5, MAPPING_FLAG = 1 << 6;
    /** Set on builtin types whose instances a Python subclass may not get through {@code object.__new__}. */
    Slots.New layoutNew;

    // ---- slots (CPython's tp_* / nb_* / sq_* / mp_*); see Slots for the conventions.
    /** Binary operators by {@code Operands.NB_*} number (0..12). */
    public final Slots.Binary[] nb = new Slots.Binary[13];
    /** In-place operators ({@code __iadd__} ...) by {@code Operands.NB_*} number; null falls back to {@link #nb}. */
    public final Slots.Binary[] nbInplace = new Slots.Binary[13];
    public Slots.Ternary pow3;
    /** Sequence concatenation and repetition ({@code sq_concat}, {@code sq_repeat} and in-place forms): tried by
     *  {@code +} and {@code *} after the numeric slots of both operands declined. */
    public Slots.Binary sqConcat, sqRepeat, sqInplaceConcat, sqInplaceRepeat;
    public Slots.Unary repr, str, neg, pos, invert, abs, index, toInt, toFloat, iter, next;
    public Slots.Predicate bool;
    public Slots.Length len;
    public Slots.Hash hash;
    public Slots.Contains contains;
    public Slots.RichCompare richcompare;
    public Slots.GetAttr getattr;
    public Slots.SetAttr setattr;
    public Slots.DescrGet descrGet;
    public Slots.DescrSet descrSet;
    public Slots.Binary getitem;
    public Slots.SetItem setitem;
    public Slots.Call call;
    public Slots.New newSlot;
    public Slots.Init init;

    /** A builtin type; its dict is made by {@code definer} on first use. */
    PyType(String name, PyType base, Consumer<PyType> definer, boolean bootstrap) {
        super(bootstrap ? null : TYPE);
        this.name = name;
        this.qualname = name;
        this.builtinModule = "builtins";
        this.isHeapType = false;
        this.immutable = true;
        this.definer = definer;
        this.base = base;
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        if (base == null) {
            this.mro = new PyType[] {this};
        } else {
            this.mro = new PyType[base.mro.length + 1];
            this.mro[0] = this;
            System.arraycopy(base.mro, 0, this.mro, 1, base.mro.length);
            base.addSubclass(this);
            inheritSlots(base);
            this.solidBase = base.solidBase;
            this.instancesHaveDict = base.instancesHaveDict;
            this.isMethodDescriptor = false;
        }
        if (this.solidBase == null) {
            this.solidBase = this;
        }
        this.version = nextVersion++;
    }

    /**
     * A builtin type named {@code name} deriving from {@code base}, whose dict {@code definer} fills on first use.
     * {@code module} is its {@code __module__} when not {@code builtins}. The new type has its own instance layout.
     */
    public static PyType builtin(String name, PyType base, Consumer<PyType> definer) {
        PyType t = new PyType(name, base, definer, false);
        t.solidBase = t;
        t.newSlot = null;  // a builtin type is instantiable only if it says how (CPython: tp_new)
        return t;
    }

    /** A builtin type that shares its base's instance layout (bool, the exception hierarchy). */
    public static PyType builtinSameLayout(String name, PyType base, Consumer<PyType> definer) {
        return new PyType(name, base, definer, false);
    }

    /** A builtin type with several bases ({@code ExceptionGroup}); shares the layout of its first base. */
    public static PyType builtinMulti(String name, PyType[] bases, Consumer<PyType> definer) {
        PyType t = new PyType(name, bases[0], definer, false);
        t.bases = bases.clone();
        t.mro = Mro.c3(t, t.bases);
        for (int i = 1; i < bases.length; i++) {
            bases[i].addSubclass(t);
        }
        return t;
    }

    /** Adds a step to the lazy definition of a builtin type's dict (before it is made). */
    public void addDefiner(Consumer<PyType> more) {
        if (dict != null) {
            more.accept(this);
            return;
        }
        Consumer<PyType> first = definer;
        definer = first == null ? more : first.andThen(more);
    }

    /** A Python class; {@link #newHeapType} is the full {@code type.__new__}. */
    private PyType(PyType metatype, String name, String qualname, PyType[] bases, PyDict dict) {
        super(metatype);
        this.name = name;
        this.qualname = qualname;
        this.builtinModule = null;
        this.isHeapType = true;
        this.bases = bases;
        this.base = bases[0];
        this.dict = dict;
        this.version = nextVersion++;
    }

    /**
     * Sets the {@code __module__} of a builtin type defined by a native module ({@code time.struct_time}); error
     * messages then name the type with its module ({@code 'time.struct_time' object ...}), as CPython's
     * {@code tp_name} does.
     */
    public PyType inModule(String module) {
        if (isHeapType) {
            throw new IllegalStateException("inModule is for builtin types");
        }
        builtinModule = module;
        name = module + "." + qualname;
        return this;
    }

    /** Marks this builtin type as final ({@code type 'bool' is not an acceptable base type}). */
    public PyType notSubclassable() {
        isBaseType = false;
        return this;
    }

    // ------------------------------------------------------------------ identity

    /** {@code __name__} (for a builtin type of a native module, without the module that {@link #name} has). */
    public String name() {
        return isHeapType ? name : name.substring(name.lastIndexOf('.') + 1);
    }

    public String qualname() {
        return qualname;
    }

    /** {@code __module__} as a string (Python classes: the dict entry if it is a str, else "builtins"). */
    public String module() {
        if (!isHeapType) {
            return builtinModule;
        }
        PyObject m = dict.getStr("__module__");
        return m instanceof PyStr s ? s.value : "builtins";
    }

    public PyType base() {
        return base;
    }

    public PyType[] bases() {
        return bases.clone();
    }

    /** The MRO; callers must not modify the array. */
    public PyType[] mro() {
        return mro;
    }

    /** {@code repr(cls)}: {@code <class 'int'>}, {@code <class '__main__.C'>}. */
    public String reprString() {
        String mod = module();
        if (mod == null || mod.equals("builtins")) {
            return "<class '" + qualname + "'>";
        }
        return "<class '" + mod + "." + qualname + "'>";
    }

    /** {@code issubclass(this, other)} by MRO (no {@code __subclasscheck__}). */
    public boolean isSubtype(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** {@code isinstance(o, this)} by MRO (no {@code __instancecheck__}). */
    public boolean isInstance(PyObject o) {
        return o.type == this || o.type.isSubtype(this);
    }

    // ------------------------------------------------------------------ dict, lookup, version

    /** The type dict; modify it only through {@link #setAttribute}, which keeps the version tag honest. */
    @Override
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            d = ready();
        }
        return d;
    }

    private PyDict ready() {
        PyDict d = new PyDict();
        dict = d;
        Consumer<PyType> f = definer;
        definer = null;
        if (f != null) {
            f.accept(this);
        }
        SlotDefs.addSlotWrappers(this, d);
        if (d.getStr("__doc__") == null) {
            d.setStr("__doc__", PyNone.None);
        }
        return d;
    }

    /**
     * CPython's {@code _PyType_Lookup}: the first value named {@code name} in the dicts along the MRO, or null.
     * No descriptor binding. Memoized per type until the next version change.
     */
    public PyObject lookup(String name) {
        PyObject v = lookupMemo.get(name);
        if (v != null) {
            return v == MISSING ? null : v;
        }
        v = lookupUncached(name);
        lookupMemo.put(name, v == null ? MISSING : v);
        return v;
    }

    private static final PyObject MISSING = new PyInstance(OBJECT);

    PyObject lookupUncached(String name) {
        for (PyType t : mro) {
            PyObject v = t.dict().getStr(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The first type on the MRO whose own dict holds {@code name}, or null. */
    PyType definingType(String name) {
        for (PyType t : mro) {
            if (t.dict().getStr(name) != null) {
                return t;
            }
        }
        return null;
    }

    /** Gives this type and every subclass a new version tag and drops their lookup memos. */
    public void modified() {
        version = nextVersion++;
        lookupMemo.clear();
        for (PyType sub : subclassList()) {
            sub.modified();
        }
    }

    void addSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null);
        subclasses.add(new WeakReference<>(sub));
    }

    /** {@code __subclasses__()}: the live direct subclasses. */
    public List<PyType> subclassList() {
        List<PyType> out = new ArrayList<>(subclasses.size());
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Sets ({@code value != null}) or deletes a class attribute without any checks or descriptor logic, then
     * bumps the version and, for a dunder, refreshes the slots of this type and its subclasses. Builtin types use
     * it while defining themselves; {@code setattr(C, ...)} reaches it through {@link #typeSetattr}.
     */
    public void setAttribute(String name, PyObject value) {
        PyDict d = dict();
        if (value == null) {
            if (d.delStr(name) == null) {
                throw PyException.attributeError("type object '" + this.name + "' has no attribute '" + name + "'",
                        this, name);
            }
        } else {
            d.setStr(name, value);
        }
        modified();
        if (isHeapType && SlotDefs.isSlotName(name)) {
            SlotDefs.fixupTree(this);
        }
    }

    /** Adds a native method, getter or other value to a builtin type's dict while it is being defined. */
    public void define(String name, PyObject value) {
        dict().setStr(name, value);
    }

    // ------------------------------------------------------------------ slots

    final void inheritSlots(PyType b) {
        System.arraycopy(b.nb, 0, nb, 0, nb.length);
        System.arraycopy(b.nbInplace, 0, nbInplace, 0, nbInplace.length);
        pow3 = b.pow3;
        sqConcat = b.sqConcat;
        sqRepeat = b.sqRepeat;
        sqInplaceConcat = b.sqInplaceConcat;
        sqInplaceRepeat = b.sqInplaceRepeat;
        repr = b.repr;
        str = b.str;
        neg = b.neg;
        pos = b.pos;
        invert = b.invert;
        abs = b.abs;
        index = b.index;
        toInt = b.toInt;
        toFloat = b.toFloat;
        iter = b.iter;
        next = b.next;
        bool = b.bool;
        len = b.len;
        hash = b.hash;
        contains = b.contains;
        richcompare = b.richcompare;
        getattr = b.getattr;
        setattr = b.setattr;
        descrGet = b.descrGet;
        descrSet = b.descrSet;
        getitem = b.getitem;
        setitem = b.setitem;
        call = b.call;
        newSlot = b.newSlot;
        init = b.init;
    }

    // ------------------------------------------------------------------ type's own behaviour

    /** {@code type_getattro}: metatype data descriptors, then the MRO (with {@code __get__(None, cls)}), then
     *  metatype non-data descriptors and plain values. Null when absent. */
    static PyObject typeGetattr(PyObject self, String name) {
        PyType t = (PyType) self;
        PyType meta = t.type;
        PyObject metaAttr = meta.lookup(name);
        Slots.DescrGet metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type.descrGet;
            if (metaGet != null && metaAttr.type.descrSet != null) {
                return metaGet.get(metaAttr, t, meta);
            }
        }
        PyObject attr = t.lookup(name);
        if (attr != null) {
            Slots.DescrGet g = attr.type.descrGet;
            return g != null ? g.get(attr, null, t) : attr;
        }
        if (metaGet != null) {
            return metaGet.get(metaAttr, t, meta);
        }
        return metaAttr;
    }

    static void typeSetattr(PyObject self, String name, PyObject value) {
        PyType t = (PyType) self;
        if (!t.isHeapType) {
            throw PyException.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name + "'");
        }
        PyType meta = t.type;
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && metaAttr.type.descrSet != null) {
            metaAttr.type.descrSet.set(metaAttr, t, value);
            t.modified();
            return;
        }
        t.setAttribute(name, value);
    }

    /** {@code type.__call__}: {@code type(x)}, otherwise {@code __new__} then {@code __init__}. */
    static PyObject typeCall(PyObject self, PyObject[] args, String[] kwnames) {
        PyType t = (PyType) self;
        if (t == TYPE && args.length == 1 && kwnames == null) {
            return args[0].type;
        }
        if (t.newSlot == null) {
            throw PyException.typeError("cannot create '" + t.qualname() + "' instances");
        }
        PyObject obj = t.newSlot.make(t, args, kwnames);
        if (obj.type.isSubtype(t) && obj.type.init != null) {
            obj.type.init.init(obj, args, kwnames);
        }
        return obj;
    }

    /** {@code type.__new__(meta, name, bases, dict, **kwds)}. */
    static PyObject typeNew(PyType meta, PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (meta == TYPE && npos == 1 && kwnames == null) {
            return args[0].type;
        }
        if (npos != 3) {
            throw PyException.typeError("type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof PyStr n)) {
            throw PyException.typeError("type.__new__() argument 1 must be str, not " + args[0].type.name);
        }
        if (!(args[1] instanceof PyTuple b)) {
            throw PyException.typeError("type.__new__() argument 2 must be tuple, not " + args[1].type.name);
        }
        if (!(args[2] instanceof PyDict d)) {
            throw PyException.typeError("type.__new__() argument 3 must be dict, not " + args[2].type.name);
        }
        PyType[] bases = new PyType[b.size()];
        for (int i = 0; i < bases.length; i++) {
            PyObject x = b.get(i);
            if (!(x instanceof PyType bt)) {
                throw PyException.typeError("bases must be types");
            }
            bases[i] = bt;
        }
        PyObject[] kwValues = new PyObject[kwnames == null ? 0 : kwnames.length];
        System.arraycopy(args, npos, kwValues, 0, kwValues.length);
        return newHeapType(meta, n.value, bases, d, kwnames, kwValues);
    }

    /** {@code mro()} for a Python class: C3 linearization of its bases. */
    PyType[] computeMro() {
        return Mro.c3(this, bases);
    }

    /**
     * {@code type.__new__}: makes a Python class. {@code ns} is the class namespace (copied); the metaclass must
     * already be the winner (the caller, {@code __build_class__}, computes it with {@link #calculateMetaclass}).
     * Calls {@code __set_name__} on the attributes and the parent's {@code __init_subclass__(**kw)}.
     */
    public static PyType newHeapType(PyType meta, String name, PyType[] bases, PyDict ns, String[] kwnames,
            PyObject[] kwValues) {
        if (bases.length == 0) {
            bases = new PyType[] {OBJECT};
        }
        PyType winner = calculateMetaclass(meta, bases);
        for (PyType b : bases) {
            if (!b.isBaseType) {
                throw PyException.typeError("type '" + b.name + "' is not an acceptable base type");
            }
        }
        PyDict dict = ns.copy();
        String qualname = name;
        PyObject q = dict.getStr("__qualname__");
        if (q != null) {
            if (!(q instanceof PyStr qs)) {
                throw PyException.typeError("type __qualname__ must be a str, not " + q.type.name);
            }
            qualname = qs.value;
            dict.delStr("__qualname__");
        }
        PyType t = new PyType(winner, name, qualname, bases, dict);
        t.mro = t.computeMro();
        PyType best = bestBase(bases);
        t.solidBase = best.solidBase;
        t.base = best;
        t.instancesHaveDict = best.instancesHaveDict;
        t.slotCount = best.slotCount;
        t.layoutNew = best.layoutNew;
        t.immutable = false;
        for (PyType b : bases) {
            b.addSubclass(t);
            if (b.instancesHaveDict) {
                t.instancesHaveDict = true;
            }
        }
        if (dict.getStr("__module__") == null) {
            dict.setStr("__module__", PyStr.of("builtins"));
        }
        PyObject newFn = dict.getStr("__new__");
        if (newFn != null && newFn.type.isMethodDescriptor) {
            dict.setStr("__new__", new PyStaticMethod(newFn));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.getStr(cm);
            if (f != null && f.type.isMethodDescriptor) {
                dict.setStr(cm, new PyClassMethod(f));
            }
        }
        if (dict.getStr("__eq__") != null && dict.getStr("__hash__") == null) {
            dict.setStr("__hash__", PyNone.None);
        }
        Layouts.applySlots(t, dict);
        if (dict.getStr("__doc__") == null) {
            dict.setStr("__doc__", PyNone.None);
        }
        t.inheritSlots(t.base);
        SlotDefs.fixup(t);
        for (PyType b : bases) {
            // slots of other bases are found through the MRO by fixup; isMethodDescriptor never inherits.
            assert b != null;
        }
        setNames(t);
        initSubclass(t, kwnames, kwValues);
        return t;
    }

    /** The most derived metaclass of {@code meta} and the bases' metaclasses, or CPython's conflict error. */
    public static PyType calculateMetaclass(PyType meta, PyType[] bases) {
        PyType winner = meta;
        for (PyType b : bases) {
            PyType bt = b.type;
            if (winner.isSubtype(bt)) {
                continue;
            }
            if (bt.isSubtype(winner)) {
                winner = bt;
                continue;
            }
            throw PyException.typeError("metaclass conflict: the metaclass of a derived class must be a "
                    + "(non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static PyType bestBase(PyType[] bases) {
        PyType best = null;
        PyType bestSolid = null;
        for (PyType b : bases) {
            PyType solid = b.solidBase;
            if (bestSolid == null) {
                best = b;
                bestSolid = solid;
            } else if (bestSolid.isSubtype(solid)) {
                // keep
            } else if (solid.isSubtype(bestSolid)) {
                best = b;
                bestSolid = solid;
            } else {
                throw PyException.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    private static void setNames(PyType t) {
        for (PyObject[] kv : t.dict.itemsArray()) {
            PyObject setName = kv[1].type.lookup("__set_name__");
            if (setName != null) {
                try {
                    Abstract.callMethod(kv[1], "__set_name__", t, kv[0]);
                } catch (PyException e) {
                    e.value.addNote("Error calling __set_name__ on '" + kv[1].type.name + "' instance "
                            + Abstract.repr(kv[0]).value + " in '" + t.name + "'");
                    throw e;
                }
            }
        }
    }

    private static void initSubclass(PyType t, String[] kwnames, PyObject[] kwValues) {
        PyObject sup = Abstract.superLookup(t, t, "__init_subclass__");
        if (sup == null) {
            return;
        }
        Abstract.call(sup, kwValues == null ? new PyObject[0] : kwValues,
                kwnames == null || kwnames.length == 0 ? null : kwnames);
    }

    // ------------------------------------------------------------------ type's dict

    private static void defineType(PyType t) {
        t.define("__name__", new PyGetSetDescr(t, "__name__", self -> PyStr.of(((PyType) self).name()),
                (self, v) -> ((PyType) self).setName(v)));
        t.define("__qualname__", new PyGetSetDescr(t, "__qualname__", self -> PyStr.of(((PyType) self).qualname),
                (self, v) -> ((PyType) self).setQualname(v)));
        t.define("__module__", new PyGetSetDescr(t, "__module__", self -> {
            PyType ty = (PyType) self;
            return ty.isHeapType ? ty.dict.getStr("__module__") : PyStr.of(ty.builtinModule);
        }, (self, v) -> {
            PyType ty = (PyType) self;
            ty.checkSettable("__module__", v);
            ty.dict.setStr("__module__", v);
            ty.modified();
        }));
        t.define("__bases__", new PyGetSetDescr(t, "__bases__", self -> new PyTuple(((PyType) self).bases), null));
        t.define("__base__", new PyGetSetDescr(t, "__base__", self -> {
            PyType b = ((PyType) self).base;
            return b == null ? PyNone.None : b;
        }, null));
        t.define("__mro__", new PyGetSetDescr(t, "__mro__", self -> new PyTuple(((PyType) self).mro), null));
        t.define("__dict__", new PyGetSetDescr(t, "__dict__", self -> new PyMappingProxy(((PyType) self).dict()),
                null));
        t.define("__doc__", new PyGetSetDescr(t, "__doc__", self -> {
            PyType ty = (PyType) self;
            PyObject d = ty.dict().getStr("__doc__");
            if (d == null) {
                return PyNone.None;
            }
            Slots.DescrGet g = d.type.descrGet;
            return g != null ? g.get(d, null, ty) : d;
        }, (self, v) -> {
            PyType ty = (PyType) self;
            ty.checkSettable("__doc__", v);
            ty.dict.setStr("__doc__", v);
            ty.modified();
        }));
        t.define("mro", new PyMethodDescr(t, "mro", 0, 0, (PyMethodDescr.Fn.FA) (self, a) -> {
            PyType ty = (PyType) self;
            return new PyList(ty.isHeapType ? ty.computeMro() : ty.mro);
        }));
        t.define("__subclasses__", new PyMethodDescr(t, "__subclasses__", 0, 0,
                (PyMethodDescr.Fn.FA) (self, a) -> new PyList(((PyType) self).subclassList().toArray(new PyObject[0]))));
        t.define("__dir__", PyMethodDescr.of(t, "__dir__", self -> {
            // type.__dir__: the names in the dicts of the class and its bases (not the metaclass's).
            PyDict names = new PyDict();
            for (PyType c : ((PyType) self).mro) {
                for (PyObject k : c.dict().keysArray()) {
                    names.setItem(k, PyNone.None);
                }
            }
            return new PyList(names.keysArray());
        }));
        t.define("__instancecheck__", new PyMethodDescr(t, "__instancecheck__", 1, 1,
                (PyMethodDescr.Fn.FA) (self, a) -> PyBool.of(Abstract.recursiveIsInstance(a[0], (PyType) self))));
        t.define("__subclasscheck__", new PyMethodDescr(t, "__subclasscheck__", 1, 1,
                (PyMethodDescr.Fn.FA) (self, a) -> PyBool.of(a[0] instanceof PyType s && s.isSubtype((PyType) self))));
    }

    private void checkSettable(String attr, PyObject v) {
        if (!isHeapType) {
            throw PyException.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (v == null) {
            throw PyException.typeError("cannot delete '" + attr + "' attribute of immutable type '" + name + "'");
        }
    }

    private void setName(PyObject v) {
        checkSettable("__name__", v);
        if (!(v instanceof PyStr s)) {
            throw PyException.typeError("can only assign string to " + name + ".__name__, not '" + v.type.name + "'");
        }
        name = s.value;
        modified();
    }

    private void setQualname(PyObject v) {
        checkSettable("__qualname__", v);
        if (!(v instanceof PyStr s)) {
            throw PyException.typeError("can only assign string to " + name + ".__qualname__, not '"
                    + v.type.name + "'");
        }
        qualname = s.value;
        modified();
    }
}
