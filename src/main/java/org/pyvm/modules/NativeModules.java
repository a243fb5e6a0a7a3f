package org.pyvm.modules;

import org.pyvm.objects.PyModule;

/**
 * The registry of native modules (CPython's {@code sys.builtin_module_names}): each module is one class in this
 * package with a {@code static PyModule create()} that builds it. The import system asks here before searching
 * {@code sys.path}. A plain switch, not a service lookup, so that start-up loads only the modules a program imports.
 */
public final class NativeModules {
    private NativeModules() {
    }

    /** The names of all native modules, sorted (for {@code sys.builtin_module_names}). */
    public static final String[] NAMES = {"_abc", "_collections", "_random", "_struct", "_traceback", "_weakref",
        "gc", "math", "posix", "time", "typing"};

    /** A new instance of the native module {@code name}, or null if there is none by that name. */
    public static PyModule create(String name) {
        PyModule m = switch (name) {
            case "math" -> MathModule.create();
            case "time" -> TimeModule.create();
            case "typing" -> TypingModule.create();
            case "posix" -> PosixModule.create();
            case "gc" -> GcModule.create();
            case "_traceback" -> TracebackModule.create();
            case "_weakref" -> WeakrefModule.create();
            case "_random" -> RandomModule.create();
            case "_struct" -> StructModule.create();
            case "_abc" -> AbcModule.create();
            case "_collections" -> CollectionsModule.create();
            default -> null;
        };
        if (m != null) {
            m.isBuiltin = true;
        }
        return m;
    }
}
