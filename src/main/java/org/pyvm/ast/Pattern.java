package org.pyvm.ast;

import java.util.List;

/**
 * Patterns of {@code match} statements (PEP 634). All positioned; the last component is {@code Pos pos}.
 * <pre>
 * pattern = MatchValue(expr value)                 -- a literal or dotted name: compared with ==
 *         | MatchSingleton(constant value)         -- None, True, False: compared with is
 *         | MatchSequence(pattern* patterns)       -- [p, *rest] or (p, q)
 *         | MatchMapping(expr* keys, pattern* patterns, identifier? rest)   -- {k: p, **rest}
 *         | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
 *         | MatchStar(identifier? name)            -- *name, or *_ (name null)
 *         | MatchAs(pattern? pattern, identifier? name)   -- p as name; bare name; _ (both null)
 *         | MatchOr(pattern* patterns)
 * </pre>
 */
public sealed interface Pattern extends Positioned {
    /** A value pattern: a literal or a dotted name, matched by equality. */
    record MatchValue(Expr value, Pos pos) implements Pattern {}

    /** {@code None}, {@code True} or {@code False}, matched by identity: value is null (None) or a Boolean. */
    record MatchSingleton(Boolean value, Pos pos) implements Pattern {}

    /** A sequence pattern; at most one element is a MatchStar. */
    record MatchSequence(List<Pattern> patterns, Pos pos) implements Pattern {}

    /** A mapping pattern: keys and patterns pair up; rest is the {@code **rest} name or null. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Pos pos) implements Pattern {}

    /** {@code cls(p1, p2, a1=k1, a2=k2)}: kwdAttrs and kwdPatterns pair up. */
    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, Pos pos)
            implements Pattern {}

    /** {@code *name} inside a sequence pattern; name null for {@code *_}. */
    record MatchStar(String name, Pos pos) implements Pattern {}

    /** {@code pattern as name}, a capture {@code name} (pattern null), or the wildcard {@code _} (both null). */
    record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {}

    /** {@code p1 | p2 | ...}. */
    record MatchOr(List<Pattern> patterns, Pos pos) implements Pattern {}
}
