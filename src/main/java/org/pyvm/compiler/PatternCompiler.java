package org.pyvm.compiler;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.pyvm.ast.Expr;
import org.pyvm.ast.MatchCase;
import org.pyvm.ast.Operator;
import org.pyvm.ast.Pattern;
import org.pyvm.ast.Pos;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.UnaryOp;
import org.pyvm.bytecode.CodeBuilder;
import org.pyvm.bytecode.CodeBuilder.Label;
import org.pyvm.bytecode.Constants;
import org.pyvm.bytecode.Opcode;
import org.pyvm.bytecode.Operands;
import org.pyvm.parse.PySyntaxError;

import static org.pyvm.bytecode.Opcode.*;

/**
 * Compiles a {@code match} statement as CPython 3.12's {@code compile.c} does, through the code generator's
 * {@link PatternContext}.
 *
 * <p>The shape of the code. The subject is evaluated once; every case but the last works on a {@code COPY} of it.
 * A pattern consumes its subject. While it runs, the values it will bind (its "stores") stay on the stack,
 * rotated below anything the pattern still works on; only when the whole pattern has matched are they stored, in
 * the order the names appear in the pattern, so a failed case binds nothing. A failing test jumps to
 * {@code failPop[n]}, where n is the number of items to discard (the items on top plus the stores so far): the
 * fail-pop blocks are a ladder of {@code POP_TOP}s ending at the next case. Guards are tested after the stores.
 * A trailing {@code case _:} (or {@code case _ if g:}) after other cases runs without a copy of the subject.
 *
 * <p>Patterns: value patterns compare with {@code ==}, singletons with {@code is}; sequences are checked with
 * {@code MATCH_SEQUENCE} and {@code GET_LEN}, then unpacked ({@code UNPACK_SEQUENCE}/{@code UNPACK_EX}) or, with a
 * {@code *_} wildcard, indexed ({@code BINARY_SUBSCR}, with non-negative indexes computed from the length);
 * mappings with {@code MATCH_MAPPING}, a length check and {@code MATCH_KEYS} (a {@code **rest} is a dict copy with
 * the matched keys deleted); classes with {@code MATCH_CLASS}; alternatives each try a copy of the subject and
 * leave their captures in the order of the first alternative.
 *
 * <p>Peephole work of CPython's flow-graph optimizer that concerns only this code is done here, so the code is
 * the one {@code dis} shows: runs of {@code SWAP} are reduced to the fewest swaps ({@code swaptimize}), a
 * {@code SWAP} before {@code POP_TOP}/{@code STORE_FAST} is applied by reordering those instructions when CPython
 * does so ({@code apply_static_swaps}), and {@code LOAD_CONST None; IS_OP; POP_JUMP_IF_*} is emitted as
 * {@code POP_JUMP_IF_NONE}/{@code POP_JUMP_IF_NOT_NONE}. (Constant key tuples are emitted as one constant, as
 * CPython folds them.) Block reordering and jump threading are not reproduced.
 *
 * <p>The compile-stage SyntaxErrors are CPython's, in its order and at its positions (the pattern's span).
 */
final class PatternCompiler {
    private final PatternContext ctx;

    /** CPython's pattern_context: the state of the pattern being compiled. */
    private static final class State {
        /** Names captured so far; their values are on the stack, the first deepest. */
        List<String> stores = new ArrayList<>();
        /** Whether an irrefutable pattern is allowed here. */
        boolean allowIrrefutable;
        /** failPop.get(n) pops n items, then continues with the next case (or alternative). */
        List<Label> failPop = new ArrayList<>();
        /** Items on top of the stores that a failure must also pop. */
        int onTop;
    }

    private State pc;

    // The buffer of SWAP/POP_TOP/store instructions not yet emitted, optimized when flushed.
    private static final int I_SWAP = 0;
    private static final int I_POP = 1;
    private static final int I_STORE = 2;
    private static final int I_NOP = 3;

    private static final class Item {
        int kind;
        int arg;
        final String name;
        final Pos pos;

        Item(int kind, int arg, String name, Pos pos) {
            this.kind = kind;
            this.arg = arg;
            this.name = name;
            this.pos = pos;
        }
    }

    private List<Item> pending = new ArrayList<>();

    PatternCompiler(PatternContext ctx) {
        this.ctx = ctx;
    }

    private CodeBuilder code() {
        return ctx.code();
    }

    // ================================================================== the statement

    /** Emits the whole match statement. @throws PySyntaxError CPython's compile-stage errors */
    void compileMatch(Stmt.Match m) {
        ctx.expression(m.subject());
        Label end = code().newLabel();
        List<MatchCase> cases = m.cases();
        int n = cases.size();
        MatchCase lastCase = cases.get(n - 1);
        boolean hasDefault = isWildcard(lastCase.pattern()) && n > 1;
        int looped = n - (hasDefault ? 1 : 0);
        for (int i = 0; i < looped; i++) {
            MatchCase c = cases.get(i);
            Pos loc = c.pattern().pos();
            boolean copySubject = i != looped - 1;
            if (copySubject) {
                emit(COPY, 1, loc);
            }
            pc = new State();
            // Irrefutable cases must be either guarded, last, or both.
            pc.allowIrrefutable = c.guard() != null || i == n - 1;
            pattern(c.pattern());
            for (String name : pc.stores) {
                pending.add(new Item(I_STORE, 0, name, loc));
            }
            if (c.guard() != null) {
                ensureFailPop(0);
                flush();
                ctx.jumpIf(loc, c.guard(), pc.failPop.get(0), false);
            }
            if (copySubject) {
                popTop(loc);
            }
            flush();
            ctx.statements(c.body());
            code().position(-1, -1, -1, -1);
            code().jump(end);
            // A failed pattern's clean-up belongs to the pattern's line, not to the body's last.
            emitAndResetFailPop(loc);
        }
        if (hasDefault) {
            Pos loc = lastCase.pattern().pos();
            // No bytecode of its own: a NOP shows the line as executed.
            emit(NOP, 0, loc);
            if (lastCase.guard() != null) {
                ctx.jumpIf(loc, lastCase.guard(), end, false);
            }
            ctx.statements(lastCase.body());
        }
        bind(end);
        pc = null;
    }

    // ================================================================== patterns

    /** Emits code that consumes the subject on top: on success the new stores are left on the stack. */
    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            value(v);
        } else if (p instanceof Pattern.MatchSingleton s) {
            singleton(s);
        } else if (p instanceof Pattern.MatchSequence s) {
            sequence(s);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m);
        } else if (p instanceof Pattern.MatchClass c) {
            classPattern(c);
        } else if (p instanceof Pattern.MatchStar s) {
            storeName(s.name(), s);
        } else if (p instanceof Pattern.MatchAs a) {
            as(a);
        } else if (p instanceof Pattern.MatchOr o) {
            or(o);
        } else {
            throw new IllegalStateException("unknown pattern " + p);
        }
    }

    /** A pattern inside another: irrefutable patterns are allowed. */
    private void subpattern(Pattern p) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p);
        pc.allowIrrefutable = allow;
    }

    private void value(Pattern.MatchValue p) {
        Expr v = p.value();
        Object literal = literal(v);
        if (literal == null && !(v instanceof Expr.Attribute)) {
            throw ctx.error("patterns may only match literals and attribute lookups", p);
        }
        if (literal != null) {
            loadConst(literal, v.pos());
        } else {
            flush();
            ctx.expression(v);
        }
        emit(COMPARE_OP, Operands.CMP_EQ, p.pos());
        jumpToFailPop(POP_JUMP_IF_FALSE, p.pos());
    }

    private void singleton(Pattern.MatchSingleton p) {
        if (p.value() == null) {
            // LOAD_CONST None; IS_OP 0; POP_JUMP_IF_FALSE, as CPython's optimizer leaves it:
            jumpToFailPop(POP_JUMP_IF_NOT_NONE, p.pos());
            return;
        }
        loadConst(p.value(), p.pos());
        emit(IS_OP, 0, p.pos());
        jumpToFailPop(POP_JUMP_IF_FALSE, p.pos());
    }

    private void as(Pattern.MatchAs p) {
        if (p.pattern() == null) {
            if (!pc.allowIrrefutable) {
                if (p.name() != null) {
                    throw ctx.error("name capture " + Constants.strRepr(p.name())
                            + " makes remaining patterns unreachable", p);
                }
                throw ctx.error("wildcard makes remaining patterns unreachable", p);
            }
            storeName(p.name(), p);
            return;
        }
        // A copy of the subject, to store once the inner pattern has matched:
        pc.onTop++;
        emit(COPY, 1, p.pos());
        pattern(p.pattern());
        pc.onTop--;
        storeName(p.name(), p);
    }

    private void sequence(Pattern.MatchSequence p) {
        List<Pattern> patterns = p.patterns();
        Pos loc = p.pos();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern e = patterns.get(i);
            if (e instanceof Pattern.MatchStar s) {
                if (star >= 0) {
                    throw ctx.error("multiple starred names in sequence pattern", p);
                }
                starWildcard = s.name() == null;
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(e);
        }
        // The subject stays on top during the type and length checks:
        pc.onTop++;
        emit(MATCH_SEQUENCE, 0, loc);
        jumpToFailPop(POP_JUMP_IF_FALSE, loc);
        if (star < 0) {
            emit(GET_LEN, 0, loc);
            loadConst((long) size, loc);
            emit(COMPARE_OP, Operands.CMP_EQ, loc);
            jumpToFailPop(POP_JUMP_IF_FALSE, loc);
        } else if (size - 1 > 0) {
            emit(GET_LEN, 0, loc);
            loadConst((long) (size - 1), loc);
            emit(COMPARE_OP, Operands.CMP_GE, loc);
            jumpToFailPop(POP_JUMP_IF_FALSE, loc);
        }
        pc.onTop--;
        if (onlyWildcard) {
            // [] / [_] / [_, _] / [*_] / [_, *_] / ...
            popTop(loc);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star, loc);
        } else {
            sequenceUnpack(patterns, p);
        }
    }

    /** The elements by UNPACK_SEQUENCE / UNPACK_EX, each matched in turn. */
    private void sequenceUnpack(List<Pattern> patterns, Pattern.MatchSequence p) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof Pattern.MatchStar) {
                if (i >= 256 || n - i - 1 > 0xFFFF) {
                    throw ctx.error("too many expressions in star-unpacking sequence pattern", p);
                }
                emit(UNPACK_EX, Operands.unpackEx(i, n - i - 1), p.pos());
                seenStar = true;
                break;
            }
        }
        if (!seenStar) {
            emit(UNPACK_SEQUENCE, n, p.pos());
        }
        pc.onTop += n;
        for (Pattern e : patterns) {
            pc.onTop--;
            subpattern(e);
        }
    }

    /** With a {@code *_}: the elements that matter by index (from the end: len - k, as negative indexes may not work). */
    private void sequenceSubscr(List<Pattern> patterns, int star, Pos loc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern e = patterns.get(i);
            if (isWildcard(e) || i == star) {
                continue;
            }
            emit(COPY, 1, loc);
            if (i < star) {
                loadConst((long) i, loc);
            } else {
                emit(GET_LEN, 0, loc);
                loadConst((long) (size - i), loc);
                emit(BINARY_OP, Operands.NB_SUBTRACT, loc);
            }
            emit(BINARY_SUBSCR, 0, loc);
            subpattern(e);
        }
        pc.onTop--;
        popTop(loc);
    }

    private void mapping(Pattern.MatchMapping p) {
        List<Expr> keys = p.keys();
        List<Pattern> patterns = p.patterns();
        Pos loc = p.pos();
        int size = keys.size();
        if (size != patterns.size()) {
            throw ctx.error("keys (" + size + ") / patterns (" + patterns.size()
                    + ") length mismatch in mapping pattern", p);
        }
        String rest = p.rest();
        pc.onTop++;
        emit(MATCH_MAPPING, 0, loc);
        jumpToFailPop(POP_JUMP_IF_FALSE, loc);
        if (size == 0 && rest == null) {
            // {}: done.
            pc.onTop--;
            popTop(loc);
            return;
        }
        if (size > 0) {
            emit(GET_LEN, 0, loc);
            loadConst((long) size, loc);
            emit(COMPARE_OP, Operands.CMP_GE, loc);
            jumpToFailPop(POP_JUMP_IF_FALSE, loc);
        }
        // Keys are literals (duplicates are an error) or attribute lookups.
        Set<Object> seen = new HashSet<>();
        Object[] literals = new Object[size];
        boolean allLiteral = true;
        for (int i = 0; i < size; i++) {
            Expr key = keys.get(i);
            Object literal = literal(key);
            if (literal != null) {
                if (!seen.add(equalityKey(literal))) {
                    throw ctx.error("mapping pattern checks duplicate key (" + Constants.repr(literal) + ")", p);
                }
                literals[i] = literal;
            } else if (!(key instanceof Expr.Attribute)) {
                throw ctx.error("mapping pattern keys may only match literals and attribute lookups", p);
            } else {
                allLiteral = false;
            }
        }
        if (allLiteral) {
            // CPython folds the LOAD_CONSTs and BUILD_TUPLE into one constant.
            loadConst(Constants.Tuple.of(literals), loc);
        } else {
            for (int i = 0; i < size; i++) {
                if (literals[i] != null) {
                    loadConst(literals[i], keys.get(i).pos());
                } else {
                    flush();
                    ctx.expression(keys.get(i));
                }
            }
            emit(BUILD_TUPLE, size, loc);
        }
        emit(MATCH_KEYS, 0, loc);
        // The keys and the tuple of values (or None) are on top of the subject:
        pc.onTop += 2;
        emit(COPY, 1, loc);
        jumpToFailPop(POP_JUMP_IF_NONE, loc);
        emit(UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern sub : patterns) {
            pc.onTop--;
            subpattern(sub);
        }
        // Matched: what follows consumes the keys and the subject.
        pc.onTop -= 2;
        if (rest != null) {
            // rest = dict(subject); del rest[key] for each key
            emit(BUILD_MAP, 0, loc);            // subject keys {}
            swap(3, loc);                       // {} keys subject
            emit(DICT_UPDATE, 2, loc);          // copy keys
            emit(UNPACK_SEQUENCE, size, loc);   // copy key...
            for (int k = size; k > 0; k--) {
                emit(COPY, 1 + k, loc);         // copy key... copy
                swap(2, loc);                   // copy key... copy key
                emit(DELETE_SUBSCR, 0, loc);    // copy key...
            }
            storeName(rest, p);
        } else {
            popTop(loc); // the keys
            popTop(loc); // the subject
        }
    }

    private void classPattern(Pattern.MatchClass p) {
        List<Pattern> patterns = p.patterns();
        List<String> attrs = p.kwdAttrs();
        List<Pattern> kwdPatterns = p.kwdPatterns();
        Pos loc = p.pos();
        int nargs = patterns.size();
        int nattrs = attrs.size();
        if (nattrs != kwdPatterns.size()) {
            throw ctx.error("kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size()
                    + ") length mismatch in class pattern", p);
        }
        for (int i = 0; i < nattrs; i++) {
            String attr = attrs.get(i);
            checkForbidden(attr, kwdPatterns.get(i));
            for (int j = i + 1; j < nattrs; j++) {
                if (attr.equals(attrs.get(j))) {
                    throw ctx.error("attribute name repeated in class pattern: " + attr, kwdPatterns.get(j));
                }
            }
        }
        flush();
        ctx.expression(p.cls());
        loadConst(new Constants.Tuple(new ArrayList<>(attrs)), loc);
        emit(MATCH_CLASS, nargs, loc);
        emit(COPY, 1, loc);
        // The tuple of nargs + nattrs attributes (or None) is on top:
        pc.onTop++;
        jumpToFailPop(POP_JUMP_IF_NONE, loc);
        emit(UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern sub = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(sub)) {
                popTop(loc);
                continue;
            }
            subpattern(sub);
        }
    }

    private void or(Pattern.MatchOr p) {
        Label end = code().newLabel();
        List<Pattern> alts = p.patterns();
        int size = alts.size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Label> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        // The names bound by the first alternative: the others must bind the same, and are reordered to match.
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = alts.get(i);
            pc.stores = new ArrayList<>();
            // An irrefutable alternative must be last, if it is allowed at all.
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            emit(COPY, 1, alt.pos());
            pattern(alt);
            List<String> stores = pc.stores;
            int nstores = stores.size();
            if (i == 0) {
                control = stores;
            } else if (nstores != control.size()) {
                throw ctx.error("alternative patterns bind different names", p);
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    int istores = stores.indexOf(control.get(icontrol));
                    if (istores < 0) {
                        throw ctx.error("alternative patterns bind different names", p);
                    }
                    if (icontrol != istores) {
                        // Move stores[:istores+1] to just below position icontrol, on the stack as in the list.
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(stores.subList(0, rotations));
                        stores.subList(0, rotations).clear();
                        stores.addAll(icontrol - istores, rotated);
                        for (int r = 0; r < rotations; r++) {
                            rotate(icontrol + 1, alt.pos());
                        }
                    }
                }
            }
            jump(JUMP_FORWARD, end, alt.pos());
            emitAndResetFailPop(alt.pos());
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        // No alternative matched: pop the remaining copy of the subject and fail.
        popTop(p.pos());
        jumpToFailPop(JUMP_FORWARD, p.pos());
        bind(end);
        // Between the new captures and their place: the other captures, the copy of the subject, the items on
        // top and the earlier stores.
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots, p.pos());
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw duplicateStore(name, p);
            }
            pc.stores.add(name);
        }
        popTop(p.pos()); // the copy of the subject
    }

    // ================================================================== helpers (CPython's pattern_helper_*)

    /** Captures the value on top as {@code name} (pops it if null): rotated below the items to keep. */
    private void storeName(String name, Pattern p) {
        if (name == null) {
            popTop(p.pos());
            return;
        }
        checkForbidden(name, p);
        if (pc.stores.contains(name)) {
            throw duplicateStore(name, p);
        }
        rotate(pc.onTop + pc.stores.size() + 1, p.pos());
        pc.stores.add(name);
    }

    private void checkForbidden(String name, Pattern p) {
        if (name.equals("__debug__")) {
            throw ctx.error("cannot assign to __debug__", p);
        }
    }

    private PySyntaxError duplicateStore(String name, Pattern p) {
        return ctx.error("multiple assignments to name " + Constants.strRepr(name) + " in pattern", p);
    }

    /** Moves the top item {@code count - 1} places down (3.10's ROT_N) with SWAPs. */
    private void rotate(int count, Pos loc) {
        while (count > 1) {
            swap(count--, loc);
        }
    }

    private void ensureFailPop(int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(code().newLabel());
        }
    }

    /** Jumps with {@code op} to the fail-pop block that pops the items on top and the stores so far. */
    private void jumpToFailPop(Opcode op, Pos loc) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pops);
        jump(op, pc.failPop.get(pops), loc);
    }

    /** Emits the fail-pop ladder (failPop[n] pops one and falls into failPop[n-1]) and resets it. */
    private void emitAndResetFailPop(Pos loc) {
        List<Label> failPop = pc.failPop;
        if (failPop.isEmpty()) {
            return;
        }
        for (int i = failPop.size() - 1; i > 0; i--) {
            bind(failPop.get(i));
            popTop(loc);
        }
        bind(failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    // ================================================================== literals

    /**
     * The value of a literal as CPython's AST optimizer folds it ({@code -1}, {@code 1+2j} become constants), as a
     * bytecode constant; null for anything else.
     */
    static Object literal(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == null) {
                return Constants.NONE;
            } else if (v instanceof Expr.Constant.Complex z) {
                return new Constants.Complex(z.real(), z.imag());
            } else if (v instanceof Expr.Constant.Bytes b) {
                return new Constants.Bytes(b.data());
            } else if (v == Expr.Constant.Ellipsis.ELLIPSIS) {
                return Constants.ELLIPSIS;
            }
            return Constants.normalize(v);
        }
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOp.USub) {
            Object v = literal(u.operand());
            if (v instanceof Long l) {
                return Constants.normalize(BigInteger.valueOf(l).negate());
            } else if (v instanceof BigInteger b) {
                return Constants.normalize(b.negate());
            } else if (v instanceof Double d) {
                return -d;
            } else if (v instanceof Constants.Complex z) {
                return new Constants.Complex(-z.real(), -z.imag());
            }
            return null;
        }
        if (e instanceof Expr.BinOp b && (b.op() == Operator.Add || b.op() == Operator.Sub)) {
            Object l = literal(b.left());
            Object r = literal(b.right());
            if (!(r instanceof Constants.Complex z)) {
                return null;
            }
            double re;
            if (l instanceof Long x) {
                re = x;
            } else if (l instanceof Double x) {
                re = x;
            } else if (l instanceof BigInteger x && Double.isFinite(x.doubleValue())) {
                re = x.doubleValue();
            } else {
                return null;
            }
            return b.op() == Operator.Add ? new Constants.Complex(re + z.real(), 0.0 + z.imag())
                    : new Constants.Complex(re - z.real(), 0.0 - z.imag());
        }
        return null;
    }

    /** A key under which constants that are equal in Python (1, 1.0, True, 1+0j) are equal in Java. */
    private static Object equalityKey(Object v) {
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (v instanceof Double d) {
            return realKey(d);
        } else if (v instanceof Constants.Complex z) {
            return z.imag() == 0.0 ? realKey(z.real()) : new Constants.Complex(z.real() + 0.0, z.imag() + 0.0);
        }
        return v;
    }

    private static Object realKey(double d) {
        if (Double.isNaN(d)) {
            return new Object(); // equal to nothing
        }
        if (Double.isFinite(d) && d == Math.rint(d)) {
            return new BigDecimal(d).toBigInteger();
        }
        return d;
    }

    // ================================================================== emission

    private void loadConst(Object value, Pos loc) {
        emit(LOAD_CONST, code().constant(value), loc);
    }

    private void emit(Opcode op, int arg, Pos loc) {
        flush();
        ctx.position(loc);
        code().emit(op, arg);
    }

    private void jump(Opcode op, Label target, Pos loc) {
        flush();
        ctx.position(loc);
        code().emit(op, target);
    }

    private void bind(Label label) {
        flush();
        code().bind(label);
    }

    private void swap(int n, Pos loc) {
        pending.add(new Item(I_SWAP, n, null, loc));
    }

    private void popTop(Pos loc) {
        pending.add(new Item(I_POP, 0, null, loc));
    }

    /**
     * Emits the buffered SWAP/POP_TOP/store run after CPython's {@code optimize_basic_block} treatment of it:
     * {@code SWAP 1} vanishes, runs of SWAPs are reduced ({@link #swaptimize}) and then applied statically where
     * possible ({@link #applyStaticSwaps}). The buffer always ends at the end of a basic block or before an
     * instruction that is neither, so it sees what CPython's passes see.
     */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Item> b = pending;
        pending = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            Item it = b.get(i);
            if (it.kind == I_SWAP) {
                if (it.arg == 1) {
                    it.kind = I_NOP;
                    continue;
                }
                i = swaptimize(b, i);
                applyStaticSwaps(b, i);
            }
        }
        for (Item it : b) {
            switch (it.kind) {
                case I_SWAP -> {
                    ctx.position(it.pos);
                    code().emit(SWAP, it.arg);
                }
                case I_POP -> {
                    ctx.position(it.pos);
                    code().emit(POP_TOP);
                }
                case I_STORE -> {
                    ctx.position(it.pos);
                    ctx.storeName(it.name, it.pos);
                }
                default -> {
                }
            }
        }
    }

    /**
     * CPython's swaptimize: replaces the run of SWAPs (and NOPs) starting at {@code ix} by the fewest SWAPs with
     * the same effect (one cycle at a time through the top). Returns the index of the run's last item.
     */
    private static int swaptimize(List<Item> b, int ix) {
        int depth = b.get(ix).arg;
        int len = 0;
        boolean more = false;
        int limit = b.size() - ix;
        while (++len < limit) {
            Item it = b.get(ix + len);
            if (it.kind == I_SWAP) {
                depth = Math.max(depth, it.arg);
                more = true;
            } else if (it.kind != I_NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Item it = b.get(ix + i);
            if (it.kind == I_SWAP) {
                int top = stack[0];
                stack[0] = stack[it.arg - 1];
                stack[it.arg - 1] = top;
            }
        }
        final int visited = -1;
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Item it = b.get(ix + current--);
                    it.kind = I_SWAP;
                    it.arg = j + 1;
                }
                if (stack[j] == visited) {
                    break;
                }
                int next = stack[j];
                stack[j] = visited;
                j = next;
            }
        }
        while (current >= 0) {
            b.get(ix + current--).kind = I_NOP;
        }
        return ix + len - 1;
    }

    /**
     * CPython's apply_static_swaps: going left from {@code i}, a {@code SWAP n} followed by POP_TOPs and
     * STORE_FASTs on one line is done by exchanging the first of them with the n-th, unless that changes which
     * value a variable ends up with.
     */
    private void applyStaticSwaps(List<Item> b, int i) {
        for (; i >= 0; i--) {
            Item swap = b.get(i);
            if (swap.kind != I_SWAP) {
                if (swap.kind == I_NOP || swappable(swap)) {
                    continue;
                }
                return;
            }
            int j = nextSwappable(b, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int line = line(b.get(j));
            for (int count = swap.arg - 1; count > 0; count--) {
                k = nextSwappable(b, k, line);
                if (k < 0) {
                    return;
                }
            }
            String storeJ = storesTo(b.get(j));
            String storeK = storesTo(b.get(k));
            if (storeJ != null || storeK != null) {
                if (Objects.equals(storeJ, storeK)) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    String s = storesTo(b.get(idx));
                    if (s != null && (s.equals(storeJ) || s.equals(storeK))) {
                        return;
                    }
                }
            }
            swap.kind = I_NOP;
            Collections.swap(b, j, k);
        }
    }

    private int nextSwappable(List<Item> b, int i, int line) {
        while (++i < b.size()) {
            Item it = b.get(i);
            if (line >= 0 && line(it) != line) {
                return -1;
            }
            if (it.kind == I_NOP) {
                continue;
            }
            return swappable(it) ? i : -1;
        }
        return -1;
    }

    private boolean swappable(Item it) {
        return it.kind == I_POP || storesTo(it) != null;
    }

    /** The local a buffered store writes with STORE_FAST, or null. */
    private String storesTo(Item it) {
        return it.kind == I_STORE && ctx.isFastLocal(it.name) ? it.name : null;
    }

    private static int line(Item it) {
        return it.pos == null ? -1 : it.pos.lineno();
    }
}
