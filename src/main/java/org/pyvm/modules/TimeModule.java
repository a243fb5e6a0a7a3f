package org.pyvm.modules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFloat;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyMethodDescr.Fn;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;

/**
 * {@code time}: clocks, conversions between seconds since the epoch and {@code struct_time}, and
 * {@code strftime}/{@code strptime} in the C locale. The local time zone is the JVM's default zone
 * ({@code TZ} on POSIX). Nothing heavy happens at class load: zone data is read on the first call that needs it.
 */
public final class TimeModule {
    private TimeModule() {
    }

    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
        "tm_wday", "tm_yday", "tm_isdst"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** {@code time.struct_time}: a 9-tuple with named fields plus {@code tm_zone} and {@code tm_gmtoff}. */
    public static final class StructTime extends PyTuple {
        public static final PyType TYPE = PyType.builtinSameLayout("struct_time", PyTuple.TYPE, StructTime::define)
                .inModule("time");

        static {
            TYPE.repr = self -> PyStr.of(((StructTime) self).reprString());
            TYPE.newSlot = (type, args, kw) -> {
                PyObject[] a = Abstract.parseArgs("struct_time", args, kw, 1, new String[] {"sequence", "dict"});
                PyObject[] items = Abstract.toArray(a[0]);
                if (items.length < 9) {
                    throw PyException.typeError("time.struct_time() takes an at least 9-sequence (" + items.length
                            + "-sequence given)");
                }
                if (items.length > 11) {
                    throw PyException.typeError("time.struct_time() takes an at most 11-sequence (" + items.length
                            + "-sequence given)");
                }
                PyObject[] nine = java.util.Arrays.copyOf(items, 9);
                return new StructTime(nine, items.length > 9 ? items[9] : PyNone.None,
                        items.length > 10 ? items[10] : PyNone.None);
            };
        }

        final PyObject zone;
        final PyObject gmtoff;

        StructTime(PyObject[] items, PyObject zone, PyObject gmtoff) {
            super(TYPE, items);
            this.zone = zone;
            this.gmtoff = gmtoff;
        }

        private static void define(PyType t) {
            for (int i = 0; i < FIELDS.length; i++) {
                int k = i;
                t.define(FIELDS[i], new PyGetSetDescr(t, FIELDS[i], self -> ((StructTime) self).get(k), null));
            }
            t.define("tm_zone", new PyGetSetDescr(t, "tm_zone", self -> ((StructTime) self).zone, null));
            t.define("tm_gmtoff", new PyGetSetDescr(t, "tm_gmtoff", self -> ((StructTime) self).gmtoff, null));
            t.define("n_fields", PyInt.of(11));
            t.define("n_sequence_fields", PyInt.of(9));
            t.define("n_unnamed_fields", PyInt.of(0));
        }

        String reprString() {
            StringBuilder sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < 9; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(FIELDS[i]).append('=').append(Abstract.repr(get(i)).value);
            }
            return sb.append(')').toString();
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("time");
        m.add("struct_time", StructTime.TYPE);
        m.function("time", 0, 0, (Fn.F0) s -> PyFloat.of(nowNanos() / 1e9));
        m.function("time_ns", 0, 0, (Fn.F0) s -> PyInt.of(nowNanos()));
        m.function("perf_counter", 0, 0, (Fn.F0) s -> PyFloat.of(System.nanoTime() / 1e9));
        m.function("perf_counter_ns", 0, 0, (Fn.F0) s -> PyInt.of(System.nanoTime()));
        m.function("monotonic", 0, 0, (Fn.F0) s -> PyFloat.of(System.nanoTime() / 1e9));
        m.function("monotonic_ns", 0, 0, (Fn.F0) s -> PyInt.of(System.nanoTime()));
        m.function("process_time", 0, 0, (Fn.F0) s -> PyFloat.of(processNanos() / 1e9));
        m.function("process_time_ns", 0, 0, (Fn.F0) s -> PyInt.of(processNanos()));
        m.function("thread_time", 0, 0, (Fn.F0) s -> PyFloat.of(threadNanos() / 1e9));
        m.function("thread_time_ns", 0, 0, (Fn.F0) s -> PyInt.of(threadNanos()));
        m.function("sleep", 1, 1, (Fn.F1) (s, x) -> sleep(x));
        m.function("gmtime", 0, 1, (Fn.FA) (s, a) -> gmtime(a[0]));
        m.function("localtime", 0, 1, (Fn.FA) (s, a) -> localtime(a[0]));
        m.function("mktime", 1, 1, (Fn.F1) (s, x) -> PyFloat.of(mktime(x)));
        m.function("asctime", 0, 1, (Fn.FA) (s, a) -> PyStr.of(asctime(a[0] == null ? localtime(null)
                : fields(a[0], "asctime"))));
        m.function("ctime", 0, 1, (Fn.FA) (s, a) -> PyStr.of(asctime(localtime(a[0]))));
        m.function("strftime", 1, 2, (Fn.FA) (s, a) -> PyStr.of(strftime(a[0], a[1] == null ? localtime(null)
                : fields(a[1], "strftime"))));
        m.function("strptime", 1, 2, (Fn.FA) (s, a) -> TimeParser.strptime(str(a[0], "strptime() argument 1"),
                a[1] == null ? "%a %b %d %H:%M:%S %Y" : str(a[1], "strptime() argument 2")));
        m.function("get_clock_info", 1, 1, (Fn.F1) (s, x) -> clockInfo(x));
        ZoneId zone = ZoneId.systemDefault();
        int year = LocalDate.now(zone).getYear();
        ZoneOffset jan = zone.getRules().getOffset(LocalDateTime.of(year, 1, 1, 0, 0));
        ZoneOffset jul = zone.getRules().getOffset(LocalDateTime.of(year, 7, 1, 0, 0));
        ZoneOffset std = jan.compareTo(jul) > 0 ? jul : jan; // compareTo orders larger offsets first
        std = jan.getTotalSeconds() <= jul.getTotalSeconds() ? jan : jul;
        ZoneOffset dst = jan.getTotalSeconds() <= jul.getTotalSeconds() ? jul : jan;
        m.add("timezone", PyInt.of(-std.getTotalSeconds()));
        m.add("altzone", PyInt.of(-dst.getTotalSeconds()));
        m.add("daylight", PyInt.of(std.equals(dst) ? 0 : 1));
        TimeZone tz = TimeZone.getTimeZone(zone);
        m.add("tzname", PyTuple.of(PyStr.of(zoneName(tz, false)), PyStr.of(zoneName(tz, true))));
        m.add("CLOCK_REALTIME", PyInt.of(0)).add("CLOCK_MONOTONIC", PyInt.of(1))
                .add("CLOCK_PROCESS_CPUTIME_ID", PyInt.of(2)).add("CLOCK_THREAD_CPUTIME_ID", PyInt.of(3));
        return m;
    }

    private static String zoneName(TimeZone tz, boolean daylight) {
        if (tz.getID().equals("UTC") || tz.getID().equals("GMT") || tz.getID().equals("Etc/UTC")) {
            return "UTC";
        }
        return tz.getDisplayName(daylight && tz.useDaylightTime(), TimeZone.SHORT, Locale.ROOT);
    }

    private static String str(PyObject o, String what) {
        if (!(o instanceof PyStr s)) {
            throw PyException.typeError(what + " must be str, not " + o.type().name());
        }
        return s.value;
    }

    // ------------------------------------------------------------------ clocks

    private static long nowNanos() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static long processNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return threadNanos();
    }

    private static long threadNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static PyObject sleep(PyObject x) {
        double secs;
        if (x instanceof PyInt || x instanceof PyFloat) {
            secs = Abstract.asDouble(x);
        } else if (x.type().toFloat != null || x.type().index != null) {
            secs = Abstract.asDouble(x);
        } else {
            throw PyException.typeError("'" + x.type().name() + "' object cannot be interpreted as an integer");
        }
        if (Double.isNaN(secs)) {
            throw PyException.valueError("Invalid value NaN (not a number)");
        }
        if (secs < 0) {
            throw PyException.valueError("sleep length must be non-negative");
        }
        if (secs > 9.2e9) {
            throw PyException.overflowError("timestamp too large to convert to C _PyTime_t");
        }
        long nanos = (long) (secs * 1e9);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyException.of(org.pyvm.objects.PyBaseException.KeyboardInterrupt, new PyObject[0]);
        }
        return PyNone.None;
    }

    private static PyObject clockInfo(PyObject name) {
        String n = str(name, "get_clock_info() argument");
        String impl;
        boolean monotonic;
        boolean adjustable;
        double res;
        switch (n) {
            case "time" -> {
                impl = "clock_gettime(CLOCK_REALTIME)";
                monotonic = false;
                adjustable = true;
                res = 1e-09;
            }
            case "monotonic", "perf_counter" -> {
                impl = "clock_gettime(CLOCK_MONOTONIC)";
                monotonic = true;
                adjustable = false;
                res = 1e-09;
            }
            case "process_time" -> {
                impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
                monotonic = true;
                adjustable = false;
                res = 1e-09;
            }
            case "thread_time" -> {
                impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
                monotonic = true;
                adjustable = false;
                res = 1e-09;
            }
            default -> throw PyException.valueError("unknown clock");
        }
        PyObject ns = Abstract.call(PyType.TYPE, PyStr.of("namespace"), PyTuple.EMPTY, new PyDict());
        Abstract.setattr(ns, "implementation", PyStr.of(impl));
        Abstract.setattr(ns, "monotonic", PyBool.of(monotonic));
        Abstract.setattr(ns, "adjustable", PyBool.of(adjustable));
        Abstract.setattr(ns, "resolution", PyFloat.of(res));
        return Abstract.call(ns);
    }

    // ------------------------------------------------------------------ conversions

    /** Seconds since the epoch from a float/int argument, or now if absent/None. */
    private static long seconds(PyObject t) {
        if (t == null || t == PyNone.None) {
            return Math.floorDiv(nowNanos(), 1_000_000_000L);
        }
        double d;
        if (t instanceof PyInt i) {
            if (!i.isSmall()) {
                throw PyException.overflowError("timestamp out of range for platform time_t");
            }
            return check(i.longValue());
        }
        if (t instanceof PyFloat f) {
            d = f.value;
        } else if (t.type().toFloat != null || t.type().index != null) {
            d = Abstract.asDouble(t);
        } else {
            throw PyException.typeError("'" + t.type().name() + "' object cannot be interpreted as an integer");
        }
        if (Double.isNaN(d)) {
            throw PyException.valueError("Invalid value NaN (not a number)");
        }
        if (!(d > -9.2e18 && d < 9.2e18)) {
            throw PyException.overflowError("timestamp out of range for platform time_t");
        }
        return check((long) Math.floor(d)); // _PyTime_ROUND_FLOOR
    }

    private static long check(long s) {
        if (s < -67768040609740800L || s > 67767976233316800L) {
            throw PyException.overflowError("timestamp out of range for platform time_t");
        }
        if (s < -62135596800L * 10 || s > 253402300799L * 1000) {
            throw PyException.overflowError("timestamp out of range for platform time_t");
        }
        return s;
    }

    public static StructTime gmtime(PyObject t) {
        long s = seconds(t);
        ZonedDateTime z = Instant.ofEpochSecond(s).atZone(ZoneOffset.UTC);
        return make(z, 0, PyStr.of("GMT"));
    }

    public static StructTime localtime(PyObject t) {
        long s = seconds(t);
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime z = Instant.ofEpochSecond(s).atZone(zone);
        boolean dst = zone.getRules().isDaylightSavings(z.toInstant());
        TimeZone tz = TimeZone.getTimeZone(zone);
        return make(z, dst ? 1 : 0, PyStr.of(zoneName(tz, dst)));
    }

    private static StructTime make(ZonedDateTime z, int isdst, PyObject zone) {
        PyObject[] f = {PyInt.of(z.getYear()), PyInt.of(z.getMonthValue()), PyInt.of(z.getDayOfMonth()),
            PyInt.of(z.getHour()), PyInt.of(z.getMinute()), PyInt.of(z.getSecond()),
            PyInt.of(z.getDayOfWeek().getValue() - 1), PyInt.of(z.getDayOfYear()), PyInt.of(isdst)};
        return new StructTime(f, zone, PyInt.of(z.getOffset().getTotalSeconds()));
    }

    /** The 9 fields of a struct_time or 9-tuple as ints (asctime/strftime/mktime argument). */
    static StructTime fields(PyObject o, String fn) {
        if (o instanceof StructTime st) {
            return st;
        }
        if (!(o instanceof PyTuple t)) {
            throw PyException.typeError("Tuple or struct_time argument required");
        }
        if (t.size() != 9) {
            throw PyException.typeError(fn + "(): illegal time tuple argument");
        }
        PyObject[] f = new PyObject[9];
        for (int i = 0; i < 9; i++) {
            PyObject v = t.get(i);
            if (v instanceof PyFloat) {
                throw PyException.typeError("'float' object cannot be interpreted as an integer");
            }
            f[i] = Abstract.index(v);
        }
        return new StructTime(f, PyNone.None, PyNone.None);
    }

    private static int field(StructTime t, int i) {
        return (int) Abstract.asLong(t.get(i));
    }

    private static double mktime(PyObject o) {
        StructTime t = fields(o, "mktime");
        long year = Abstract.asLong(t.get(0));
        long mon = field(t, 1) - 1L;
        long y = year + Math.floorDiv(mon, 12);
        mon = Math.floorMod(mon, 12);
        if (y < -999999 || y > 999999) {
            throw PyException.overflowError("mktime argument out of range");
        }
        LocalDateTime ldt = LocalDateTime.of((int) y, (int) mon + 1, 1, 0, 0)
                .plusDays(field(t, 2) - 1L).plusHours(field(t, 3)).plusMinutes(field(t, 4)).plusSeconds(field(t, 5));
        ZoneId zone = ZoneId.systemDefault();
        List<ZoneOffset> offs = zone.getRules().getValidOffsets(ldt);
        ZonedDateTime z;
        int isdst = field(t, 8);
        if (offs.size() == 2) {
            z = ZonedDateTime.ofLocal(ldt, zone, isdst > 0 ? offs.get(0) : offs.get(1));
        } else {
            z = ZonedDateTime.ofLocal(ldt, zone, null);
        }
        return z.toEpochSecond();
    }

    static String asctime(StructTime t) {
        int wday = Math.floorMod(field(t, 6), 7);
        int mon = field(t, 1);
        if (mon < 1 || mon > 12) {
            throw PyException.valueError("month out of range");
        }
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS[wday].substring(0, 3),
                MONTHS[mon - 1].substring(0, 3), field(t, 2), field(t, 3), field(t, 4), field(t, 5),
                Abstract.asLong(t.get(0)));
    }

    // ------------------------------------------------------------------ strftime

    static String strftime(PyObject formatObj, StructTime t) {
        String format = str(formatObj, "strftime() argument 1");
        long year = Abstract.asLong(t.get(0));
        int mon = field(t, 1);
        int mday = field(t, 2);
        int hour = field(t, 3);
        int min = field(t, 4);
        int sec = field(t, 5);
        int wday = field(t, 6);
        int yday = field(t, 7);
        int isdst = field(t, 8);
        // CPython's checkargs: 0 means "unknown" for month, day and yday.
        if (mon == 0) {
            mon = 1;
        } else if (mon < 0 || mon > 12) {
            throw PyException.valueError("month out of range");
        }
        if (mday == 0) {
            mday = 1;
        } else if (mday < 0 || mday > 31) {
            throw PyException.valueError("day of month out of range");
        }
        if (hour < 0 || hour > 23) {
            throw PyException.valueError("hour out of range");
        }
        if (min < 0 || min > 59) {
            throw PyException.valueError("minute out of range");
        }
        if (sec < 0 || sec > 61) {
            throw PyException.valueError("seconds out of range");
        }
        if (wday < 0) {
            throw PyException.valueError("day of week out of range");
        }
        wday = wday % 7;
        if (yday == 0) {
            yday = 1;
        } else if (yday < 0 || yday > 366) {
            throw PyException.valueError("day of year out of range");
        }
        if (isdst < -1) {
            isdst = -1;
        } else if (isdst > 1) {
            isdst = 1;
        }
        int cwday = (wday + 1) % 7; // Sunday = 0
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'a' -> sb.append(DAYS[wday], 0, 3);
                case 'A' -> sb.append(DAYS[wday]);
                case 'b', 'h' -> sb.append(MONTHS[mon - 1], 0, 3);
                case 'B' -> sb.append(MONTHS[mon - 1]);
                case 'c' -> sb.append(String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[wday].substring(0, 3),
                        MONTHS[mon - 1].substring(0, 3), mday, hour, min, sec, year));
                case 'C' -> sb.append(String.format("%02d", Math.floorDiv(year, 100)));
                case 'd' -> sb.append(String.format("%02d", mday));
                case 'D' -> sb.append(String.format("%02d/%02d/%02d", mon, mday, Math.floorMod(year, 100)));
                case 'e' -> sb.append(String.format("%2d", mday));
                case 'F' -> sb.append(String.format("%d-%02d-%02d", year, mon, mday));
                case 'H' -> sb.append(String.format("%02d", hour));
                case 'I' -> sb.append(String.format("%02d", hour % 12 == 0 ? 12 : hour % 12));
                case 'j' -> sb.append(String.format("%03d", yday));
                case 'm' -> sb.append(String.format("%02d", mon));
                case 'M' -> sb.append(String.format("%02d", min));
                case 'n' -> sb.append('\n');
                case 'p' -> sb.append(hour < 12 ? "AM" : "PM");
                case 'r' -> sb.append(String.format("%02d:%02d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, min, sec,
                        hour < 12 ? "AM" : "PM"));
                case 'R' -> sb.append(String.format("%02d:%02d", hour, min));
                case 'S' -> sb.append(String.format("%02d", sec));
                case 't' -> sb.append('\t');
                case 'T', 'X' -> sb.append(String.format("%02d:%02d:%02d", hour, min, sec));
                case 'u' -> sb.append(wday + 1);
                case 'U' -> sb.append(String.format("%02d", (yday - 1 + 7 - cwday) / 7));
                case 'w' -> sb.append(cwday);
                case 'W' -> sb.append(String.format("%02d", (yday - 1 + 7 - wday) / 7));
                case 'x' -> sb.append(String.format("%02d/%02d/%02d", mon, mday, Math.floorMod(year, 100)));
                case 'y' -> sb.append(String.format("%02d", Math.floorMod(year, 100)));
                case 'Y' -> sb.append(year);
                case 'G', 'g', 'V' -> {
                    LocalDate ld = LocalDate.ofYearDay((int) year, Math.min(yday, 365 + (java.time.Year.isLeap(year)
                            ? 1 : 0)));
                    int wy = ld.get(IsoFields.WEEK_BASED_YEAR);
                    int wk = ld.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    sb.append(d == 'G' ? String.valueOf(wy) : d == 'g' ? String.format("%02d", Math.floorMod(wy,
                            100)) : String.format("%02d", wk));
                }
                case 'z' -> {
                    if (t.gmtoff instanceof PyInt off) {
                        long o = off.longValue();
                        sb.append(o < 0 ? '-' : '+');
                        o = Math.abs(o) / 60;
                        sb.append(String.format("%02d%02d", o / 60, o % 60));
                    } else {
                        ZoneOffset zo = ZoneId.systemDefault().getRules().getOffset(Instant.now());
                        int o = zo.getTotalSeconds();
                        sb.append(o < 0 ? '-' : '+');
                        o = Math.abs(o) / 60;
                        sb.append(String.format("%02d%02d", o / 60, o % 60));
                    }
                }
                case 'Z' -> {
                    if (t.zone instanceof PyStr z) {
                        sb.append(z.value);
                    } else {
                        TimeZone tz = TimeZone.getDefault();
                        sb.append(zoneName(tz, isdst > 0));
                    }
                }
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    static String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ROOT);
    }
}
