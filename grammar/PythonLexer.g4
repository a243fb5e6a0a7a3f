/*
 * Python 3.12 lexer for pyvm.
 *
 * One token per token of CPython 3.12's tokenizer (see docs/frontend.md for the vocabulary). The grammar describes
 * the shape of every token; PythonLexerBase (the superclass) adds what a context-free lexer cannot do: INDENT/DEDENT,
 * dropping NEWLINE inside brackets and on blank lines, the bracket stack (error messages, f-string replacement
 * fields), number validation with CPython's messages, identifier validation, and turning lexing failures into
 * CPython's SyntaxErrors.
 *
 * Modes: DEFAULT_MODE is ordinary code, also inside f-string replacement fields. Each f-string quote kind has a
 * literal-text mode (FSTRING_SQ ...) and a format-spec mode (FSPEC_SQ ...). Mode stack: FSTRING_START pushes the
 * literal mode; '{' there pushes DEFAULT_MODE; the matching '}' pops it (done in PythonLexerBase, which knows the
 * bracket depth); ':' at depth 0 of a field switches DEFAULT_MODE to the format-spec mode (also in the base class);
 * '{' in a format spec pushes DEFAULT_MODE, '}' there pops the field.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

@header { import org.pyvm.parse.PythonLexerBase; }

tokens { INDENT, DEDENT, FSTRING_START, FSTRING_MIDDLE, FSTRING_END }

// ---------------------------------------------------------------- keywords (before NAME: same length, first wins)
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// soft keywords: the parser's `name` rule accepts them as names
MATCH      : 'match';
CASE       : 'case';
TYPE       : 'type';
UNDERSCORE : '_';

// ---------------------------------------------------------------- strings (before NAME: rb'x' beats NAME rb)
// A whole non-f string literal. An unterminated one matches no rule; the base class reports it.
STRING
    : STRING_PREFIX? ( SHORT_SQ | SHORT_DQ | LONG_SQ | LONG_DQ )
    ;

FSTRING_START_SQ  : FSTRING_PREFIX '\''       -> type(FSTRING_START), pushMode(FSTRING_SQ);
FSTRING_START_DQ  : FSTRING_PREFIX '"'        -> type(FSTRING_START), pushMode(FSTRING_DQ);
FSTRING_START_TSQ : FSTRING_PREFIX '\'\'\''   -> type(FSTRING_START), pushMode(FSTRING_TSQ);
FSTRING_START_TDQ : FSTRING_PREFIX '"""'      -> type(FSTRING_START), pushMode(FSTRING_TDQ);

// ---------------------------------------------------------------- names and numbers
// Any non-ASCII character may be part of a name here, as in CPython's tokenizer; the base class then checks
// PEP 3131 (XID_Start XID_Continue*) and reports "invalid character" as CPython does.
NAME : ID_START ID_CONTINUE* ;

// Valid literals as the Language Reference defines them. The action re-scans the literal with CPython's algorithm,
// which fixes the end of the token and raises CPython's messages for malformed ones (1_, 0x, 0o8, 012, 1abc, ...).
NUMBER
    : ( DEC_INT | HEX_INT | OCT_INT | BIN_INT | FLOAT | IMAG ) { checkNumber(); }
    | [0-9] { checkNumber(); }
    ;

// ---------------------------------------------------------------- operators (longest match wins)
LPAR             : '(';
RPAR             : ')';
LSQB             : '[';
RSQB             : ']';
LBRACE           : '{';
RBRACE           : '}';
COLON            : ':';
COMMA            : ',';
SEMI             : ';';
PLUS             : '+';
MINUS            : '-';
STAR             : '*';
SLASH            : '/';
VBAR             : '|';
AMPER            : '&';
LESS             : '<';
GREATER          : '>';
EQUAL            : '=';
DOT              : '.';
PERCENT          : '%';
EQEQUAL          : '==';
NOTEQUAL         : '!=';
LESSEQUAL        : '<=';
GREATEREQUAL     : '>=';
TILDE            : '~';
CIRCUMFLEX       : '^';
LEFTSHIFT        : '<<';
RIGHTSHIFT       : '>>';
DOUBLESTAR       : '**';
PLUSEQUAL        : '+=';
MINEQUAL         : '-=';
STAREQUAL        : '*=';
SLASHEQUAL       : '/=';
PERCENTEQUAL     : '%=';
AMPEREQUAL       : '&=';
VBAREQUAL        : '|=';
CIRCUMFLEXEQUAL  : '^=';
LEFTSHIFTEQUAL   : '<<=';
RIGHTSHIFTEQUAL  : '>>=';
DOUBLESTAREQUAL  : '**=';
DOUBLESLASH      : '//';
DOUBLESLASHEQUAL : '//=';
AT               : '@';
ATEQUAL          : '@=';
RARROW           : '->';
ELLIPSIS         : '...';
COLONEQUAL       : ':=';
EXCLAMATION      : '!';

// ---------------------------------------------------------------- layout
// Every physical newline outside strings. The base class turns it into a logical NEWLINE (or drops it inside
// brackets and after blank or comment-only lines) and computes INDENT/DEDENT from the next line.
NEWLINE : '\r'? '\n' | '\r' ;

WS        : [ \t\f]+ -> skip;
COMMENT   : '#' ~[\r\n]* -> skip;
LINE_JOIN : '\\' ( '\r'? '\n' | '\r' ) -> skip;

// ---------------------------------------------------------------- fragments
fragment STRING_PREFIX  : [rRuUbB] | [bB] [rR] | [rR] [bB] ;
fragment FSTRING_PREFIX : [fF] | [fF] [rR] | [rR] [fF] ;

fragment SHORT_SQ : '\'' ( ~[\\\r\n'] | ESCAPE )* '\'' ;
fragment SHORT_DQ : '"' ( ~[\\\r\n"] | ESCAPE )* '"' ;
fragment LONG_SQ  : '\'\'\'' ( ESCAPE | ~'\\' )*? '\'\'\'' ;
fragment LONG_DQ  : '"""' ( ESCAPE | ~'\\' )*? '"""' ;
// A backslash and the character after it (also a line ending: the backslash continues the string).
fragment ESCAPE   : '\\' ( '\r\n' | . ) ;

fragment ID_START    : [a-zA-Z_\u0080-\u{10FFFF}] ;
fragment ID_CONTINUE : [a-zA-Z0-9_\u0080-\u{10FFFF}] ;

fragment DIGIT     : [0-9] ;
fragment DIGITPART : DIGIT ( '_'? DIGIT )* ;
fragment DEC_INT   : [1-9] ( '_'? DIGIT )* | '0'+ ( '_'? '0' )* ;
fragment HEX_INT   : '0' [xX] ( '_'? [0-9a-fA-F] )+ ;
fragment OCT_INT   : '0' [oO] ( '_'? [0-7] )+ ;
fragment BIN_INT   : '0' [bB] ( '_'? [01] )+ ;
fragment POINT_FLOAT    : DIGITPART? '.' DIGITPART | DIGITPART '.' ;
fragment EXPONENT_FLOAT : ( DIGITPART | POINT_FLOAT ) [eE] [+-]? DIGITPART ;
fragment FLOAT     : POINT_FLOAT | EXPONENT_FLOAT ;
fragment IMAG      : ( FLOAT | DIGITPART ) [jJ] ;

// ================================================================ f-string literal text, one mode per quote kind
// FSTRING_MIDDLE is the text as written: '{{' and '}}' stay doubled, escapes stay escaped. A backslash right before
// a brace stays in the text and the brace starts a field (or is an escaped brace); \N{...} is one escape unless the
// f-string is raw. A single '}' is lexed as RBRACE and reported by the base class.

mode FSTRING_SQ;
FSQ_END    : '\'' -> type(FSTRING_END), popMode;
FSQ_MIDDLE : ( ~[{}'\\\r\n] | FBRACES | FESC )+ -> type(FSTRING_MIDDLE);
FSQ_LBRACE : '{' -> type(LBRACE), pushMode(DEFAULT_MODE);
FSQ_RBRACE : '}' -> type(RBRACE);

mode FSTRING_DQ;
FDQ_END    : '"' -> type(FSTRING_END), popMode;
FDQ_MIDDLE : ( ~[{}"\\\r\n] | FBRACES | FESC )+ -> type(FSTRING_MIDDLE);
FDQ_LBRACE : '{' -> type(LBRACE), pushMode(DEFAULT_MODE);
FDQ_RBRACE : '}' -> type(RBRACE);

mode FSTRING_TSQ;
FTSQ_END    : '\'\'\'' -> type(FSTRING_END), popMode;
FTSQ_MIDDLE : ( ~[{}'\\] | '\'' { notTripleQuoteAhead('\'') }? | FBRACES | FESC )+ -> type(FSTRING_MIDDLE);
FTSQ_LBRACE : '{' -> type(LBRACE), pushMode(DEFAULT_MODE);
FTSQ_RBRACE : '}' -> type(RBRACE);

mode FSTRING_TDQ;
FTDQ_END    : '"""' -> type(FSTRING_END), popMode;
FTDQ_MIDDLE : ( ~[{}"\\] | '"' { notTripleQuoteAhead('"') }? | FBRACES | FESC )+ -> type(FSTRING_MIDDLE);
FTDQ_LBRACE : '{' -> type(LBRACE), pushMode(DEFAULT_MODE);
FTDQ_RBRACE : '}' -> type(RBRACE);

fragment FBRACES : '{{' | '}}' ;
fragment FESC
    : '\\' ~[{}]                              // an escape, or a backslash kept as is in a raw f-string
    | '\\' { braceAhead() }?                  // a backslash before a brace: the brace is not escaped
    | '\\N{' { !fstringRaw() }? ~[}\r\n]* '}' // named Unicode escape
    ;

// ================================================================ format specs (after ':' in a field)
// Literal text up to '{' (nested field) or '}' (end of the field); '{{' is not an escape here. In a single-quoted
// f-string a newline ends the spec and the field continues as code, as in CPython.

mode FSPEC_SQ;
FSSQ_END    : '\'' -> type(FSTRING_END), popMode;
FSSQ_MIDDLE : ( ~[{}'\\\r\n] | SESC )+ -> type(FSTRING_MIDDLE);
FSSQ_NL     : ( '\r'? '\n' | '\r' ) -> type(NEWLINE), mode(DEFAULT_MODE);
FSSQ_LBRACE : '{' -> type(LBRACE), pushMode(DEFAULT_MODE);
FSSQ_RBRACE : '}' -> type(RBRACE);

mode FSPEC_DQ;
FSDQ_END    : '"' -> type(FSTRING_END), popMode;
FSDQ_MIDDLE : ( ~[{}"\\\r\n] | SESC )+ -> type(FSTRING_MIDDLE);
FSDQ_NL     : ( '\r'? '\n' | '\r' ) -> type(NEWLINE), mode(DEFAULT_MODE);
FSDQ_LBRACE : '{' -> type(LBRACE), pushMode(DEFAULT_MODE);
FSDQ_RBRACE : '}' -> type(RBRACE);

mode FSPEC_TSQ;
FSTSQ_END    : '\'\'\'' -> type(FSTRING_END), popMode;
FSTSQ_MIDDLE : ( ~[{}'\\] | '\'' { notTripleQuoteAhead('\'') }? | SESC )+ -> type(FSTRING_MIDDLE);
FSTSQ_LBRACE : '{' -> type(LBRACE), pushMode(DEFAULT_MODE);
FSTSQ_RBRACE : '}' -> type(RBRACE);

mode FSPEC_TDQ;
FSTDQ_END    : '"""' -> type(FSTRING_END), popMode;
FSTDQ_MIDDLE : ( ~[{}"\\] | '"' { notTripleQuoteAhead('"') }? | SESC )+ -> type(FSTRING_MIDDLE);
FSTDQ_LBRACE : '{' -> type(LBRACE), pushMode(DEFAULT_MODE);
FSTDQ_RBRACE : '}' -> type(RBRACE);

fragment SESC
    : '\\' ~[{}]
    | '\\' { braceAhead() }?
    | '\\N{' { !fstringRaw() }? ~[}\r\n]* '}' // named Unicode escape, as in literal text
    ;
