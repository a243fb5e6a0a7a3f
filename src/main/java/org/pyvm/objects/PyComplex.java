package org.pyvm.objects;

import org.pyvm.bytecode.Operands;

/** {@code complex}: two doubles; arithmetic with ints and floats, CPython's repr ({@code (1+2j)}, {@code 1j}). */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT, PyComplex::define);

    static {
        PyType t = TYPE;
        t.nb[Operands.NB_ADD] = (v, w) -> op(v, w, Operands.NB_ADD);
        t.nb[Operands.NB_SUBTRACT] = (v, w) -> op(v, w, Operands.NB_SUBTRACT);
        t.nb[Operands.NB_MULTIPLY] = (v, w) -> op(v, w, Operands.NB_MULTIPLY);
        t.nb[Operands.NB_TRUE_DIVIDE] = (v, w) -> op(v, w, Operands.NB_TRUE_DIVIDE);
        t.nb[Operands.NB_POWER] = (v, w) -> op(v, w, Operands.NB_POWER);
        t.neg = self -> new PyComplex(-((PyComplex) self).real, -((PyComplex) self).imag);
        t.pos = self -> new PyComplex(((PyComplex) self).real, ((PyComplex) self).imag);
        t.abs = self -> {
            double r = Math.hypot(((PyComplex) self).real, ((PyComplex) self).imag);
            if (Double.isInfinite(r) && Double.isFinite(((PyComplex) self).real)
                    && Double.isFinite(((PyComplex) self).imag)) {
                throw PyException.overflowError("absolute value too large");
            }
            return PyFloat.of(r);
        };
        t.bool = self -> ((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0;
        t.hash = self -> {
            PyComplex c = (PyComplex) self;
            long h = PyFloat.hash(c.real, self) + 1000003L * PyFloat.hash(c.imag, self);
            return h == -1 ? -2 : h;
        };
        t.richcompare = (v, w, op) -> {
            PyComplex a = (PyComplex) v;
            if (op != Abstract.EQ && op != Abstract.NE) {
                return PyNotImplemented.NotImplemented;
            }
            boolean eq;
            if (w instanceof PyComplex b) {
                eq = a.real == b.real && a.imag == b.imag;
            } else if (w instanceof PyFloat f) {
                eq = a.imag == 0 && a.real == f.value;
            } else if (w instanceof PyInt i) {
                eq = a.imag == 0 && PyFloat.compareWithInt(a.real, i, Abstract.EQ);
            } else {
                return PyNotImplemented.NotImplemented;
            }
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        };
        t.repr = self -> PyStr.of(((PyComplex) self).reprString());
        t.newSlot = (type, args, kw) -> {
            PyObject[] a = Abstract.parseArgs("complex", args, kw, 0, new String[] {"real", "imag"});
            double re = 0;
            double im = 0;
            boolean firstComplex = false;
            if (a[0] instanceof PyStr str) {
                if (a[1] != null) {
                    throw PyException.typeError("complex() can't take second arg if first is a string");
                }
                double[] parsed = parse(str.value);
                return new PyComplex(type, parsed[0], parsed[1]);
            }
            if (a[1] instanceof PyStr) {
                throw PyException.typeError("complex() second arg can't be a string");
            }
            if (a[0] != null) {
                PyObject c = a[0] instanceof PyComplex ? a[0] : complexOf(a[0]);
                if (c instanceof PyComplex pc) {
                    re = pc.real;
                    im = pc.imag;
                    firstComplex = true;
                } else {
                    re = realArg(a[0], "first");
                }
            }
            if (a[1] != null) {
                if (a[1] instanceof PyComplex c) {
                    re -= c.imag;
                    im += c.real;
                } else {
                    // as CPython: the imaginary part is the argument itself unless the first was complex (-0.0 kept)
                    double v = realArg(a[1], "second");
                    im = firstComplex ? im + v : v;
                }
            }
            return new PyComplex(type, re, im);
        };
    }

    /** {@code x.__complex__()} for a non-complex argument that defines it, else null. */
    private static PyObject complexOf(PyObject x) {
        PyObject f = x.type.lookup("__complex__");
        if (f == null) {
            return null;
        }
        PyObject r = Abstract.callBound(f, x, new PyObject[0], null);
        if (!(r instanceof PyComplex)) {
            throw PyException.typeError("__complex__ returned non-complex (type " + r.type.name + ")");
        }
        return r;
    }

    private static double realArg(PyObject x, String which) {
        if (x.type.lookup("__float__") == null && x.type.lookup("__index__") == null) {
            throw PyException.typeError("complex() " + which + " argument must be a string or a number, not '"
                    + x.type.name + "'");
        }
        return Abstract.asDouble(x);
    }

    /** complex(str): optional parentheses and blanks around "re", "imj", "re+imj" (CPython's grammar). */
    static double[] parse(String s0) {
        String s = s0.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        PyException bad = PyException.valueError("complex() arg is a malformed string");
        if (s.isEmpty() || s.indexOf('_') >= 0 && (s.contains("__") || s.startsWith("_"))) {
            throw bad;
        }
        String t = s.replace("_", "");
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        try {
            if (last != 'j') {
                return new double[] {number(t, bad), 0};
            }
            String body = t.substring(0, t.length() - 1);
            // find the sign that starts the imaginary part (not one after an exponent 'e')
            int split = -1;
            for (int i = body.length() - 1; i > 0; i--) {
                char c = body.charAt(i);
                if ((c == '+' || c == '-') && Character.toLowerCase(body.charAt(i - 1)) != 'e') {
                    split = i;
                    break;
                }
            }
            String rePart = split < 0 ? "" : body.substring(0, split);
            String imPart = split < 0 ? body : body.substring(split);
            double im = imPart.isEmpty() || imPart.equals("+") ? 1 : imPart.equals("-") ? -1 : number(imPart, bad);
            double re = rePart.isEmpty() ? 0 : number(rePart, bad);
            return new double[] {re, im};
        } catch (NumberFormatException e) {
            throw bad;
        }
    }

    private static double number(String x, PyException bad) {
        String l = x.toLowerCase();
        String unsigned = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        double sign = l.startsWith("-") ? -1 : 1;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (unsigned.isEmpty() || !unsigned.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
            throw bad;
        }
        return Double.parseDouble(l);
    }

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this(TYPE, real, imag);
    }

    PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    private static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0);
        }
        if (o instanceof PyInt i) {
            return new PyComplex(i.toDouble(), 0);
        }
        return null;
    }

    private static PyObject op(PyObject v, PyObject w, int op) {
        PyComplex a = coerce(v);
        PyComplex b = coerce(w);
        if (a == null || b == null) {
            return PyNotImplemented.NotImplemented;
        }
        return switch (op) {
            case Operands.NB_ADD -> new PyComplex(a.real + b.real, a.imag + b.imag);
            case Operands.NB_SUBTRACT -> new PyComplex(a.real - b.real, a.imag - b.imag);
            case Operands.NB_MULTIPLY -> new PyComplex(a.real * b.real - a.imag * b.imag,
                    a.real * b.imag + a.imag * b.real);
            case Operands.NB_TRUE_DIVIDE -> div(a, b);
            default -> {
                PyComplex r = pow(a, b);
                if ((Double.isInfinite(r.real) || Double.isInfinite(r.imag)) && Double.isFinite(a.real)
                        && Double.isFinite(a.imag) && Double.isFinite(b.real) && Double.isFinite(b.imag)) {
                    throw PyException.overflowError("complex exponentiation");
                }
                yield r;
            }
        };
    }

    /** CPython's {@code _Py_c_quot} (Smith's algorithm). */
    static PyComplex div(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr == 0 && absBi == 0) {
            throw PyException.zeroDivisionError("complex division by zero");
        }
        if (absBr >= absBi) {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /** CPython's {@code _Py_c_pow} (integer exponents by repeated multiplication). */
    static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100) {
            int n = (int) b.real;
            PyComplex r = new PyComplex(1, 0);
            PyComplex x = a;
            int k = Math.abs(n);
            while (k > 0) {
                if ((k & 1) != 0) {
                    r = new PyComplex(r.real * x.real - r.imag * x.imag, r.real * x.imag + r.imag * x.real);
                }
                x = new PyComplex(x.real * x.real - x.imag * x.imag, 2 * x.real * x.imag);
                k >>= 1;
            }
            return n < 0 ? div(new PyComplex(1, 0), r) : r;
        }
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw PyException.zeroDivisionError("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static String part(double d) {
        String r = FloatRepr.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    final String reprString() {
        if (real == 0 && Math.copySign(1.0, real) > 0) {
            return part(imag) + "j";
        }
        String im = part(imag);
        String sign = (im.startsWith("-") || (Double.isNaN(imag) && false)) ? "" : "+";
        return "(" + part(real) + sign + im + "j)";
    }

    private static void define(PyType t) {
        t.define("real", new PyGetSetDescr(t, "real", s -> PyFloat.of(((PyComplex) s).real), null));
        t.define("imag", new PyGetSetDescr(t, "imag", s -> PyFloat.of(((PyComplex) s).imag), null));
        t.define("__format__", PyMethodDescr.of(t, "__format__", (self, spec) -> {
            if (!(spec instanceof PyStr ss)) {
                throw PyException.typeError("__format__() argument must be str, not " + spec.type.name);
            }
            PyComplex c = (PyComplex) self;
            return PyStr.of(NumberFormat.formatComplex(c.real, c.imag, ss.value, c.reprString()));
        }));
        t.define("__getnewargs__", PyMethodDescr.of(t, "__getnewargs__",
                self -> PyTuple.of(PyFloat.of(((PyComplex) self).real), PyFloat.of(((PyComplex) self).imag))));
        t.define("conjugate", PyMethodDescr.of(t, "conjugate",
                s -> new PyComplex(((PyComplex) s).real, -((PyComplex) s).imag)));
        t.define("__complex__", PyMethodDescr.of(t, "__complex__", s -> s.type == TYPE ? s
                : new PyComplex(((PyComplex) s).real, ((PyComplex) s).imag)));
        t.define("__getnewargs__", PyMethodDescr.of(t, "__getnewargs__",
                s -> PyTuple.of(PyFloat.of(((PyComplex) s).real), PyFloat.of(((PyComplex) s).imag))));
    }
}
