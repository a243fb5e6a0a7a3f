package org.pyvm.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;

/**
 * Formats an exception as CPython prints an uncaught one: the chain of causes and contexts, each with
 * {@code Traceback (most recent call last):}, one {@code File "...", line N, in name} entry per frame with the source
 * line and the PEP 657 caret line (with {@code ~}/{@code ^} anchors for binary operators and subscripts,
 * {@link CaretAnchors}), repeated frames collapsed, exception groups drawn as boxes, notes, and
 * the final {@code Type: message} line.
 */
public final class TracebackPrinter {
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;
    private static final Map<String, List<String>> SOURCES = new HashMap<>();

    private final StringBuilder out = new StringBuilder();
    private final Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int groupDepth;
    private boolean needClose;

    private TracebackPrinter() {
    }

    /** The whole display of {@code exc}, ending with a newline. */
    public static String format(PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter();
        p.chain(exc);
        return p.out.toString();
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    private void emit(String text) {
        emit(text, '|');
    }

    private void emit(String text, char margin) {
        String prefix = indent() + (groupDepth > 0 ? margin + " " : "");
        if (prefix.isEmpty()) {
            out.append(text);
            return;
        }
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.append(prefix).append(text, start, end);
            start = end;
        }
    }

    private void chain(PyBaseException first) {
        List<Object[]> output = new ArrayList<>();
        PyBaseException exc = first;
        String msg = null;
        // the first exception is always shown (a group's member may already have appeared as a context);
        // a cause or context already shown ends the chain, as in CPython's TracebackException
        while (exc != null) {
            seen.add(exc);
            output.add(new Object[] {msg, exc});
            PyBaseException next = null;
            if (exc.cause instanceof PyBaseException c) {
                msg = "\nThe above exception was the direct cause of the following exception:\n\n";
                next = c;
            } else if (exc.context instanceof PyBaseException c && !exc.suppressContext) {
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
                next = c;
            }
            exc = next != null && !seen.contains(next) ? next : null;
        }
        for (int k = output.size() - 1; k >= 0; k--) {
            String m = (String) output.get(k)[0];
            PyBaseException e = (PyBaseException) output.get(k)[1];
            one(e);
            if (m != null) {
                emit(m);
            }
        }
    }

    private void one(PyBaseException exc) {
        boolean group = exc.type().isSubtype(PyBaseException.BaseExceptionGroup);
        if (!group) {
            if (exc.traceback instanceof PyTraceback tb) {
                emit("Traceback (most recent call last):\n");
                emit(stack(tb));
            }
            emit(exceptionOnly(exc));
            return;
        }
        if (groupDepth > MAX_GROUP_DEPTH) {
            emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        boolean top = groupDepth == 0;
        if (top) {
            groupDepth++;
        }
        if (exc.traceback instanceof PyTraceback tb) {
            emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            emit(stack(tb));
        }
        emit(exceptionOnly(exc));
        PyTuple excs = (PyTuple) Abstract.getattr(exc, "exceptions");
        int num = excs.size();
        int n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : Integer.toString(i + 1);
            out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            groupDepth++;
            if (!truncated) {
                chain((PyBaseException) excs.get(i));
            } else {
                int remaining = num - MAX_GROUP_WIDTH;
                emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (top) {
            groupDepth = 0;
        }
    }

    /** The frames of a traceback, outermost first, with CPython's collapsing of repeated lines. */
    static String stack(PyTraceback tb) {
        StringBuilder sb = new StringBuilder();
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            String file = t.frame.code.co.filename;
            int line = t.lineno();
            String name = t.frame.code.co.name;
            if (lastFile == null || !lastFile.equals(file) || lastLine != line || !lastName.equals(name)) {
                if (count > RECURSIVE_CUTOFF) {
                    count -= RECURSIVE_CUTOFF;
                    sb.append("  [Previous line repeated ").append(count).append(" more time")
                            .append(count > 1 ? "s" : "").append("]\n");
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) {
                continue;
            }
            frameSummary(sb, t.frame.code, t.lasti, line);
        }
        if (count > RECURSIVE_CUTOFF) {
            count -= RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(count).append(" more time").append(count > 1 ? "s" : "")
                    .append("]\n");
        }
        return sb.toString();
    }

    /** For the {@code traceback} module: one frame's display ("File" line, source line, carets) for the code
     *  object {@code code} at instruction {@code pc} on line {@code lineno}. */
    public static String frameText(PyCode code, int pc, int lineno) {
        StringBuilder sb = new StringBuilder();
        frameSummary(sb, code, pc, lineno);
        return sb.toString();
    }

    /** For {@code linecache}: line {@code lineno} (1-based) of a source file, without its newline, or null. */
    public static String line(String filename, int lineno) {
        return sourceLine(filename, lineno);
    }

    private static void frameSummary(StringBuilder sb, PyCode code, int pc, int lineno) {
        sb.append("  File \"").append(code.co.filename).append("\", line ").append(lineno).append(", in ")
                .append(code.co.name).append('\n');
        String line = sourceLine(code.co.filename, lineno);
        if (line == null || line.isBlank()) {
            return;
        }
        String stripped = line.strip();
        sb.append("    ").append(stripped).append('\n');
        int col = pc >= 0 && pc < code.code.length ? code.co.column(pc) : -1;
        int endCol = pc >= 0 && pc < code.code.length ? code.co.endColumn(pc) : -1;
        int endLine = pc >= 0 && pc < code.code.length ? code.co.endLine(pc) : -1;
        if (col < 0 || endCol < 0 || code.co.line(pc) != lineno) {
            return;
        }
        int start = byteToChar(line, col);
        int end = byteToChar(line, endCol);
        int[] anchors = null;
        if (endLine == lineno) {
            if (end < start) {
                return;
            }
            anchors = anchors(line.substring(start, Math.min(end, line.length())));
        } else {
            end = line.stripTrailing().length();
        }
        // CPython counts the line's newline and trailing blanks among the "stripped characters"
        int strippedChars = line.length() + (hasNewline(code.co.filename, lineno) ? 1 : 0) - stripped.length();
        if (end - start < stripped.length() || (anchors != null && anchors[1] - anchors[0] > 0)) {
            int dpStart = displayWidth(line, start) + 1;
            int dpEnd = displayWidth(line, end) + 1;
            sb.append("    ").append(" ".repeat(Math.max(0, dpStart - strippedChars)));
            if (anchors != null) {
                String seg = line.substring(start, Math.min(end, line.length()));
                int left = displayWidth(seg, anchors[0]);
                int right = displayWidth(seg, anchors[1]);
                sb.append("~".repeat(left)).append("^".repeat(Math.max(0, right - left)))
                        .append("~".repeat(Math.max(0, dpEnd - dpStart - right)));
            } else {
                sb.append("^".repeat(Math.max(0, dpEnd - dpStart)));
            }
            sb.append('\n');
        }
    }

    private static int[] anchors(String segment) {
        try {
            return CaretAnchors.of(segment);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Column of a UTF-8 byte offset in line. */
    static int byteToChar(String line, int byteOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(byteOffset, b.length);
        return new String(b, 0, n, StandardCharsets.UTF_8).length();
    }

    /** CPython's _display_width: East Asian wide and fullwidth characters count two columns. */
    private static int displayWidth(String line, int offset) {
        int w = 0;
        int n = Math.min(offset, line.length());
        for (int k = 0; k < n; ) {
            int cp = line.codePointAt(k);
            w += isWide(cp) ? 2 : 1;
            k += Character.charCount(cp);
        }
        return w + Math.max(0, offset - line.length());
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    static synchronized void clearSourceCache() {
        SOURCES.clear();
    }

    private static synchronized boolean hasNewline(String filename, int lineno) {
        List<String> lines = SOURCES.get(filename);
        return lines != null && lineno < lines.size();
    }

    /** Line {@code lineno} (1-based) of a source file, or null. */
    static synchronized String sourceLine(String filename, int lineno) {
        List<String> lines = SOURCES.get(filename);
        if (lines == null) {
            lines = List.of();
            if (filename.startsWith(Importer.LIB + "/")) {
                byte[] src = Importer.resource("pyvm/lib" + filename.substring(Importer.LIB.length()));
                if (src != null) {
                    lines = List.of(new String(src, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
                }
                SOURCES.put(filename, lines);
                return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
            }
            for (Path candidate : candidates(filename)) {
                try {
                    String text = new String(Files.readAllBytes(candidate), StandardCharsets.UTF_8);
                    lines = List.of(text.split("\r\n|\r|\n", -1));
                    break;
                } catch (IOException | RuntimeException e) {
                    // try the next place
                }
            }
            SOURCES.put(filename, lines);
        }
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    /** Where a code object's file name may be: itself, then (relative names) under each sys.path entry, as linecache. */
    private static List<Path> candidates(String filename) {
        List<Path> out = new ArrayList<>();
        try {
            Path p = Path.of(filename);
            out.add(p);
            if (!p.isAbsolute() && Runtime.sys != null) {
                PyObject path = Runtime.sys.dict.getStr("path");
                if (path instanceof org.pyvm.objects.PyList l) {
                    for (int k = 0; k < l.size(); k++) {
                        if (l.get(k) instanceof PyStr dir && !dir.value.isEmpty()) {
                            out.add(Path.of(dir.value).resolve(p));
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // not a valid path: no source
        }
        return out;
    }

    /** {@code traceback.format_exception_only}: the last line(s) of a display, with SyntaxError's and notes. */
    public static String exceptionOnly(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        PyType t = exc.type();
        String mod = t.module();
        String name = mod == null || mod.equals("__main__") || mod.equals("builtins") ? t.qualname()
                : mod + "." + t.qualname();
        String value;
        try {
            value = Abstract.str(exc).value;
        } catch (PyException e) {
            value = "<exception str() failed>";
        }
        if (t.isSubtype(PyBaseException.SyntaxError)) {
            syntaxError(sb, exc, name);
        } else {
            value += Suggestions.hint(exc);
            sb.append(value.isEmpty() ? name : name + ": " + value).append('\n');
        }
        PyObject notes = exc.dict().getStr("__notes__");
        if (notes != null) {
            if (notes instanceof org.pyvm.objects.PyList || notes instanceof PyTuple) {
                for (PyObject n : Abstract.toArray(notes)) {
                    String s;
                    try {
                        s = n instanceof PyStr ns ? ns.value : Abstract.str(n).value;
                    } catch (PyException e) {
                        s = "<note str() failed>";
                    }
                    sb.append(s).append('\n');
                }
            } else {
                String s;
                try {
                    s = Abstract.repr(notes).value;
                } catch (PyException e) {
                    s = "<__notes__ repr() failed>";
                }
                sb.append(s).append('\n');
            }
        }
        return sb.toString();
    }

    private static void syntaxError(StringBuilder sb, PyBaseException exc, String name) {
        PyObject filename = Abstract.getattrOrNull(exc, "filename");
        PyObject lineno = Abstract.getattrOrNull(exc, "lineno");
        PyObject text = Abstract.getattrOrNull(exc, "text");
        PyObject offset = Abstract.getattrOrNull(exc, "offset");
        PyObject endOffset = Abstract.getattrOrNull(exc, "end_offset");
        PyObject msg = Abstract.getattrOrNull(exc, "msg");
        String fn = filename instanceof PyStr f ? f.value : "<string>";
        if (lineno instanceof PyInt ln) {
            sb.append("  File \"").append(fn).append("\", line ").append(ln.longValue()).append('\n');
        }
        if (text instanceof PyStr ts) {
            String ltext = ts.value;
            int nl = ltext.length();
            while (nl > 0 && ltext.charAt(nl - 1) == '\n') {
                nl--;
            }
            ltext = ltext.substring(0, nl);
            int spaces = ltext.length() - ltext.stripLeading().length();
            ltext = ltext.strip();
            sb.append("    ").append(ltext).append('\n');
            if (offset instanceof PyInt o) {
                long colno = o.longValue() - 1 - spaces;
                long endColno = endOffset instanceof PyInt eo && eo.longValue() > 0 ? eo.longValue() - 1 - spaces
                        : colno + 1;
                if (endColno <= colno) {
                    endColno = colno + 1;
                }
                if (colno >= 0) {
                    StringBuilder caret = new StringBuilder();
                    for (int k = 0; k < Math.min(colno, ltext.length()); k++) {
                        caret.append(Character.isWhitespace(ltext.charAt(k)) ? ltext.charAt(k) : ' ');
                    }
                    sb.append("    ").append(caret).append("^".repeat((int) (endColno - colno))).append('\n');
                }
            }
        }
        String m = msg instanceof PyStr ms ? ms.value : "<no detail available>";
        sb.append(name).append(": ").append(m).append('\n');
    }
}
