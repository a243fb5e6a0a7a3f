/**
 * The object model: every Python value is a {@link org.pyvm.objects.PyObject} whose behaviour comes from its
 * {@link org.pyvm.objects.PyType}'s slots. VM side: depends only on {@code org.pyvm.bytecode} (for the operator
 * numbers of {@code Operands}).
 *
 * <h2>Design</h2>
 * <ul>
 * <li><b>Objects.</b> {@code PyObject} holds only its type. One class per builtin type, named after it
 * ({@code PyInt}, {@code PyStr}, {@code PyDict}, ...). Instances of Python classes are {@link
 * org.pyvm.objects.PyInstance} (dict + {@code __slots__} array); instances of Python subclasses of builtin types
 * are the builtin's {@code Derived} Java subclass (value + dict), e.g. {@code PyInt.Derived}.</li>
 * <li><b>Types and slots.</b> {@code PyType} has CPython's slots as public fields of small functional interfaces
 * ({@link org.pyvm.objects.Slots}): {@code nb[Operands.NB_*]}, {@code nbInplace[...]}, {@code richcompare},
 * {@code getattr}, {@code call}, {@code iter}/{@code next}, {@code getitem}, ... Builtin types fill them with Java
 * code; Python classes get them from {@link org.pyvm.objects.SlotDefs}: the builtin slot of the first builtin
 * type on the MRO defining the dunder, or a generic slot that looks the dunder up and calls it. Builtin slots are
 * visible in the type dict as slot wrappers ({@code int.__add__}), native methods as method descriptors
 * ({@code list.append}) whose bodies are arity-specific lambdas — no reflection anywhere.</li>
 * <li><b>Lookup and caching.</b> {@code PyType.lookup(name)} walks the MRO and memoizes per type. Every type has a
 * {@code version} tag, unique over all types, changed on any change to its dict, bases or the dict of a type on its
 * MRO ({@code setAttribute} / {@code modified()} propagate to subclasses). An inline cache may store
 * {@code (type.version, result)} and trust it while the tag is unchanged. {@code PyDict.version} changes on every
 * mutation (for global-lookup caches). Builtin type dicts are filled lazily on first use.</li>
 * <li><b>Fast paths.</b> {@code Abstract.add/sub/mul/richCompare/eq/isTrue/hash/repr} test the exact builtin types
 * first. {@code int} is a {@code long} with overflow checks (branch, no exception) and {@code BigInteger} beyond,
 * small ints cached; {@code str} is a Java {@code String} with a cached code-point count (char indexing when there
 * are no surrogate pairs) and Java's cached hash; {@code dict} is CPython's compact ordered table with a
 * {@code String}-key path ({@code getStr}/{@code setStr}: identity compare first). Iterators return null at the end.
 * Python exceptions are {@link org.pyvm.objects.PyException}s with no stack trace.</li>
 * </ul>
 *
 * <h2>API for the interpreter</h2>
 * <ul>
 * <li>Operators: {@code Abstract.binaryOp(v, w, op)} for any {@code BINARY_OP} argument (in-place forms included),
 * {@code Abstract.add/sub/mul} (fast), {@code Abstract.pow(v, w, z)}, {@code Abstract.divmod},
 * {@code Abstract.neg/pos/invert/abs}, {@code Abstract.richCompare(v, w, Abstract.LT..GE)} (object result),
 * {@code Abstract.compare(v, w, op)} (boolean), {@code Abstract.eq}, {@code Abstract.isTrue},
 * {@code Abstract.contains(container, x)}.</li>
 * <li>Attributes: {@code Abstract.getattr(o, name)}, {@code getattrOrNull}, {@code setattr}, {@code delattr};
 * {@code type.lookup(name)} + {@code type.version} for LOAD_ATTR / LOAD_METHOD caches; {@code
 * Abstract.superLookup(start, obj, name)} for {@code super()}; {@code PyObjectMethods.genericGetattr} is the
 * default {@code getattr} slot.</li>
 * <li>Calls: {@code Abstract.call(f, args, kwnames)} (vectorcall: positional args then keyword values, kwnames
 * naming the tail, null when none); {@code Abstract.callBound(m, self, args, kwnames)} for an attribute found on
 * the type (LOAD_METHOD: a {@code PyMethodDescr} or any type with {@code isMethodDescriptor} gets self as first
 * argument, no bound object); {@code PyMethodDescr.call(self, args, kwnames)}, {@code call0}, {@code call1}.
 * A Python function type made by the VM sets {@code call}, {@code descrGet} and {@code isMethodDescriptor}.</li>
 * <li>Iteration: {@code Abstract.iter(o)}, {@code Abstract.next(it)} (null at exhaustion; swallows StopIteration
 * from Python {@code __next__}), {@code Abstract.nextOrRaise(it)} for {@code next()}; {@code PyList},
 * {@code PyTuple} and {@code PyRange.RangeIter} iterators can be special-cased by FOR_ITER.</li>
 * <li>Items: {@code Abstract.getitem/setitem/delitem}, {@code Abstract.index}, {@code asSize}, {@code asLong}.</li>
 * <li>Text: {@code Abstract.repr/str/ascii/format}; {@code Abstract.reprEnter/reprLeave} for recursive reprs.
 * {@code str % x} and {@code bytes % x} are the {@code NB_REMAINDER} slots of str, bytes and bytearray
 * ({@code PrintfFormat}); {@code str.format} is {@code StrFormat}; encodings and error handlers are
 * {@code Codecs}; the methods bytes and bytearray share are {@code BytesMethods}.</li>
 * <li>Builtins: {@code org.pyvm.modules.BuiltinsModule.create(sys)} builds the {@code builtins} module ({@code print}
 * and {@code input} find {@code sys.stdout}/{@code stdin}/{@code stderr} in the dict of that {@code sys} module at
 * each call). Zero-argument {@code super()} asks {@code PySuper.zeroArgs} (set by the VM: returns {@code {__class__
 * cell value, first argument}} of the running frame); {@code vars()}/{@code dir()} with no argument ask
 * {@code BuiltinsModule.frameLocals}. The iterator types of the builtins are {@code PyEnumerate}, {@code PyZip},
 * {@code PyMap}, {@code PyFilter}, {@code PyReversed}, {@code PyCallableIterator}; {@code PyProperty},
 * {@code PySuper}, {@code PyAnextAwaitable}.</li>
 * <li>Classes: {@code PyType.calculateMetaclass(meta, bases)} and {@code PyType.newHeapType(meta, name, bases,
 * ns, kwnames, kwValues)} for {@code __build_class__} (runs {@code __set_name__} and {@code __init_subclass__});
 * {@code Abstract.call(PyType.TYPE, ...)} is {@code type(...)}.</li>
 * <li>Exceptions: {@code throw PyException.typeError(msg)} and friends; {@code PyException.of(type, args...)};
 * {@code e.matches(type)}; {@code e.value} is the {@code PyBaseException} with {@code args}, {@code cause},
 * {@code context}, {@code suppressContext}, {@code traceback} (set {@code PyBaseException.tracebackType});
 * {@code value.toThrowable()} re-raises without allocating. {@code PyBaseException.ALL} lists the builtin
 * exception types for the builtins module.</li>
 * <li>Values: {@code PyInt.of(long|BigInteger)}, {@code PyFloat.of}, {@code PyStr.of}, {@code PyBool.of},
 * {@code PyNone.None}, {@code PyNotImplemented.NotImplemented}, {@code PyEllipsis.Ellipsis}, {@code PyTuple.of},
 * {@code new PyList(...)}, {@code new PyDict()}, {@code new PySet()}, {@code PyFrozenSet.from}, {@code new
 * PyRange}, {@code new PySlice}, {@code new PyBytes}, {@code new PyByteArray}, {@code PyMemoryView.of},
 * {@code new PyComplex}.</li>
 * </ul>
 */
package org.pyvm.objects;
