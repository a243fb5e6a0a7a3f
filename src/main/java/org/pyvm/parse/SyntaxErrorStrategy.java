package org.pyvm.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.pyvm.parse.gen.PythonParser;

/**
 * Turns the first error of the full-LL parse into a {@link PySyntaxError}, as CPython stops at its first error.
 * Never recovers. The message is CPython's where the parse state tells which one applies ("expected an indented
 * block after 'if' statement on line 3", "unexpected indent", "expected ':'"), "invalid syntax" otherwise.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private final SourceText src;
    private Token offending;
    private final int[] furthest = new int[1];

    SyntaxErrorStrategy(SourceText src) {
        this.src = src;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        Token at = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        offending = at;
        throw SyntaxErrors.atParserError((PythonParser) recognizer, at, e.getExpectedTokens(), e.getCtx(), src,
                furthest);
    }

    /** The token at which the parse failed (after the error was thrown), or null. */
    Token offendingToken() {
        return offending;
    }

    /** The index of the furthest token CPython's parser would have read to report the error. */
    int furthestToken() {
        return furthest[0];
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        reportError(recognizer, e);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        reportError(recognizer, new InputMismatchException(recognizer));
        return null;
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        reportError(recognizer, new InputMismatchException(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        reportError(recognizer, new InputMismatchException(recognizer));
    }

    @Override
    public void sync(Parser recognizer) {
        // Only report; the default implementation may delete or insert tokens to recover.
        int la = recognizer.getInputStream().LA(1);
        ATN atn = recognizer.getInterpreter().atn;
        ATNState state = atn.states.get(recognizer.getState());
        IntervalSet next = atn.nextTokens(state);
        if (next.contains(la) || next.contains(Token.EPSILON)) {
            return;
        }
        switch (state.getStateType()) {
            case ATNState.BLOCK_START, ATNState.STAR_BLOCK_START, ATNState.PLUS_BLOCK_START,
                 ATNState.STAR_LOOP_ENTRY, ATNState.PLUS_LOOP_BACK, ATNState.STAR_LOOP_BACK ->
                    reportError(recognizer, new InputMismatchException(recognizer));
            default -> {
            }
        }
    }
}
