// The RASP language of RASP Workbench (docs/language.md). The parse tree never leaves the syntax
// package: AstBuilder turns it into our own records at once.
grammar RaspGrammar;

program : stmt* EOF ;

stmt
    : SET NAME expr ';'                                   # setStmt
    | OUTPUT expr ';'                                     # outputStmt
    | DEF NAME '(' paramList? ')' block                   # defStmt
    | RETURN exprList? ';'                                # returnStmt
    | FOR targetList IN exprList block                    # forStmt
    | ifStatement                                         # ifStmt
    | targetList '=' exprList ';'                         # assignStmt
    | NAME augOp exprList ';'                             # augAssignStmt
    | exprList ';'                                        # exprStmt
    ;

ifStatement : IF expr block (ELSE (block | ifStatement))? ;

block : '{' stmt* '}' ;

augOp : '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=' ;

targetList : target (',' target)* ','? ;
target
    : NAME                                                # nameTarget
    | '(' targetList ')'                                  # parenTarget
    | '[' targetList ']'                                  # bracketTarget
    ;

paramList : param (',' param)* ','? ;
param : star='*'? NAME ('=' expr)? ;

exprList : expr (',' expr)* (trailingComma=',')? ;

expr
    : LAMBDA paramList? ':' expr                          # lambdaExpr
    | orTest (IF orTest ELSE expr)?                       # condExpr
    ;

orTest : andTest (OR andTest)* ;
andTest : notTest (AND notTest)* ;
notTest
    : NOT notTest                                         # notExpr
    | comparison                                          # plainNotTest
    ;
comparison : bitOr (compOp bitOr)* ;
bitOr : bitAnd ('|' bitAnd)* ;
bitAnd : arith ('&' arith)* ;
compOp : '<' | '>' | '==' | '>=' | '<=' | '!=' | IN | NOT IN ;
arith : term (addOp term)* ;
addOp : '+' | '-' ;
term : factor (mulOp factor)* ;
mulOp : '*' | '/' | '//' | '%' ;
factor
    : sign=('+' | '-' | '~') factor                       # signedFactor
    | power                                               # plainFactor
    ;
power : primary ('**' factor)? ;
primary : atom trailer* ;
trailer
    : '(' argList? ')'                                    # callTrailer
    | '[' subscript ']'                                   # indexTrailer
    | '.' NAME                                            # attributeTrailer
    ;
subscript
    : expr                                                # indexSubscript
    | lower=expr? ':' upper=expr? (':' step=expr?)?       # sliceSubscript
    ;

atom
    : NAME                                                # nameAtom
    | NUMBER                                              # numberAtom
    | STRING+                                             # stringAtom
    | (TRUE | FALSE | NONE)                               # constAtom
    | '(' ')'                                             # emptyTupleAtom
    | '(' expr compFor ')'                                # generatorAtom
    | '(' exprList ')'                                    # parenAtom
    | '[' ']'                                             # emptyListAtom
    | '[' expr compFor ']'                                # listCompAtom
    | '[' exprList ']'                                    # listAtom
    | '{' '}'                                             # emptyDictAtom
    | '{' key=expr ':' value=expr compFor '}'             # dictCompAtom
    | '{' dictItem (',' dictItem)* ','? '}'               # dictAtom
    | '{' expr compFor '}'                                # setCompAtom
    | '{' exprList '}'                                    # setAtom
    ;
dictItem : key=expr ':' value=expr ;

compFor : FOR targetList IN orTest compIter? ;
compIter : compFor | compIf ;
compIf : IF orTest compIter? ;

argList : argument (',' argument)* ','? ;
argument
    : NAME '=' expr                                       # keywordArgument
    | op=('<' | '>' | '==' | '>=' | '<=' | '!=')          # operatorArgument
    | '*' expr                                            # starArgument
    | expr compFor?                                       # positionalArgument
    ;

// Keywords
DEF : 'def' ;
RETURN : 'return' ;
FOR : 'for' ;
IN : 'in' ;
IF : 'if' ;
ELSE : 'else' ;
AND : 'and' ;
OR : 'or' ;
NOT : 'not' ;
LAMBDA : 'lambda' ;
TRUE : 'True' ;
FALSE : 'False' ;
NONE : 'None' ;
SET : 'set' ;
OUTPUT : 'output' ;

NAME : [A-Za-z_] [A-Za-z0-9_]* ;

NUMBER
    : DIGITS ('.' DIGITS?)? EXPONENT?
    | '.' DIGITS EXPONENT?
    ;
fragment DIGITS : [0-9]+ ;
fragment EXPONENT : [eE] [+-]? DIGITS ;

STRING
    : '"' (ESCAPE | ~["\\\r\n])* '"'
    | '\'' (ESCAPE | ~['\\\r\n])* '\''
    ;
// A string whose closing quote is missing on its line; reported as an error.
UNTERMINATED_STRING
    : '"' (ESCAPE | ~["\\\r\n])* '\\'?
    | '\'' (ESCAPE | ~['\\\r\n])* '\\'?
    ;
fragment ESCAPE : '\\' ~[\r\n] ;

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
POWER_ASSIGN : '**=' ;
FLOORDIV_ASSIGN : '//=' ;
ADD_ASSIGN : '+=' ;
SUB_ASSIGN : '-=' ;
MUL_ASSIGN : '*=' ;
DIV_ASSIGN : '/=' ;
MOD_ASSIGN : '%=' ;
EQ : '==' ;
NEQ : '!=' ;
LEQ : '<=' ;
GEQ : '>=' ;
LT : '<' ;
GT : '>' ;
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
TILDE : '~' ;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS : [ \t\r\n\f]+ -> channel(HIDDEN) ;

// Any other character becomes a token the parser reports, instead of a lexer error.
ERR_CHAR : . ;
