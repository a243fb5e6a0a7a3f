package org.pyvm.bytecode;

import java.util.EnumSet;
import java.util.Set;

import static org.pyvm.bytecode.OperandKind.*;

/**
 * The instruction set: the single source of truth for every opcode's number, operand kind, stack effect and flags.
 * The compiler's max-stack computation ({@link StackDepth}), the {@link Verifier}, the {@link Disassembler},
 * {@code docs/bytecode.md} and the interpreter's coverage test all read this table.
 *
 * <p>Encoding: an instruction is one {@code int} word, {@code arg << 8 | number}; the argument is unsigned 24-bit
 * ({@link OperandKind#MAX_ARG}), so there is no EXTENDED_ARG. Offsets and jump targets are instruction indexes.
 * In the semantics strings A is the argument, TOS the top of the stack, and the stack picture lists inputs and
 * outputs bottom first ({@link StackPicture}).
 *
 * <p>Notes (invariants the verifier enforces):
 * <ul>
 * <li>Jumps go forward, except the BACKWARD ones (JUMP_BACKWARD and JUMP_BACKWARD_NO_INTERRUPT), which go to an
 *     index at or before themselves: every loop passes through one, so the VM polls interrupts only there.</li>
 * <li>A superinstruction (flag SUPER) executes itself and the instruction after it, which must be its partner and
 *     stays in the code unchanged (a jump may land on it; positions and exception ranges of both stay exact).
 *     Its stack picture is that of its own first part; the partner is verified as an instruction of its own.</li>
 * <li>Specialized opcodes (flag SPECIALIZED, numbers 200 and up) are made by the VM when it quickens code; they
 *     never appear in a file. Each names its generic family member.</li>
 * <li>CACHED instructions own an inline-cache slot ({@link CodeObject#cacheIndex}) for the VM's specialization.</li>
 * <li>YIELD_VALUE and SEND appear only in generator, coroutine and async generator code. A YIELD_VALUE with
 *     argument 1 is followed by a JUMP_BACKWARD_NO_INTERRUPT to a SEND (the yield-from/await loop), which is how
 *     the VM finds the delegate of {@code throw()} and {@code close()}.</li>
 * </ul>
 * ORDER OP: numbers are part of the file format; never renumber, only add.
 */
public enum Opcode implements OpcodeFlags {
    // ---- stack manipulation
    NOP(1, NONE, "--", 0, "do nothing"),
    POP_TOP(2, NONE, "value --", 0, "pop and discard TOS"),
    COPY(3, STACK_INDEX, "bottom unused[oparg-1] -- bottom unused[oparg-1] top", 0,
            "push a copy of STACK[-A] (COPY 1 duplicates TOS)"),
    SWAP(4, STACK_INDEX, "bottom unused[oparg-2] top -- top unused[oparg-2] bottom", 0,
            "exchange TOS and STACK[-A] (A >= 2)"),

    // ---- constants and fast locals
    LOAD_CONST(10, CONST, "-- value", 0, "push consts[A]"),
    RETURN_CONST(11, CONST, "--", F_NO_FALLTHROUGH, "return consts[A] to the caller"),
    LOAD_FAST(12, LOCAL, "-- value", 0, "push locals[A]; UnboundLocalError if it is unbound"),
    LOAD_FAST_AND_CLEAR(13, LOCAL, "-- value_or_null", 0,
            "push locals[A] (null if unbound) and unbind it: saves a variable around an inlined comprehension"),
    STORE_FAST(14, LOCAL, "value --", 0, "locals[A] := TOS; pop (a null value makes it unbound again)"),
    DELETE_FAST(15, LOCAL, "--", 0, "unbind locals[A]; UnboundLocalError if it is unbound"),
    LOAD_FAST_LOAD_FAST(16, LOCAL, "-- value", F_SUPER, "LOAD_FAST A, then the LOAD_FAST that follows"),
    LOAD_FAST_LOAD_CONST(17, LOCAL, "-- value", F_SUPER, "LOAD_FAST A, then the LOAD_CONST that follows"),
    STORE_FAST_LOAD_FAST(18, LOCAL, "value --", F_SUPER, "STORE_FAST A, then the LOAD_FAST that follows"),
    STORE_FAST_STORE_FAST(19, LOCAL, "value --", F_SUPER, "STORE_FAST A, then the STORE_FAST that follows"),

    // ---- cells (index A counts cellvars, then freevars)
    LOAD_DEREF(20, CELL, "-- value", 0, "push the contents of cell A; NameError if it is empty"),
    STORE_DEREF(21, CELL, "value --", 0, "cell A := TOS; pop"),
    DELETE_DEREF(22, CELL, "--", 0, "empty cell A; NameError if it is empty"),
    LOAD_CLOSURE(23, CELL, "-- cell", 0, "push cell A itself (to build a closure tuple)"),
    LOAD_FROM_DICT_OR_DEREF(24, CELL, "mapping -- value", 0,
            "push mapping[name of cell A] if present, else the contents of cell A (class bodies)"),
    MAKE_CELL(25, CELL, "--", 0,
            "slot A := a new empty cell (after LOAD_CLOSURE A saved the old one: isolates an inlined comprehension's cell)"),
    RESTORE_CELL(26, CELL, "cell --", 0, "slot A := the cell object TOS (undoes MAKE_CELL); pop"),

    // ---- names, globals, module and class bodies
    LOAD_NAME(30, NAME, "-- value", 0, "push locals, globals or builtins [names[A]]; NameError if absent"),
    STORE_NAME(31, NAME, "value --", 0, "locals[names[A]] := TOS; pop"),
    DELETE_NAME(32, NAME, "--", 0, "del locals[names[A]]; NameError if absent"),
    LOAD_GLOBAL(33, NAME, "-- value", F_CACHED, "push globals or builtins [names[A]]; NameError if absent"),
    STORE_GLOBAL(34, NAME, "value --", 0, "globals[names[A]] := TOS; pop"),
    DELETE_GLOBAL(35, NAME, "--", 0, "del globals[names[A]]; NameError if absent"),
    LOAD_FROM_DICT_OR_GLOBALS(36, NAME, "mapping -- value", 0,
            "push mapping[names[A]] if present, else globals or builtins [names[A]] (annotation scopes)"),
    LOAD_LOCALS(37, NONE, "-- mapping", 0, "push the frame's locals mapping"),
    LOAD_BUILD_CLASS(38, NONE, "-- func", 0, "push builtins.__build_class__"),
    LOAD_ASSERTION_ERROR(39, NONE, "-- type", 0, "push AssertionError"),
    SETUP_ANNOTATIONS(40, NONE, "--", 0, "create __annotations__ = {} in locals if it is not there"),

    // ---- attributes, subscripts, slices
    LOAD_ATTR(45, NAME, "owner -- value", F_CACHED, "TOS := getattr(TOS, names[A])"),
    LOAD_METHOD(46, NAME, "owner -- method self_or_null", F_CACHED,
            "look up names[A] on TOS: a plain function found on the type pushes (func, owner), else (attr, null)"),
    STORE_ATTR(47, NAME, "value owner --", F_CACHED, "setattr(owner, names[A], value)"),
    DELETE_ATTR(48, NAME, "owner --", 0, "delattr(owner, names[A])"),
    LOAD_SUPER_ATTR(49, SUPER_ATTR, "global_super cls self -- value self_or_null[oparg&1]", F_CACHED,
            "super(cls, self).names[A>>2]; bit 0 loads as LOAD_METHOD does; bit 1: two-argument super"),
    BINARY_SUBSCR(50, NONE, "container key -- value", F_CACHED, "push container[key]"),
    STORE_SUBSCR(51, NONE, "value container key --", F_CACHED, "container[key] := value"),
    DELETE_SUBSCR(52, NONE, "container key --", 0, "del container[key]"),
    BINARY_SLICE(53, NONE, "container start stop -- value", 0, "push container[start:stop]"),
    STORE_SLICE(54, NONE, "value container start stop --", 0, "container[start:stop] := value"),
    BUILD_SLICE(55, SLICE_ARGS, "bounds[oparg] -- slice", 0, "push slice(start, stop[, step]) of A values"),

    // ---- operators
    UNARY_NEGATIVE(60, NONE, "value -- result", 0, "TOS := -TOS"),
    UNARY_POSITIVE(61, NONE, "value -- result", 0, "TOS := +TOS"),
    UNARY_INVERT(62, NONE, "value -- result", 0, "TOS := ~TOS"),
    UNARY_NOT(63, NONE, "value -- result", 0, "TOS := not TOS"),
    BINARY_OP(64, OperandKind.BINARY_OP, "lhs rhs -- result", F_CACHED,
            "push lhs OP rhs, OP = Operands.BINARY_OPS[A] (13 and up: in-place forms)"),
    COMPARE_OP(65, COMPARE, "lhs rhs -- result", F_CACHED, "push lhs OP rhs, OP = Operands.COMPARE_OPS[A]"),
    COMPARE_AND_BRANCH(66, COMPARE, "lhs rhs -- result", F_CACHED | F_SUPER,
            "COMPARE_OP A, then the POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE that follows"),
    IS_OP(67, INVERT, "lhs rhs -- result", 0, "push lhs is rhs (A=1: is not)"),
    CONTAINS_OP(68, INVERT, "item container -- result", 0, "push item in container (A=1: not in)"),

    // ---- control flow
    JUMP_FORWARD(70, JUMP, "--", F_JUMP | F_NO_FALLTHROUGH, "go to A (forward)"),
    JUMP_BACKWARD(71, JUMP, "--", F_JUMP | F_NO_FALLTHROUGH | F_BACKWARD,
            "go to A (at or before this instruction); poll interrupts"),
    JUMP_BACKWARD_NO_INTERRUPT(72, JUMP, "--", F_JUMP | F_NO_FALLTHROUGH | F_BACKWARD,
            "go to A (at or before this instruction) without polling (closes yield-from/await loops)"),
    POP_JUMP_IF_FALSE(73, JUMP, "cond --", F_JUMP | F_CONDITIONAL, "pop; go to A if it was false"),
    POP_JUMP_IF_TRUE(74, JUMP, "cond --", F_JUMP | F_CONDITIONAL, "pop; go to A if it was true"),
    POP_JUMP_IF_NONE(75, JUMP, "value --", F_JUMP | F_CONDITIONAL, "pop; go to A if it was None"),
    POP_JUMP_IF_NOT_NONE(76, JUMP, "value --", F_JUMP | F_CONDITIONAL, "pop; go to A if it was not None"),
    JUMP_IF_FALSE_OR_POP(77, JUMP, "cond -- | cond", F_JUMP | F_CONDITIONAL,
            "if TOS is false go to A keeping it, else pop it (and)"),
    JUMP_IF_TRUE_OR_POP(78, JUMP, "cond -- | cond", F_JUMP | F_CONDITIONAL,
            "if TOS is true go to A keeping it, else pop it (or)"),
    GET_ITER(79, NONE, "iterable -- iter", 0, "TOS := iter(TOS)"),
    FOR_ITER(80, JUMP, "iter -- iter next | ", F_JUMP | F_CONDITIONAL | F_CACHED,
            "push next(iter); when exhausted pop iter and go to A (no StopIteration is raised)"),
    RETURN_VALUE(81, NONE, "value --", F_NO_FALLTHROUGH, "return TOS to the caller"),

    // ---- building containers
    BUILD_TUPLE(85, COUNT, "values[oparg] -- tuple", 0, "push a tuple of the A top values"),
    BUILD_LIST(86, COUNT, "values[oparg] -- list", 0, "push a list of the A top values"),
    BUILD_SET(87, COUNT, "values[oparg] -- set", 0, "push a set of the A top values"),
    BUILD_MAP(88, COUNT, "items[oparg*2] -- map", 0, "push a dict of A (key, value) pairs"),
    BUILD_CONST_KEY_MAP(89, COUNT, "values[oparg] keys -- map", 0,
            "push a dict of A values under the keys of the tuple keys"),
    BUILD_STRING(90, COUNT, "pieces[oparg] -- str", 0, "push the concatenation of A strings"),
    LIST_APPEND(91, STACK_INDEX, "list unused[oparg-1] value -- list unused[oparg-1]", 0,
            "STACK[-A-1].append(value) (comprehensions)"),
    SET_ADD(92, STACK_INDEX, "set unused[oparg-1] value -- set unused[oparg-1]", 0, "STACK[-A-1].add(value)"),
    MAP_ADD(93, STACK_INDEX, "map unused[oparg-1] key value -- map unused[oparg-1]", 0,
            "STACK[-A-2][key] := value"),
    LIST_EXTEND(94, STACK_INDEX, "list unused[oparg-1] iterable -- list unused[oparg-1]", 0,
            "STACK[-A-1].extend(iterable)"),
    SET_UPDATE(95, STACK_INDEX, "set unused[oparg-1] iterable -- set unused[oparg-1]", 0,
            "STACK[-A-1].update(iterable)"),
    DICT_UPDATE(96, STACK_INDEX, "dict unused[oparg-1] update -- dict unused[oparg-1]", 0,
            "STACK[-A-1].update(update) ({**x} displays)"),
    DICT_MERGE(97, STACK_INDEX, "dict unused[oparg-1] update -- dict unused[oparg-1]", 0,
            "like DICT_UPDATE, but a repeated key is a TypeError (f(**x, **y))"),
    UNPACK_SEQUENCE(98, COUNT, "seq -- values[oparg]", F_CACHED,
            "unpack TOS into exactly A values, the first on top"),
    UNPACK_EX(99, UNPACK_COUNTS, "seq -- values[(oparg&255)+1+(oparg>>8)]", 0,
            "unpack TOS into A&255 values, a list of the rest, then A>>8 values; the first on top"),

    // ---- f-strings
    CONVERT_VALUE(100, CONVERSION, "value -- result", 0, "TOS := str, repr or ascii (A = 1, 2, 3) of TOS"),
    FORMAT_SIMPLE(101, NONE, "value -- str", 0, "TOS := format(TOS, '')"),
    FORMAT_WITH_SPEC(102, NONE, "value spec -- str", 0, "push format(value, spec)"),

    // ---- calls and functions
    CALL(105, COUNT, "callable args[oparg] -- result", F_CACHED, "push callable(*args) with A positional arguments"),
    CALL_KW(106, COUNT, "callable args[oparg] kwnames -- result", F_CACHED,
            "call with A arguments, the last len(kwnames) of them passed by the names in the tuple kwnames"),
    CALL_METHOD(107, COUNT, "method self_or_null args[oparg] -- result", F_CACHED,
            "call method(self, *args) after LOAD_METHOD, or method(*args) when self_or_null is null"),
    CALL_METHOD_KW(108, COUNT, "method self_or_null args[oparg] kwnames -- result", F_CACHED,
            "CALL_METHOD with keyword names as CALL_KW"),
    CALL_FUNCTION_EX(109, CALL_EX_FLAGS, "callable args kwargs[oparg&1] -- result", 0,
            "push callable(*args, **kwargs); args is a tuple, kwargs (if A=1) a dict"),
    CALL_INTRINSIC_1(110, INTRINSIC_1, "value -- result", 0, "TOS := intrinsic A (Operands.INTRINSICS_1) of TOS"),
    CALL_INTRINSIC_2(111, INTRINSIC_2, "value1 value2 -- result", 0,
            "push intrinsic A (Operands.INTRINSICS_2) of value1, value2"),
    MAKE_FUNCTION(112, FUNCTION_FLAGS,
            "defaults[oparg&1] kwdefaults[(oparg>>1)&1] annotations[(oparg>>2)&1] closure[(oparg>>3)&1] code -- func",
            0, "push a function of the code object, with the optional parts flagged in A (Operands.FN_*)"),

    // ---- exceptions and with
    RAISE_VARARGS(115, RAISE_FORM, "args[oparg] --", F_NO_FALLTHROUGH,
            "A=0: re-raise the handled exception; 1: raise TOS; 2: raise STACK[-2] from TOS"),
    RERAISE(116, COUNT, "values[oparg] exc --", F_NO_FALLTHROUGH,
            "re-raise exc keeping its traceback; if A > 0 the frame's last instruction := values[0] (lasti)"),
    PUSH_EXC_INFO(117, NONE, "exc -- prev_exc exc", 0,
            "save the handled exception (sys.exception()) below exc and make exc the handled one"),
    POP_EXCEPT(118, NONE, "prev_exc --", 0, "restore prev_exc as the handled exception"),
    CHECK_EXC_MATCH(119, NONE, "exc type -- exc matches", 0, "push isinstance(exc, type) (TypeError if type is not a class)"),
    CHECK_EG_MATCH(120, NONE, "exc type -- rest match", 0,
            "except*: split exc by type into (rest, match); match is None (and rest exc) if nothing matched"),
    WITH_EXCEPT_START(121, NONE, "exit lasti prev_exc exc -- exit lasti prev_exc exc result", 0,
            "push exit(type(exc), exc, exc.__traceback__)"),
    BEFORE_WITH(122, NONE, "mgr -- exit enter_result", 0,
            "push the bound mgr.__exit__, then mgr.__enter__()"),

    // ---- generators and coroutines
    YIELD_VALUE(125, YIELD_KIND, "value -- sent", F_SUSPENDS,
            "suspend the frame yielding TOS; on resumption push the sent value (A=1: inside a yield-from loop)"),
    GET_YIELD_FROM_ITER(126, NONE, "iterable -- iter", 0,
            "TOS := iter(TOS), unless it is a generator (or a coroutine in a coroutine-flagged function)"),
    SEND(127, JUMP, "receiver value -- receiver yielded | result", F_JUMP | F_CONDITIONAL | F_SUSPENDS,
            "value sent to receiver: push what it yields; when it returns, pop it, push its value and go to A"),
    GET_AWAITABLE(128, AWAIT_KIND, "value -- awaitable", 0,
            "TOS := the awaitable's iterator (__await__()); A names the source for error messages"),
    GET_AITER(129, NONE, "obj -- aiter", 0, "TOS := TOS.__aiter__()"),
    GET_ANEXT(130, NONE, "aiter -- aiter awaitable", 0, "push the awaitable of aiter.__anext__()"),
    END_ASYNC_FOR(131, NONE, "aiter exc --", 0,
            "handler of async for: pop both if exc is StopAsyncIteration, else re-raise exc"),
    BEFORE_ASYNC_WITH(132, NONE, "mgr -- exit awaitable", 0,
            "push the bound mgr.__aexit__, then the awaitable of mgr.__aenter__()"),

    // ---- imports
    IMPORT_NAME(135, NAME, "level fromlist -- module", 0, "push __import__(names[A], globals, locals, fromlist, level)"),
    IMPORT_FROM(136, NAME, "module -- module value", 0, "push module.names[A] (or the submodule); ImportError if absent"),
    IMPORT_STAR(137, NONE, "module --", 0, "from module import * into locals (honours __all__)"),

    // ---- pattern matching
    MATCH_CLASS(140, COUNT, "subject cls names -- attrs", 0,
            "match subject against cls with A positional and the keyword names: push the tuple of attributes or None"),
    MATCH_MAPPING(141, NONE, "subject -- subject result", 0, "push whether subject is a collections.abc.Mapping"),
    MATCH_SEQUENCE(142, NONE, "subject -- subject result", 0,
            "push whether subject is a Sequence (and not str, bytes, bytearray)"),
    MATCH_KEYS(143, NONE, "subject keys -- subject keys values", 0,
            "push the tuple of subject's values for the tuple keys, or None if one is missing"),
    GET_LEN(144, NONE, "obj -- obj len", 0, "push len(obj)"),

    // ---- specialized forms, made by the VM only (never in a file)
    FOR_ITER_RANGE(200, JUMP, "iter -- iter next | ", F_JUMP | F_CONDITIONAL | F_CACHED | F_SPECIALIZED,
            "FOR_ITER over a range iterator"),
    FOR_ITER_LIST(201, JUMP, "iter -- iter next | ", F_JUMP | F_CONDITIONAL | F_CACHED | F_SPECIALIZED,
            "FOR_ITER over a list iterator");

    private static final Opcode[] BY_NUMBER = new Opcode[256];
    private static final Opcode[][] SUPERS_BY_BASE = new Opcode[256][];

    static {
        for (Opcode op : values()) {
            if (BY_NUMBER[op.number] != null) {
                throw new AssertionError("duplicate opcode number " + op.number);
            }
            BY_NUMBER[op.number] = op;
        }
        LOAD_FAST_LOAD_FAST.partners = EnumSet.of(LOAD_FAST);
        LOAD_FAST_LOAD_CONST.partners = EnumSet.of(LOAD_CONST);
        STORE_FAST_LOAD_FAST.partners = EnumSet.of(LOAD_FAST);
        STORE_FAST_STORE_FAST.partners = EnumSet.of(STORE_FAST);
        COMPARE_AND_BRANCH.partners = EnumSet.of(POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE);
        LOAD_FAST_LOAD_FAST.base = LOAD_FAST;
        LOAD_FAST_LOAD_CONST.base = LOAD_FAST;
        STORE_FAST_LOAD_FAST.base = STORE_FAST;
        STORE_FAST_STORE_FAST.base = STORE_FAST;
        COMPARE_AND_BRANCH.base = COMPARE_OP;
        FOR_ITER_RANGE.base = FOR_ITER;
        FOR_ITER_LIST.base = FOR_ITER;
        for (Opcode op : values()) {
            if (op.is(F_SUPER)) {
                Opcode[] old = SUPERS_BY_BASE[op.base.number];
                Opcode[] grown = old == null ? new Opcode[1] : java.util.Arrays.copyOf(old, old.length + 1);
                grown[grown.length - 1] = op;
                SUPERS_BY_BASE[op.base.number] = grown;
            }
        }
    }

    /** The number in the instruction word's low byte. */
    public final int number;
    /** What the argument means. */
    public final OperandKind operand;
    /** The stack effect. */
    public final StackPicture stack;
    /** F_* bits. */
    public final int flags;
    /** One line of semantics (A = argument). */
    public final String semantics;
    private Set<Opcode> partners = Set.of();
    private Opcode base;

    Opcode(int number, OperandKind operand, String stack, int flags, String semantics) {
        this.number = number;
        this.operand = operand;
        this.stack = StackPicture.parse(stack);
        this.flags = flags;
        this.semantics = semantics;
    }

    /** The opcode with this number, or null. */
    public static Opcode byNumber(int number) {
        return number >= 0 && number < 256 ? BY_NUMBER[number] : null;
    }

    /** The opcode of an instruction word, or null if its low byte is not an opcode. */
    public static Opcode of(int word) {
        return BY_NUMBER[word & 0xFF];
    }

    /** The argument of an instruction word. */
    public static int argOf(int word) {
        return word >>> 8;
    }

    /** The instruction word for this opcode and argument. */
    public int encode(int arg) {
        if (arg < 0 || arg > OperandKind.MAX_ARG) {
            throw new IllegalArgumentException(name() + " argument " + arg + " does not fit in 24 bits");
        }
        return arg << 8 | number;
    }

    public boolean is(int flag) {
        return (flags & flag) != 0;
    }

    public boolean isJump() {
        return (flags & F_JUMP) != 0;
    }

    /** Execution may continue with the next instruction. */
    public boolean fallsThrough() {
        return (flags & F_NO_FALLTHROUGH) == 0;
    }

    /** For a superinstruction: the opcodes its next instruction may have; empty otherwise. */
    public Set<Opcode> partners() {
        return partners;
    }

    /**
     * The generic opcode this one stands for: the first part of a superinstruction, the family head of a
     * specialized opcode, otherwise the opcode itself.
     */
    public Opcode base() {
        return base == null ? this : base;
    }

    /** The superinstruction that fuses {@code first} with {@code second}, or null. */
    public static Opcode fused(Opcode first, Opcode second) {
        if (first == null || second == null) {
            return null;
        }
        Opcode[] candidates = SUPERS_BY_BASE[first.number];
        if (candidates != null) {
            for (Opcode op : candidates) {
                if (op.partners.contains(second)) {
                    return op;
                }
            }
        }
        return null;
    }
}
