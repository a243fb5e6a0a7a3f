package org.pyvm.vm;

/**
 * The PEP 657 anchors of a traceback's code segment, as CPython's {@code _extract_caret_anchors_from_line_segment}
 * finds them: for a segment that is one binary operation, the operator ({@code ~~^~~}); for one subscript, the
 * brackets ({@code ~~^^^}). CPython parses the segment; the VM has no parser (pyvm.jar runs without the compiler), so
 * this scans it: string literals and brackets are skipped, and the top-level operator of lowest precedence is the
 * root of the expression (the rightmost of equals, the leftmost for {@code **}). A segment with anything at top
 * level that is not part of a binary operation or subscript (comparisons, keywords, commas, assignments) has no
 * anchors, as in CPython.
 */
final class CaretAnchors {
    private CaretAnchors() {
    }

    /** {left_end, right_start} character offsets into segment, or null. */
    static int[] of(String seg) {
        int n = seg.length();
        int[] match = new int[n];  // index of the matching bracket, -1 if none
        java.util.Arrays.fill(match, -1);
        int[] stack = new int[n + 1];
        int sp = 0;
        int bestPos = -1;
        int bestLen = 0;
        int bestPrec = Integer.MAX_VALUE;
        boolean prevOperand = false;
        boolean leadingUnary = false;
        int lastOpenSquare = -1;
        int i = 0;
        while (i < n) {
            char c = seg.charAt(i);
            if (c == '#') {
                break;  // a comment ends the segment's code
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int strEnd = stringEnd(seg, i);
            if (strEnd > i) {
                i = strEnd;
                prevOperand = true;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (sp == 0 && c == '[' && prevOperand) {
                    lastOpenSquare = i;
                }
                stack[sp++] = i;
                i++;
                prevOperand = false;
                continue;
            }
            if (c == ')' || c == ']' || c == '}') {
                if (sp == 0) {
                    return null;
                }
                int open = stack[--sp];
                match[open] = i;
                match[i] = open;
                i++;
                prevOperand = true;
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(seg.charAt(i + 1)))) {
                i = numberEnd(seg, i);
                prevOperand = true;
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c > 127) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(seg.charAt(j)) || seg.charAt(j) == '_'
                        || seg.charAt(j) == '.' || seg.charAt(j) > 127)) {
                    j++;
                }
                String word = seg.substring(i, j);
                if (sp == 0 && isKeyword(word)) {
                    return null;
                }
                i = j;
                prevOperand = true;
                continue;
            }
            if (sp > 0) {
                i++;
                continue;
            }
            // an operator at top level
            String op = operatorAt(seg, i);
            if (op == null) {
                return null;  // comparisons, commas, assignments, ':' ...: not a binary operation or subscript
            }
            if (prevOperand) {
                int prec = precedence(op);
                boolean better = prec < bestPrec || (prec == bestPrec && !op.equals("**"));
                if (better) {
                    bestPrec = prec;
                    bestPos = i;
                    bestLen = op.length();
                }
                prevOperand = false;
            } else if (!op.equals("-") && !op.equals("+") && !op.equals("~")) {
                return null;
            } else if (bestPos < 0) {
                leadingUnary = true;
            }
            i += op.length();
        }
        if (sp != 0) {
            return null;
        }
        if (bestPos >= 0) {
            if (leadingUnary && bestPrec == 7) {
                return null;  // -a ** b is -(a ** b): the root is the unary operator
            }
            return binop(seg, bestPos, bestLen, match);
        }
        if (lastOpenSquare > 0 && match[lastOpenSquare] == lastTokenEnd(seg) - 1) {
            return new int[] {lastOpenSquare, match[lastOpenSquare] + 1};
        }
        return null;
    }

    private static int[] binop(String seg, int opPos, int opLen, int[] match) {
        // the left operand's end, without the parentheses that only wrap it (the AST node excludes them)
        int leftEnd = opPos;
        while (leftEnd > 0 && Character.isWhitespace(seg.charAt(leftEnd - 1))) {
            leftEnd--;
        }
        int leftStart = 0;
        while (leftEnd > 0 && seg.charAt(leftEnd - 1) == ')' && match[leftEnd - 1] == leftStart
                && isWrapping(seg, leftStart, leftEnd - 1)) {
            leftStart++;
            while (leftStart < leftEnd && Character.isWhitespace(seg.charAt(leftStart))) {
                leftStart++;
            }
            leftEnd--;
            while (leftEnd > 0 && Character.isWhitespace(seg.charAt(leftEnd - 1))) {
                leftEnd--;
            }
        }
        // the right operand's start, inside the parentheses that only wrap it
        int rightStart = opPos + opLen;
        while (rightStart < seg.length() && Character.isWhitespace(seg.charAt(rightStart))) {
            rightStart++;
        }
        int rightEnd = lastTokenEnd(seg);
        while (rightStart < seg.length() && seg.charAt(rightStart) == '(' && match[rightStart] == rightEnd - 1
                && isWrapping(seg, rightStart, rightEnd - 1)) {
            rightStart++;
            rightEnd--;
            while (rightStart < seg.length() && Character.isWhitespace(seg.charAt(rightStart))) {
                rightStart++;
            }
        }
        String opStr = seg.substring(leftEnd, Math.max(leftEnd, rightStart));
        int opOffset = opStr.length() - opStr.stripLeading().length();
        int left = leftEnd + opOffset;
        int right = left + 1;
        if (opOffset + 1 < opStr.length() && !Character.isWhitespace(opStr.charAt(opOffset + 1))) {
            right++;
        }
        while (left < seg.length() && (Character.isWhitespace(seg.charAt(left)) || seg.charAt(left) == ')'
                || seg.charAt(left) == '#')) {
            left++;
            right++;
        }
        return new int[] {left, right};
    }

    /** Parentheses open..close wrap an expression (not a tuple, not empty, not a generator expression). */
    private static boolean isWrapping(String seg, int open, int close) {
        int depth = 0;
        boolean any = false;
        for (int k = open + 1; k < close; k++) {
            int e = stringEnd(seg, k);
            if (e > k) {
                k = e - 1;
                any = true;
                continue;
            }
            char c = seg.charAt(k);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && c == ',') {
                return false;
            } else if (depth == 0 && Character.isLetter(c) && (k == open + 1 || !isNameChar(seg.charAt(k - 1)))) {
                int j = k;
                while (j < close && isNameChar(seg.charAt(j))) {
                    j++;
                }
                if (seg.substring(k, j).equals("for") || seg.substring(k, j).equals("yield")) {
                    return false;
                }
            }
            if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        return any;
    }

    /** The end of a number literal (digits, '_', '.', an exponent with its sign, 'j', hex/octal/binary digits). */
    private static int numberEnd(String s, int i) {
        int n = s.length();
        int j = i;
        boolean hex = s.startsWith("0x", i) || s.startsWith("0X", i);
        while (j < n) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                if (!hex && (c == 'e' || c == 'E') && j + 1 < n && (s.charAt(j + 1) == '+' || s.charAt(j + 1) == '-')) {
                    j += 2;
                    continue;
                }
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c > 127;
    }

    private static int lastTokenEnd(String seg) {
        int e = seg.length();
        while (e > 0 && Character.isWhitespace(seg.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isKeyword(String w) {
        return switch (w) {
            case "and", "or", "not", "if", "else", "in", "is", "lambda", "for", "await", "yield", "async" -> true;
            default -> false;
        };
    }

    private static String operatorAt(String s, int i) {
        String[] ops = {"**", "//", "<<", ">>", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~"};
        for (String op : ops) {
            if (s.startsWith(op, i)) {
                // augmented assignment and comparisons are not binary operations
                int after = i + op.length();
                if (after < s.length() && s.charAt(after) == '=' && !op.equals("~")) {
                    return null;
                }
                if ((op.equals("<<") || op.equals(">>")) || !(op.equals("-") && after < s.length()
                        && s.charAt(after) == '>')) {
                    return op;
                }
                return null;
            }
        }
        return null;
    }

    private static int precedence(String op) {
        return switch (op) {
            case "|" -> 1;
            case "^" -> 2;
            case "&" -> 3;
            case "<<", ">>" -> 4;
            case "+", "-" -> 5;
            case "**" -> 7;
            default -> 6;
        };
    }

    /** The end of a string literal starting at i (with its prefix), or i if none starts there. */
    static int stringEnd(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && j - i < 2 && "rRbBfFuU".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j >= n || (s.charAt(j) != '\'' && s.charAt(j) != '"')) {
            return i;
        }
        if (j > i && i > 0 && isNameChar(s.charAt(i - 1))) {
            return i;
        }
        char q = s.charAt(j);
        boolean triple = j + 2 < n && s.charAt(j + 1) == q && s.charAt(j + 2) == q;
        boolean raw = s.substring(i, j).toLowerCase().contains("r");
        int k = j + (triple ? 3 : 1);
        while (k < n) {
            char c = s.charAt(k);
            if (c == '\\' && !raw) {
                k += 2;
                continue;
            }
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == q && (!triple || (k + 2 < n && s.charAt(k + 1) == q && s.charAt(k + 2) == q))) {
                return k + (triple ? 3 : 1);
            }
            k++;
        }
        return n;
    }
}
