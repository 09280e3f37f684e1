// The subset of Python in which Tracr programs are written (docs/language.md, "Tracr Python").
// Indentation becomes INDENT / DEDENT tokens in PythonTokens; the parse tree never leaves the
// syntax package: PythonAstBuilder turns it into the same records as the .rasp grammar's.
grammar PythonGrammar;

tokens { INDENT, DEDENT }

file : (NEWLINE | stmt)* EOF ;

// An f-string's {expression}, parsed on its own.
fieldInput : expr NEWLINE* EOF ;

stmt : simpleStmts | compoundStmt ;

simpleStmts : smallStmt (';' smallStmt)* ';'? NEWLINE ;

smallStmt
    : RETURN exprList?                                        # returnStmt
    | PASS                                                    # passStmt
    | BREAK                                                   # breakStmt
    | CONTINUE                                                # continueStmt
    | RAISE expr? (FROM expr)?                                # raiseStmt
    | ASSERT expr (',' expr)?                                 # assertStmt
    | IMPORT dottedAsName (',' dottedAsName)*                 # importStmt
    | FROM dottedName IMPORT ('(' importAsNames ')' | importAsNames | star='*')   # fromImportStmt
    | lhs=exprList ':' annotation=expr ('=' value=exprList)?                   # annAssignStmt
    | exprList ('=' exprList)+                                # assignStmt
    | exprList augOp exprList                                 # augAssignStmt
    | exprList                                                # exprStmt
    ;

dottedName : NAME ('.' NAME)* ;
dottedAsName : dottedName (AS NAME)? ;
importAsName : NAME (AS NAME)? ;
importAsNames : importAsName (',' importAsName)* ','? ;

augOp : '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=' | '&=' | '|=' ;

compoundStmt
    : IF expr ':' suite elifClause* elseClause?               # ifStmt
    | WHILE expr ':' suite elseClause?                        # whileStmt
    | FOR targetList IN exprList ':' suite elseClause?        # forStmt
    | DEF NAME '(' paramList? ')' ('->' expr)? ':' suite      # defStmt
    ;

elifClause : ELIF expr ':' suite ;
elseClause : ELSE ':' suite ;

suite
    : simpleStmts                                             # inlineSuite
    | NEWLINE INDENT stmt+ DEDENT                             # blockSuite
    ;

paramList : param (',' param)* ','? ;
param
    : NAME (':' annotation=expr)? ('=' value=expr)?           # plainParam
    | '*' NAME (':' annotation=expr)?                         # starParam
    | '*'                                                     # keywordOnlyMarker
    | '/'                                                     # positionalOnlyMarker
    | '**' NAME (':' annotation=expr)?                        # kwargsParam
    ;

lambdaParamList : lambdaParam (',' lambdaParam)* ','? ;
lambdaParam
    : NAME ('=' expr)?                                        # plainLambdaParam
    | '*' NAME                                                # starLambdaParam
    | '*'                                                     # keywordOnlyLambdaMarker
    | '/'                                                     # positionalOnlyLambdaMarker
    | '**' NAME                                               # kwargsLambdaParam
    ;

targetList : target (',' target)* ','? ;
target
    : NAME                                                    # nameTarget
    | '*' NAME                                                # starTarget
    | '(' targetList ')'                                      # parenTarget
    | '[' targetList ']'                                      # bracketTarget
    ;

exprList : listItem (',' listItem)* (trailingComma=',')? ;
listItem
    : '*' bitOr                                               # starItem
    | expr                                                    # plainItem
    ;

expr
    : LAMBDA lambdaParamList? ':' expr                        # lambdaExpr
    | orTest (IF orTest ELSE expr)?                           # condExpr
    ;

orTest : andTest (OR andTest)* ;
andTest : notTest (AND notTest)* ;
notTest
    : NOT notTest                                             # notExpr
    | comparison                                              # plainNotTest
    ;
comparison : bitOr (compOp bitOr)* ;
compOp : '<' | '>' | '==' | '>=' | '<=' | '!=' | IN | NOT IN | IS | IS NOT ;
bitOr : bitXor ('|' bitXor)* ;
bitXor : bitAnd ('^' bitAnd)* ;
bitAnd : shift ('&' shift)* ;
shift : arith (shiftOp arith)* ;
shiftOp : '<<' | '>>' ;
arith : term (addOp term)* ;
addOp : '+' | '-' ;
term : factor (mulOp factor)* ;
mulOp : '*' | '/' | '//' | '%' | '@' ;
factor
    : sign=('+' | '-' | '~') factor                           # signedFactor
    | power                                                   # plainFactor
    ;
power : primary ('**' factor)? ;
primary : atom trailer* ;
trailer
    : '(' argList? ')'                                        # callTrailer
    | '[' subscript ']'                                       # indexTrailer
    | '.' NAME                                                # attributeTrailer
    ;
subscript
    : exprList                                                # indexSubscript
    | lower=expr? ':' upper=expr? (':' step=expr?)?           # sliceSubscript
    ;

atom
    : NAME                                                    # nameAtom
    | NUMBER                                                  # numberAtom
    | STRING+                                                 # stringAtom
    | (TRUE | FALSE | NONE)                                   # constAtom
    | '...'                                                   # ellipsisAtom
    | '(' ')'                                                 # emptyTupleAtom
    | '(' expr compFor ')'                                    # generatorAtom
    | '(' exprList ')'                                        # parenAtom
    | '[' ']'                                                 # emptyListAtom
    | '[' expr compFor ']'                                    # listCompAtom
    | '[' exprList ']'                                        # listAtom
    | '{' '}'                                                 # emptyDictAtom
    | '{' key=expr ':' value=expr compFor '}'                 # dictCompAtom
    | '{' dictItem (',' dictItem)* ','? '}'                   # dictAtom
    | '{' expr compFor '}'                                    # setCompAtom
    | '{' exprList '}'                                        # setAtom
    ;
dictItem
    : key=expr ':' value=expr                                 # keyValueItem
    | '**' bitOr                                              # unpackItem
    ;

compFor : FOR targetList IN orTest compIter? ;
compIter : compFor | compIf ;
compIf : IF orTest compIter? ;

argList : argument (',' argument)* ','? ;
argument
    : NAME '=' expr                                           # keywordArgument
    | '**' expr                                               # kwargsArgument
    | '*' expr                                                # starArgument
    | expr compFor?                                           # positionalArgument
    ;

// Keywords
FALSE : 'False' ;
NONE : 'None' ;
TRUE : 'True' ;
AND : 'and' ;
AS : 'as' ;
ASSERT : 'assert' ;
BREAK : 'break' ;
CONTINUE : 'continue' ;
DEF : 'def' ;
ELIF : 'elif' ;
ELSE : 'else' ;
FOR : 'for' ;
FROM : 'from' ;
IF : 'if' ;
IMPORT : 'import' ;
IN : 'in' ;
IS : 'is' ;
LAMBDA : 'lambda' ;
NOT : 'not' ;
OR : 'or' ;
PASS : 'pass' ;
RAISE : 'raise' ;
RETURN : 'return' ;
WHILE : 'while' ;
// Python keywords outside the subset: PythonParser refuses them at their text before parsing.
UNSUPPORTED_KEYWORD
    : 'class' | 'with' | 'try' | 'except' | 'finally' | 'global' | 'nonlocal' | 'del' | 'yield'
    | 'async' | 'await'
    ;

STRING : STRING_PREFIX? (LONG_STRING | SHORT_STRING) ;
// A string whose closing quote is missing on its line; reported as an error.
UNTERMINATED_STRING
    : STRING_PREFIX? '"' (ESCAPE | ~["\\\r\n])* '\\'?
    | STRING_PREFIX? '\'' (ESCAPE | ~['\\\r\n])* '\\'?
    ;
fragment STRING_PREFIX : [rRbBuUfF] | [fF] [rR] | [rR] [fF] | [bB] [rR] | [rR] [bB] ;
fragment SHORT_STRING
    : '"' (ESCAPE | ~["\\\r\n])* '"'
    | '\'' (ESCAPE | ~['\\\r\n])* '\''
    ;
fragment LONG_STRING
    : '"""' (ESCAPE | ~'\\')*? '"""'
    | '\'\'\'' (ESCAPE | ~'\\')*? '\'\'\''
    ;
fragment ESCAPE : '\\' . ;

NAME : [A-Za-z_] [A-Za-z0-9_]* ;

NUMBER
    : DIGITS ('.' DIGITS?)? EXPONENT?
    | '.' DIGITS EXPONENT?
    ;
fragment DIGITS : [0-9] ('_'? [0-9])* ;
fragment EXPONENT : [eE] [+-]? DIGITS ;

// A line break with the indentation of the next line; PythonTokens turns these into NEWLINE,
// INDENT and DEDENT, and drops those inside brackets.
NEWLINE : ('\r'? '\n' | '\r' | '\f') [ \t\f]* ;

ELLIPSIS : '...' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;
LBRACE : '{' ;
RBRACE : '}' ;
COMMA : ',' ;
COLON : ':' ;
SEMI : ';' ;
DOT : '.' ;
ARROW : '->' ;
POWER_ASSIGN : '**=' ;
FLOORDIV_ASSIGN : '//=' ;
ADD_ASSIGN : '+=' ;
SUB_ASSIGN : '-=' ;
MUL_ASSIGN : '*=' ;
DIV_ASSIGN : '/=' ;
MOD_ASSIGN : '%=' ;
AND_ASSIGN : '&=' ;
OR_ASSIGN : '|=' ;
EQ : '==' ;
NEQ : '!=' ;
LEQ : '<=' ;
GEQ : '>=' ;
LSHIFT : '<<' ;
RSHIFT : '>>' ;
LT : '<' ;
GT : '>' ;
WALRUS : ':=' ;
ASSIGN : '=' ;
POWER : '**' ;
FLOORDIV : '//' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
AMPERSAND : '&' ;
PIPE : '|' ;
CARET : '^' ;
TILDE : '~' ;
AT : '@' ;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
LINE_JOIN : '\\' ('\r'? '\n' | '\r') -> channel(HIDDEN) ;
WS : [ \t]+ -> channel(HIDDEN) ;

// Any other character becomes a token the parser reports, instead of a lexer error.
ERR_CHAR : . ;
