/*
 * Python 3.12 parser grammar for pyvm, written from the Python Language Reference (10. Full Grammar specification).
 *
 * The reference grammar is a PEG; this is an LL(*) grammar that accepts the same language and is written so that
 * ANTLR's SLL prediction almost never needs full LL:
 *   - every choice between alternatives that start with the same expression is factored ("first element, then what
 *     follows decides"), so prediction looks one or two tokens ahead instead of scanning a whole expression;
 *   - binary operator levels are loops (`a (op a)*`), not left recursion;
 *   - assignment targets, parameters and call arguments are parsed permissively (as expressions, as flat lists) and
 *     checked by AstBuilder, which raises CPython's SyntaxErrors ("cannot assign to literal", "parameter without a
 *     default follows parameter with a default", "positional argument follows keyword argument", ...).
 * Soft keywords (match, case, type, _) are their own tokens; the `name` rule accepts them wherever a name is allowed.
 * Rule names follow the reference grammar where the rule means the same thing.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

// ---------------------------------------------------------------------------------------------------- start rules

file_input      : (NEWLINE | stmt)* EOF ;
eval_input      : star_expressions NEWLINE* EOF ;
interactive     : (NEWLINE | stmt) ;

// ---------------------------------------------------------------------------------------------------- statements

stmt            : compound_stmt
                | simple_stmts
                ;

simple_stmts    : simple_stmt (';' simple_stmt)* ';'? NEWLINE ;

simple_stmt     : expr_stmt
                | return_stmt
                | import_stmt
                | raise_stmt
                | pass_stmt
                | del_stmt
                | assert_stmt
                | break_stmt
                | continue_stmt
                | global_stmt
                | nonlocal_stmt
                | type_alias
                ;

// Expression statement, assignment (chained), annotated assignment, augmented assignment.
// The targets are parsed as expressions and converted (with checks) by the builder.
expr_stmt       : first=assigned_value
                  ( ':' annotation=expression ('=' annvalue=assigned_value)?
                  | augassign augvalue=assigned_value
                  | ('=' assigned_value)*
                  )
                ;

assigned_value  : yield_expr
                | star_expressions
                ;

augassign       : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//=' ;

return_stmt     : 'return' star_expressions? ;
raise_stmt      : 'raise' (exc=expression ('from' cause=expression)?)? ;
pass_stmt       : 'pass' ;
break_stmt      : 'break' ;
continue_stmt   : 'continue' ;
global_stmt     : 'global' name (',' name)* ;
nonlocal_stmt   : 'nonlocal' name (',' name)* ;
del_stmt        : 'del' targets ;
assert_stmt     : 'assert' test=expression (',' msg=expression)? ;
type_alias      : 'type' name type_params? '=' expression ;

import_stmt     : 'import' dotted_as_name (',' dotted_as_name)*                               # importName
                | 'from' import_dots* dotted_name 'import' import_targets                     # importFrom
                | 'from' import_dots+ 'import' import_targets                                 # importFrom
                ;
import_dots     : '.' | '...' ;
import_targets  : '(' import_as_name (',' import_as_name)* ','? ')'
                | import_as_name (',' import_as_name)* trailing=','?
                | '*'
                ;
import_as_name  : name ('as' name)? ;
dotted_as_name  : dotted_name ('as' name)? ;
dotted_name     : name ('.' name)* ;

compound_stmt   : function_def
                | if_stmt
                | class_def
                | with_stmt
                | for_stmt
                | try_stmt
                | while_stmt
                | match_stmt
                | decorated
                | async_stmt
                ;

async_stmt      : 'async' (function_def | with_stmt | for_stmt) ;

block           : NEWLINE INDENT stmt+ DEDENT
                | simple_stmts
                ;

decorated       : decorator+ (class_def | async_='async'? function_def) ;
decorator       : '@' named_expression NEWLINE ;

class_def       : 'class' name type_params? ('(' arguments? ')')? ':' block ;

function_def    : 'def' name type_params? '(' parameters? ')' ('->' ret=expression)? ':' block ;

// Parameters as a flat list: the builder checks the order rules and reports CPython's errors.
parameters      : param_item (',' param_item)* ','? ;
param_item      : '/'                                                                         # paramSlash
                | '*' (name (':' star_annotation=star_expression)? ('=' default_=expression)?)? # paramStar
                | '**' name (':' annotation=expression)? ('=' default_=expression)?          # paramDoubleStar
                | name (':' annotation=expression)? ('=' default_=expression)?                # paramPlain
                ;

type_params     : '[' type_param (',' type_param)* ','? ']' ;
type_param      : name (':' bound=expression)?                                                # typeVar
                | '*' name (':' bound=expression)?                                            # typeVarTuple
                | '**' name (':' bound=expression)?                                           # paramSpec
                ;

if_stmt         : 'if' named_expression ':' block elif_clause* else_block? ;
elif_clause     : 'elif' named_expression ':' block ;
else_block      : 'else' ':' block ;

while_stmt      : 'while' named_expression ':' block else_block? ;

for_stmt        : 'for' targets 'in' star_expressions ':' block else_block? ;

with_stmt       : 'with' '(' with_item (',' with_item)* ','? ')' ':' block
                | 'with' with_item (',' with_item)* ':' block
                ;
with_item       : expression ('as' target)? ;

try_stmt        : 'try' ':' block
                  ( finally_block
                  | except_clause+ else_block? finally_block?
                  )
                ;
except_clause   : 'except' star='*'? (expression ('as' name)?)? ':' block ;
finally_block   : 'finally' ':' block ;

// ---------------------------------------------------------------------------------------------------- match

match_stmt      : 'match' subject ':' NEWLINE INDENT case_block+ DEDENT ;
subject         : star_named_expression (comma=',' (star_named_expression (',' star_named_expression)* ','?)?)? ;
case_block      : 'case' patterns ('if' guard=named_expression)? ':' block ;

// A top-level sequence without brackets: `case a, *b:`.
patterns        : maybe_star_pattern (comma=',' (maybe_star_pattern (',' maybe_star_pattern)* ','?)?)? ;
maybe_star_pattern
                : '*' name                                                                    # starPattern
                | pattern                                                                     # plainPattern
                ;
pattern         : or_pattern ('as' name)? ;
or_pattern      : closed_pattern ('|' closed_pattern)* ;
closed_pattern  : literal_pattern                                                             # literalPat
                | name_or_attr ('(' pattern_args? ')')?                                       # namePat
                | '(' (maybe_star_pattern (comma=',' maybe_star_pattern)* trailing=','?)? ')' # parenPat
                | '[' (maybe_star_pattern (',' maybe_star_pattern)* ','?)? ']'               # listPat
                | LBRACE (mapping_item (',' mapping_item)* ','?)? RBRACE                           # mappingPat
                ;
literal_pattern : signed_number (('+' | '-') NUMBER)?
                | strings
                | 'None'
                | 'True'
                | 'False'
                ;
signed_number   : '-'? NUMBER ;
name_or_attr    : name ('.' name)* ;
pattern_args    : pattern_arg (',' pattern_arg)* ','? ;
pattern_arg     : name '=' pattern                                                            # keywordPatternArg
                | pattern                                                                     # positionalPatternArg
                ;
mapping_item    : '**' name                                                                   # mappingRest
                | (literal_pattern | name_or_attr) ':' pattern                               # mappingEntry
                ;

// ---------------------------------------------------------------------------------------------------- expressions

// Assignment, `for` and `del` targets, and `with ... as` targets: no comparisons, so `for x in y` stops at `in`.
targets         : target (',' target)* trailing=','? ;
target          : '*'? bitwise_or ;

star_expressions: star_expression (',' star_expression)* trailing=','? ;
star_expression : '*' bitwise_or
                | expression
                ;
star_named_expression
                : '*' bitwise_or
                | named_expression
                ;
// The target of ':=' is parsed as an expression: the builder requires a name ("cannot use assignment expressions
// with attribute"). Also keeps prediction LL(1).
named_expression: lhs=expression (':=' value=expression)? ;

expression      : lambdef
                | disjunction ('if' disjunction 'else' expression)?
                ;

yield_expr      : 'yield' ('from' expression | star_expressions)? ;

lambdef         : 'lambda' lambda_params? ':' expression ;
lambda_params   : lambda_param (',' lambda_param)* ','? ;
lambda_param    : '/'                                                                         # lambdaSlash
                | '*' (name ('=' expression)?)?                                              # lambdaStar
                | '**' name ('=' expression)?                                                 # lambdaDoubleStar
                | name ('=' expression)?                                                      # lambdaPlain
                ;

// The operators, as two left-recursive rules that ANTLR turns into precedence climbing: an operand costs one rule
// invocation instead of one per precedence level. Earlier alternatives bind tighter. `bitwise_or` is also what
// targets are made of (no comparisons, so `for x in y` stops at `in`).
disjunction     : bitwise_or                                                                 # operandExpr
                | left=disjunction comp_op right=bitwise_or                                  # compareExpr
                | 'not' operand=disjunction                                                  # notExpr
                | left=disjunction 'and' right=disjunction                                   # andExpr
                | left=disjunction 'or' right=disjunction                                    # orExpr
                ;
bitwise_or      : 'await' primary                                                            # awaitExpr
                | primary                                                                    # primaryExpr
                | <assoc=right> left=bitwise_or '**' right=bitwise_or                        # powerExpr
                | op=('+' | '-' | '~') operand=bitwise_or                                    # unaryExpr
                | left=bitwise_or op=('*' | '/' | '//' | '%' | '@') right=bitwise_or         # binaryExpr
                | left=bitwise_or op=('+' | '-') right=bitwise_or                            # binaryExpr
                | left=bitwise_or op=('<<' | '>>') right=bitwise_or                          # binaryExpr
                | left=bitwise_or op='&' right=bitwise_or                                    # binaryExpr
                | left=bitwise_or op='^' right=bitwise_or                                    # binaryExpr
                | left=bitwise_or op='|' right=bitwise_or                                    # binaryExpr
                ;
comp_op         : '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in' | 'is' | 'is' 'not' ;
primary         : atom trailer* ;
trailer         : '.' name                                                                    # attributeTrailer
                | '(' arguments? ')'                                                          # callTrailer
                | '[' slices ']'                                                              # subscriptTrailer
                ;

slices          : slice (',' slice)* trailing=','? ;
slice           : lower=named_expression (':' upper=expression? (':' step=expression?)?)?
                | ':' upper=expression? (':' step=expression?)?
                | '*' bitwise_or
                ;

atom            : name                                                                        # nameAtom
                | 'True'                                                                      # trueAtom
                | 'False'                                                                     # falseAtom
                | 'None'                                                                      # noneAtom
                | NUMBER                                                                      # numberAtom
                | strings                                                                     # stringAtom
                | '...'                                                                       # ellipsisAtom
                | '(' ( yield_expr
                      | star_named_expression
                        ( comp_for
                        | (comma=',' star_named_expression)* trailing=','?
                        )
                      )? ')'                                                                  # parenAtom
                | '[' ( star_named_expression
                        ( comp_for
                        | (',' star_named_expression)* ','?
                        )
                      )? ']'                                                                  # listAtom
                | LBRACE dict_or_set? RBRACE                                                        # braceAtom
                ;

// The first element decides: `k: v` or `**m` makes a dict, anything else a set. Factored so that prediction never
// has to scan a whole first element: the builder tells a dict from a set by the ':' after it.
dict_or_set     : '**' bitwise_or (',' dict_item)* ','?                                       # dictUnpackFirst
                | first=star_named_expression
                  ( colon=':' value=expression ( comp_for | (',' dict_item)* ','? )
                  | comp_for
                  | (',' star_named_expression)* ','?
                  )                                                                           # dictOrSetMaker
                ;
dict_item       : '**' bitwise_or
                | expression ':' expression
                ;

comp_for        : comp_clause+ ;
comp_clause     : 'async'? 'for' targets 'in' disjunction ('if' disjunction)* ;

// Keyword arguments are parsed as `expression '=' value`: the builder requires a plain name before '=' and reports
// CPython's errors otherwise ("expression cannot contain assignment", "cannot assign to True"). LL(1) throughout.
arguments       : argument (',' argument)* trailing=','? ;
argument        : '**' expression ('=' value=expression)?                                     # doubleStarArg
                | '*' expression ('=' value=expression)?                                      # starArg
                | named_expression (comp_for | eq='=' value=expression comp_for?)?            # positionalArg
                ;

strings         : (STRING | fstring)+ ;
fstring         : FSTRING_START fstring_middle* FSTRING_END ;
fstring_middle  : fstring_replacement_field
                | FSTRING_MIDDLE
                ;
fstring_replacement_field
                : LBRACE (yield_expr | star_expressions) debug='='? fstring_conversion? fstring_format_spec? RBRACE ;
fstring_conversion
                : '!' name ;
fstring_format_spec
                : ':' fstring_middle* ;

name            : NAME | 'match' | 'case' | 'type' | '_' ;
