package org.pyvm.parse;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.pyvm.ast.AstBuilder;
import org.pyvm.ast.Mod;
import org.pyvm.parse.gen.PythonLexer;
import org.pyvm.parse.gen.PythonParser;

/**
 * The front end's one entry point: source bytes to a CPython-shaped AST, or a {@link PySyntaxError}.
 *
 * <p>Parsing runs in two stages, as ANTLR recommends: first SLL prediction with a bail-out error strategy (fast,
 * and enough for nearly every correct file), then, only if that fails, full LL prediction over the same tokens,
 * which either succeeds or pinpoints the syntax error.
 *
 * <p>Deeply nested code (200 levels of parentheses is legal Python) recurses deeply through the parser and the
 * builder, so the work runs on threads with a large stack; a caller's thread is never asked for more stack than it has.
 */
public final class FrontEnd {
    /** Stack for parser threads: reserved address space, committed only as far as it is used. */
    private static final long PARSER_STACK_BYTES = 1L << 30;

    private static final AtomicInteger THREAD_IDS = new AtomicInteger();
    // Anonymous classes rather than lambdas on the start-up path: the first lambda of a run bootstraps
    // java.lang.invoke (hundreds of classes), a measurable part of a cold command.
    private static final ExecutorService PARSER_THREADS = Executors.newCachedThreadPool(
            new java.util.concurrent.ThreadFactory() {
                @Override
                public Thread newThread(Runnable task) {
                    Thread t = new ParserThread(task);
                    t.setDaemon(true);
                    return t;
                }
            });

    /** How many parses needed the second, full-LL stage (a measure of how SLL-friendly the grammar is). */
    public static final java.util.concurrent.atomic.AtomicLong LL_FALLBACKS = new java.util.concurrent.atomic.AtomicLong();

    private FrontEnd() {
    }

    /** Decodes (BOM, PEP 263 coding line), tokenizes, parses and builds the AST of a module. */
    public static Mod.Module parseFile(byte[] source, String filename) {
        return onParserThread(new java.util.function.Supplier<Mod.Module>() {
            @Override
            public Mod.Module get() {
                return parseOnThisThread(SourceText.decode(source, filename));
            }
        });
    }

    /** Parses already decoded source text. */
    public static Mod.Module parseString(String source, String filename) {
        return onParserThread(new java.util.function.Supplier<Mod.Module>() {
            @Override
            public Mod.Module get() {
                return parseOnThisThread(SourceText.of(source, filename));
            }
        });
    }

    /** Parses decoded source text (the caller keeps the SourceText, e.g. for error messages). */
    public static Mod.Module parse(SourceText src) {
        return onParserThread(new java.util.function.Supplier<Mod.Module>() {
            @Override
            public Mod.Module get() {
                return parseOnThisThread(src);
            }
        });
    }

    /** Runs {@code work} on a thread with a deep stack (the current one if it already is such a thread). */
    public static <T> T onParserThread(java.util.function.Supplier<T> work) {
        if (Thread.currentThread() instanceof ParserThread) {
            return work.get();
        }
        Future<T> result = PARSER_THREADS.submit(new java.util.concurrent.Callable<T>() {
            @Override
            public T call() {
                return work.get();
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Mod.Module parseOnThisThread(SourceText src) {
        PythonLexer lexer = PythonLexerBase.create(src);
        // "unexpected indent" is the parser's error in CPython: it loses to an earlier syntax error ("expected ':'").
        lexer.setReportUnexpectedIndent(false);
        StoppingTokenSource source = new StoppingTokenSource(lexer);
        CommonTokenStream tokens = new CommonTokenStream(source);
        // CPython reports a tokenizer error anywhere in the file rather than a syntax error before it.
        tokens.fill();
        if (source.error != null) {
            PySyntaxError e = lexicalError(source, tokens, src);
            throw e != source.error && src.byteColumns() ? e.withByteColumns(src) : e;
        }
        try {
            return parseTokens(tokens, src);
        } catch (PySyntaxError e) {
            // errors of the parser and the builder (CPython's parser): columns as CPython's parser counts them
            throw src.byteColumns() ? e.withByteColumns(src) : e;
        }
    }

    private static Mod.Module parseTokens(CommonTokenStream tokens, SourceText src) {
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        PythonParser.File_inputContext tree;
        try {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            tree = parser.file_input();
        } catch (ParseCancellationException sllFailed) {
            LL_FALLBACKS.incrementAndGet();
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new SyntaxErrorStrategy(src));
            tree = parser.file_input();
        } catch (StackOverflowError e) {
            throw tooComplex(src);
        }
        try {
            return new AstBuilder(src, tokens).module(tree);
        } catch (StackOverflowError e) {
            throw tooComplex(src);
        }
    }

    /**
     * The error to report when the lexer failed: CPython's parser reads tokens on demand, so a parser error met
     * before the lexical error can win. It wins when it is "unexpected indent" (raised without looking further), and
     * over "'(' was never closed" when it is not on a later line than the bracket; any other lexical error replaces
     * the parser's error (CPython tokenizes the rest of the file after a failed parse).
     */
    private static PySyntaxError lexicalError(StoppingTokenSource source, CommonTokenStream tokens, SourceText src) {
        PySyntaxError lexError = source.error;
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        SyntaxErrorStrategy strategy = new SyntaxErrorStrategy(src);
        parser.setErrorHandler(strategy);
        try {
            parser.file_input();
        } catch (PySyntaxError parseError) {
            Token at = strategy.offendingToken();
            if (at != null && at.getType() == PythonLexer.INDENT) {
                return parseError;
            }
            if (lexError.msg().endsWith("' was never closed") && at != null) {
                // CPython compares the bracket's line with that of the furthest token its parser read
                Token furthest = tokens.get(Math.min(strategy.furthestToken(), tokens.size() - 1));
                if (furthest.getType() != Token.EOF && furthest.getLine() <= lexError.lineno()) {
                    return parseError;
                }
            }
        } catch (StackOverflowError e) {
            return lexError;
        }
        return lexError;
    }

    /** The lexer's tokens up to its first error, which is kept; then end of file. */
    private static final class StoppingTokenSource implements TokenSource {
        private final PythonLexer lexer;
        PySyntaxError error;
        private Token eof;

        StoppingTokenSource(PythonLexer lexer) {
            this.lexer = lexer;
        }

        @Override
        public Token nextToken() {
            if (eof != null) {
                return eof;
            }
            try {
                return lexer.nextToken();
            } catch (PySyntaxError e) {
                error = e;
                CommonToken t = new CommonToken(Token.EOF, "<EOF>");
                t.setLine(lexer.getLine());
                t.setCharPositionInLine(lexer.getCharPositionInLine());
                t.setStartIndex(lexer.getInputStream().index());
                t.setStopIndex(lexer.getInputStream().index() - 1);
                eof = t;
                return eof;
            }
        }

        @Override public int getLine() { return lexer.getLine(); }
        @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
        @Override public CharStream getInputStream() { return lexer.getInputStream(); }
        @Override public String getSourceName() { return lexer.getSourceName(); }
        @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
        @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
    }

    private static PySyntaxError tooComplex(SourceText src) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, "too many nested parentheses", src.filename(),
                -1, 0, 0, 0, null);
    }

    /** Marker type for threads whose stack is deep enough for the parser and the builder. */
    private static final class ParserThread extends Thread {
        ParserThread(Runnable task) {
            super(null, task, "pyvm-parser-" + THREAD_IDS.incrementAndGet(), PARSER_STACK_BYTES);
        }
    }
}
