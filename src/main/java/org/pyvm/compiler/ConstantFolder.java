package org.pyvm.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.pyvm.ast.CmpOp;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.Operator;
import org.pyvm.bytecode.Constants;

/**
 * CPython 3.12's AST optimizer ({@code Python/ast_opt.c}) as a pure function: {@link #fold} gives the constant an
 * expression folds to, or null. The code generator asks it before compiling any expression, so the tree itself is
 * never rewritten (our AST's {@code Constant} cannot hold tuples).
 *
 * <p>What folds, as in CPython: unary and binary operators on constants (with CPython's size limits: 128-bit ints
 * from {@code *}, {@code **}, {@code <<}; 256-item tuples; 4096-character strings; 1024 items in total), tuples of
 * constants in a load context, a constant subscripted by a constant, and {@code __debug__} (True: no {@code -O}).
 * An operation that would raise (division by zero, a type error, an overflow) is left to run time, as CPython leaves
 * it. The list-to-tuple and set-to-frozenset rewrites of {@code for} iterables and of the last operand of
 * {@code in}/{@code not in} are {@link #foldIter}.
 *
 * <p>Documented differences: complex {@code **} is never folded, int true division only when both operands fit in
 * 53 bits, and float {@code **} uses {@link StrictMath#pow} (fdlibm), which may differ from the C library in the last
 * bit on rare inputs.
 *
 * <p>Values are the bytecode's constant forms ({@link Constants}) except that ints are {@link BigInteger}
 * ({@link Long} is accepted too).
 */
final class ConstantFolder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;

    /** Marks a memoized "does not fold". */
    private static final Object NOT_CONSTANT = new Object();

    private final Map<Expr, Object> memo = new IdentityHashMap<>();

    /** The constant {@code e} folds to, or null. */
    Object fold(Expr e) {
        Object v = memo.get(e);
        if (v == null) {
            v = compute(e);
            memo.put(e, v == null ? NOT_CONSTANT : v);
            return v;
        }
        return v == NOT_CONSTANT ? null : v;
    }

    boolean isConstant(Expr e) {
        return fold(e) != null;
    }

    private Object compute(Expr e) {
        if (e instanceof Expr.Constant c) {
            return fromAst(c.value());
        }
        if (e instanceof Expr.Name n) {
            return n.ctx() == ExprContext.Load && n.id().equals("__debug__") ? Boolean.TRUE : null;
        }
        if (e instanceof Expr.UnaryOp u) {
            Object v = fold(u.operand());
            return v == null ? null : unary(u.op(), v);
        }
        if (e instanceof Expr.BinOp b) {
            Object l = fold(b.left());
            if (l == null) {
                return null;
            }
            Object r = fold(b.right());
            return r == null ? null : binary(b.op(), l, r);
        }
        if (e instanceof Expr.Tuple t) {
            if (t.ctx() != ExprContext.Load) {
                return null;
            }
            return tupleOf(t.elts());
        }
        if (e instanceof Expr.Subscript s) {
            if (s.ctx() != ExprContext.Load) {
                return null;
            }
            Object v = fold(s.value());
            if (v == null) {
                return null;
            }
            Object i = fold(s.slice());
            return i == null ? null : subscript(v, i);
        }
        return null;
    }

    /** A tuple of the folded elements, or null if one does not fold. */
    Constants.Tuple tupleOf(List<Expr> elts) {
        List<Object> items = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            Object v = fold(x);
            if (v == null) {
                return null;
            }
            items.add(v);
        }
        return new Constants.Tuple(items);
    }

    /**
     * CPython's {@code fold_iter}: a list of constants as a tuple constant, a set of constants as a frozenset; null
     * if {@code e} is not such a display (the code generator then builds a list display as a tuple).
     */
    Object foldIter(Expr e) {
        if (e instanceof Expr.List l) {
            return hasStarred(l.elts()) ? null : tupleOf(l.elts());
        }
        if (e instanceof Expr.Set s) {
            Constants.Tuple t = tupleOf(s.elts());
            return t == null ? null : frozenset(t.items());
        }
        return null;
    }

    static boolean hasStarred(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /** A frozenset constant of {@code items} with Python-equal duplicates dropped (first occurrence kept). */
    static Constants.FrozenSet frozenset(List<Object> items) {
        List<Object> out = new ArrayList<>();
        for (Object o : items) {
            boolean dup = false;
            for (Object p : out) {
                if (pyEquals(o, p)) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(o);
            }
        }
        return new Constants.FrozenSet(out);
    }

    // ------------------------------------------------------------------ values

    /** An AST constant value as a bytecode constant. */
    static Object fromAst(Object v) {
        if (v == null) {
            return Constants.NONE;
        }
        if (v == Expr.Constant.Ellipsis.ELLIPSIS) {
            return Constants.ELLIPSIS;
        }
        if (v instanceof Expr.Constant.Complex c) {
            return new Constants.Complex(c.real(), c.imag());
        }
        if (v instanceof Expr.Constant.Bytes b) {
            return new Constants.Bytes(b.data());
        }
        return v; // String, Boolean, BigInteger, Double
    }

    private static boolean isInt(Object v) {
        return v instanceof BigInteger || v instanceof Long || v instanceof Boolean;
    }

    private static BigInteger big(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        return ((Boolean) v) ? BigInteger.ONE : BigInteger.ZERO;
    }

    private static boolean isReal(Object v) {
        return isInt(v) || v instanceof Double;
    }

    /** float(v) for an int or float, or null when an int is too large (OverflowError). */
    private static Double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        double d = big(v).doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    private static Constants.Complex toComplex(Object v) {
        if (v instanceof Constants.Complex c) {
            return c;
        }
        Double d = toDouble(v);
        return d == null ? null : new Constants.Complex(d, 0.0);
    }

    static boolean truthy(Object v) {
        if (v == Constants.NONE) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof BigInteger || v instanceof Long) {
            return big(v).signum() != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof Constants.Complex c) {
            return c.real() != 0.0 || c.imag() != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Constants.Bytes b) {
            return b.value().length > 0;
        }
        if (v instanceof Constants.Tuple t) {
            return !t.items().isEmpty();
        }
        if (v instanceof Constants.FrozenSet s) {
            return !s.items().isEmpty();
        }
        return true; // Ellipsis
    }

    /** Python's == between constants (1 == 1.0 == True; tuples elementwise). */
    static boolean pyEquals(Object a, Object b) {
        if (isReal(a) && isReal(b)) {
            if (isInt(a) && isInt(b)) {
                return big(a).equals(big(b));
            }
            double x = a instanceof Double d ? d : Double.NaN;
            double y = b instanceof Double d ? d : Double.NaN;
            if (isInt(a)) {
                return !Double.isNaN(y) && !Double.isInfinite(y) && y == Math.rint(y)
                        && new java.math.BigDecimal(y).toBigInteger().equals(big(a));
            }
            if (isInt(b)) {
                return pyEquals(b, a);
            }
            return x == y;
        }
        if ((a instanceof Constants.Complex || b instanceof Constants.Complex) && (isReal(a) || isReal(b)
                || (a instanceof Constants.Complex && b instanceof Constants.Complex))) {
            Constants.Complex x = toComplex(a);
            Constants.Complex y = toComplex(b);
            return x != null && y != null && x.real() == y.real() && x.imag() == y.imag();
        }
        if (a instanceof Constants.Tuple x && b instanceof Constants.Tuple y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!pyEquals(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    // ------------------------------------------------------------------ operators

    private static Object unary(org.pyvm.ast.UnaryOp op, Object v) {
        switch (op) {
            case Not:
                return !truthy(v);
            case UAdd:
                if (isInt(v)) {
                    return big(v);
                }
                return v instanceof Double || v instanceof Constants.Complex ? v : null;
            case USub:
                if (isInt(v)) {
                    return big(v).negate();
                }
                if (v instanceof Double d) {
                    return -d;
                }
                if (v instanceof Constants.Complex c) {
                    return new Constants.Complex(-c.real(), -c.imag());
                }
                return null;
            case Invert:
                return isInt(v) ? big(v).not() : null;
            default:
                return null;
        }
    }

    private static Object binary(Operator op, Object l, Object r) {
        switch (op) {
            case Add:
                if (l instanceof String a && r instanceof String b) {
                    return a + b;
                }
                if (l instanceof Constants.Bytes a && r instanceof Constants.Bytes b) {
                    byte[] out = new byte[a.value().length + b.value().length];
                    System.arraycopy(a.value(), 0, out, 0, a.value().length);
                    System.arraycopy(b.value(), 0, out, a.value().length, b.value().length);
                    return new Constants.Bytes(out);
                }
                if (l instanceof Constants.Tuple a && r instanceof Constants.Tuple b) {
                    List<Object> out = new ArrayList<>(a.items());
                    out.addAll(b.items());
                    return new Constants.Tuple(out);
                }
                return arith(op, l, r);
            case Sub:
            case Div:
            case FloorDiv:
            case Pow:
                return arith(op, l, r);
            case Mult:
                return multiply(l, r);
            case Mod:
                if (l instanceof String || l instanceof Constants.Bytes) {
                    return null;
                }
                return arith(op, l, r);
            case LShift:
            case RShift:
            case BitAnd:
            case BitOr:
            case BitXor:
                return bits(op, l, r);
            default:
                return null; // MatMult: no constant implements it
        }
    }

    private static Object multiply(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l);
            BigInteger b = big(r);
            if (a.signum() != 0 && b.signum() != 0 && a.abs().bitLength() + b.abs().bitLength() > MAX_INT_SIZE) {
                return null;
            }
            return a.multiply(b);
        }
        if (isInt(l) && (r instanceof Constants.Tuple || r instanceof String || r instanceof Constants.Bytes)) {
            return repeat(r, big(l));
        }
        if (isInt(r) && (l instanceof Constants.Tuple || l instanceof String || l instanceof Constants.Bytes)) {
            return repeat(l, big(r));
        }
        return arith(Operator.Mult, l, r);
    }

    private static Object repeat(Object seq, BigInteger count) {
        if (seq instanceof Constants.Tuple t) {
            int size = t.items().size();
            if (size == 0) {
                return t;
            }
            if (count.signum() < 0 || count.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / size)) > 0) {
                return null;
            }
            int n = count.intValue();
            if (n != 0 && complexity(t, MAX_TOTAL_ITEMS / n) < 0) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.addAll(t.items());
            }
            return new Constants.Tuple(out);
        }
        if (seq instanceof String s) {
            int size = s.codePointCount(0, s.length());
            if (size == 0) {
                return s;
            }
            if (count.signum() < 0 || count.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) {
                return null;
            }
            return s.repeat(count.intValue());
        }
        byte[] b = ((Constants.Bytes) seq).value();
        if (b.length == 0) {
            return seq;
        }
        if (count.signum() < 0 || count.compareTo(BigInteger.valueOf(MAX_STR_SIZE / b.length)) > 0) {
            return null;
        }
        int n = count.intValue();
        byte[] out = new byte[b.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, out, i * b.length, b.length);
        }
        return new Constants.Bytes(out);
    }

    private static int complexity(Object obj, int limit) {
        if (obj instanceof Constants.Tuple t) {
            limit -= t.items().size();
            for (int i = 0; limit >= 0 && i < t.items().size(); i++) {
                limit = complexity(t.items().get(i), limit);
            }
        } else if (obj instanceof Constants.FrozenSet s) {
            limit -= s.items().size();
            for (int i = 0; limit >= 0 && i < s.items().size(); i++) {
                limit = complexity(s.items().get(i), limit);
            }
        }
        return limit;
    }

    private static Object bits(Operator op, Object l, Object r) {
        if (!isInt(l) || !isInt(r)) {
            return null;
        }
        if (l instanceof Boolean a && r instanceof Boolean b) {
            switch (op) {
                case BitAnd: return a & b;
                case BitOr: return a | b;
                case BitXor: return a ^ b;
                default: break;
            }
        }
        BigInteger a = big(l);
        BigInteger b = big(r);
        switch (op) {
            case BitAnd: return a.and(b);
            case BitOr: return a.or(b);
            case BitXor: return a.xor(b);
            case LShift:
                if (b.signum() < 0) {
                    return null;
                }
                if (a.signum() == 0) {
                    return BigInteger.ZERO;
                }
                if (b.bitLength() > 31 || b.intValue() > MAX_INT_SIZE
                        || a.abs().bitLength() > MAX_INT_SIZE - b.intValue()) {
                    return null;
                }
                return a.shiftLeft(b.intValue());
            case RShift:
                if (b.signum() < 0) {
                    return null;
                }
                if (b.bitLength() > 31) {
                    return a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
                }
                return a.shiftRight(b.intValue());
            default:
                return null;
        }
    }

    private static Object arith(Operator op, Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            return intArith(op, big(l), big(r));
        }
        if (isReal(l) && isReal(r)) {
            Double a = toDouble(l);
            Double b = toDouble(r);
            return a == null || b == null ? null : floatArith(op, a, b);
        }
        if ((l instanceof Constants.Complex || isReal(l)) && (r instanceof Constants.Complex || isReal(r))) {
            Constants.Complex a = toComplex(l);
            Constants.Complex b = toComplex(r);
            return a == null || b == null ? null : complexArith(op, a, b);
        }
        return null;
    }

    private static Object intArith(Operator op, BigInteger a, BigInteger b) {
        switch (op) {
            case Add: return a.add(b);
            case Sub: return a.subtract(b);
            case Div: {
                if (b.signum() == 0 || a.abs().bitLength() > 53 || b.abs().bitLength() > 53) {
                    return null;
                }
                return a.doubleValue() / b.doubleValue();
            }
            case FloorDiv: {
                if (b.signum() == 0) {
                    return null;
                }
                return floorDivMod(a, b)[0];
            }
            case Mod: {
                if (b.signum() == 0) {
                    return null;
                }
                return floorDivMod(a, b)[1];
            }
            case Pow: {
                if (b.signum() < 0) {
                    Double x = toDouble(a);
                    Double y = toDouble(b);
                    return x == null || y == null ? null : floatPow(x, y);
                }
                if (a.signum() != 0 && b.signum() > 0) {
                    if (b.bitLength() > 31) {
                        return null;
                    }
                    long vbits = a.abs().bitLength();
                    if (vbits > MAX_INT_SIZE / b.intValue()) {
                        return null;
                    }
                }
                if (b.bitLength() > 31) {
                    return a.signum() == 0 ? BigInteger.ZERO : null;
                }
                return a.pow(b.intValue());
            }
            default:
                return null;
        }
    }

    private static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    private static Object floatArith(Operator op, double a, double b) {
        switch (op) {
            case Add: return a + b;
            case Sub: return a - b;
            case Mult: return a * b;
            case Div: return b == 0.0 ? null : a / b;
            case FloorDiv: {
                if (b == 0.0) {
                    return null;
                }
                double mod = a % b;
                double div = (a - mod) / b;
                if (mod != 0.0) {
                    if ((b < 0) != (mod < 0)) {
                        div -= 1.0;
                    }
                }
                double floordiv;
                if (div != 0.0) {
                    floordiv = Math.floor(div);
                    if (div - floordiv > 0.5) {
                        floordiv += 1.0;
                    }
                } else {
                    floordiv = Math.copySign(0.0, a / b);
                }
                return floordiv;
            }
            case Mod: {
                if (b == 0.0) {
                    return null;
                }
                double mod = a % b;
                if (mod != 0.0) {
                    if ((b < 0) != (mod < 0)) {
                        mod += b;
                    }
                } else {
                    mod = Math.copySign(0.0, b);
                }
                return mod;
            }
            case Pow:
                return floatPow(a, b);
            default:
                return null;
        }
    }

    /** float ** float as CPython's float_pow, or null where it raises or returns a complex. */
    private static Double floatPow(double iv, double iw) {
        if (iw == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(iv) || Double.isNaN(iw) || Double.isInfinite(iv) || Double.isInfinite(iw)) {
            return null;
        }
        boolean negate = false;
        if (iv == 0.0) {
            if (iw < 0.0) {
                return null;
            }
            return isOddInteger(iw) ? iv : 0.0;
        }
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return null; // complex result
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = StrictMath.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            return null;
        }
        return negate ? -ix : ix;
    }

    private static boolean isOddInteger(double d) {
        return Math.abs(d) < 9007199254740992.0 && d == Math.floor(d) && (((long) d) & 1) != 0;
    }

    private static Object complexArith(Operator op, Constants.Complex a, Constants.Complex b) {
        switch (op) {
            case Add: return new Constants.Complex(a.real() + b.real(), a.imag() + b.imag());
            case Sub: return new Constants.Complex(a.real() - b.real(), a.imag() - b.imag());
            case Mult: return new Constants.Complex(a.real() * b.real() - a.imag() * b.imag(),
                    a.real() * b.imag() + a.imag() * b.real());
            case Div: {
                double absBr = Math.abs(b.real());
                double absBi = Math.abs(b.imag());
                if (absBr >= absBi) {
                    if (absBr == 0.0) {
                        return null;
                    }
                    double ratio = b.imag() / b.real();
                    double denom = b.real() + b.imag() * ratio;
                    return new Constants.Complex((a.real() + a.imag() * ratio) / denom,
                            (a.imag() - a.real() * ratio) / denom);
                }
                if (absBi >= absBr) {
                    double ratio = b.real() / b.imag();
                    double denom = b.real() * ratio + b.imag();
                    return new Constants.Complex((a.real() * ratio + a.imag()) / denom,
                            (a.imag() * ratio - a.real()) / denom);
                }
                return new Constants.Complex(Double.NaN, Double.NaN);
            }
            default:
                return null; // //, % are TypeErrors; ** is not folded (documented)
        }
    }

    private static Object subscript(Object v, Object i) {
        if (!isInt(i)) {
            return null;
        }
        BigInteger idx = big(i);
        if (v instanceof String s) {
            int n = s.codePointCount(0, s.length());
            int k = index(idx, n);
            if (k < 0) {
                return null;
            }
            int cp = s.codePointAt(s.offsetByCodePoints(0, k));
            return new String(Character.toChars(cp));
        }
        if (v instanceof Constants.Bytes b) {
            int k = index(idx, b.value().length);
            return k < 0 ? null : BigInteger.valueOf(b.value()[k] & 0xFF);
        }
        if (v instanceof Constants.Tuple t) {
            int k = index(idx, t.items().size());
            return k < 0 ? null : t.items().get(k);
        }
        return null;
    }

    private static int index(BigInteger idx, int n) {
        if (idx.bitLength() > 31) {
            return -1;
        }
        int k = idx.intValue();
        if (k < 0) {
            k += n;
        }
        return k < 0 || k >= n ? -1 : k;
    }

    /**
     * CPython's folding of {@code not (a OP b)} for {@code is}, {@code is not}, {@code in}, {@code not in}: the
     * inverted operator, or null.
     */
    static CmpOp invertedForNot(Expr operand) {
        if (operand instanceof Expr.Compare c && c.ops().size() == 1) {
            switch (c.ops().get(0)) {
                case Is: return CmpOp.IsNot;
                case IsNot: return CmpOp.Is;
                case In: return CmpOp.NotIn;
                case NotIn: return CmpOp.In;
                default: return null;
            }
        }
        return null;
    }
}
