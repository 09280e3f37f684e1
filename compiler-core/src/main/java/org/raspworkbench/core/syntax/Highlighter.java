package org.raspworkbench.core.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** Colours program text from the language's own lexer, so the editor and the parser never disagree. */
public final class Highlighter {
    private Highlighter() {
    }

    /** Every token of the text except whitespace, in order; offsets are Java char offsets. */
    public static List<HighlightToken> tokens(String text) {
        SourceText source = new SourceText(text);
        RaspGrammarLexer lexer = new RaspGrammarLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<HighlightToken> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() == RaspGrammarLexer.WS) continue;
            int start = source.charOffset(t.getStartIndex());
            int end = source.charOffset(t.getStopIndex() + 1);
            if (end > start) out.add(new HighlightToken(start, end, category(t)));
        }
        return out;
    }

    /** The same for a {@code .py} file, from the Python grammar's lexer. */
    public static List<HighlightToken> pythonTokens(String text) {
        SourceText source = new SourceText(text);
        PythonGrammarLexer lexer = PythonParser.lexer(text);
        List<HighlightToken> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            int type = t.getType();
            if (type == PythonGrammarLexer.WS || type == PythonGrammarLexer.NEWLINE
                    || type == PythonGrammarLexer.LINE_JOIN) {
                continue;
            }
            int start = source.charOffset(t.getStartIndex());
            int end = source.charOffset(t.getStopIndex() + 1);
            if (end > start) out.add(new HighlightToken(start, end, pythonCategory(t)));
        }
        return out;
    }

    private static TokenCategory pythonCategory(Token t) {
        int type = t.getType();
        if (type >= PythonGrammarLexer.FALSE && type <= PythonGrammarLexer.WHILE) return TokenCategory.KEYWORD;
        switch (type) {
            case PythonGrammarLexer.NAME:
                return PYTHON_BUILTINS.contains(t.getText()) ? TokenCategory.BUILTIN : TokenCategory.IDENTIFIER;
            case PythonGrammarLexer.NUMBER: return TokenCategory.NUMBER;
            case PythonGrammarLexer.STRING: return TokenCategory.STRING;
            case PythonGrammarLexer.COMMENT: return TokenCategory.COMMENT;
            case PythonGrammarLexer.UNTERMINATED_STRING:
            case PythonGrammarLexer.ERR_CHAR:
            case PythonGrammarLexer.UNSUPPORTED_KEYWORD:
                return TokenCategory.ERROR;
            case PythonGrammarLexer.LPAREN: case PythonGrammarLexer.RPAREN: case PythonGrammarLexer.LBRACK:
            case PythonGrammarLexer.RBRACK: case PythonGrammarLexer.LBRACE: case PythonGrammarLexer.RBRACE:
            case PythonGrammarLexer.COMMA: case PythonGrammarLexer.COLON: case PythonGrammarLexer.SEMI:
            case PythonGrammarLexer.DOT: case PythonGrammarLexer.ARROW:
                return TokenCategory.PUNCTUATION;
            default:
                return TokenCategory.OPERATOR;
        }
    }

    /** Python's built-in functions of the subset, and the names of Tracr's API that programs use most. */
    private static final java.util.Set<String> PYTHON_BUILTINS = java.util.Set.of("len", "range", "abs", "min",
            "max", "round", "int", "float", "str", "bool", "sum", "any", "all", "sorted", "list", "zip", "enumerate",
            "tuple", "reversed", "isinstance", "print", "map", "filter", "set", "dict", "repr", "ord", "chr", "pow",
            "divmod", "ValueError",
            "TypeError", "NotImplementedError", "AssertionError", "Exception", "rasp", "lib", "compiling", "math");

    private static TokenCategory category(Token t) {
        int type = t.getType();
        if (TokenNames.isKeyword(type)) return TokenCategory.KEYWORD;
        switch (type) {
            case RaspGrammarLexer.NAME:
                return BuiltinNames.isBuiltin(t.getText()) ? TokenCategory.BUILTIN : TokenCategory.IDENTIFIER;
            case RaspGrammarLexer.NUMBER: return TokenCategory.NUMBER;
            case RaspGrammarLexer.STRING: return TokenCategory.STRING;
            case RaspGrammarLexer.COMMENT: return TokenCategory.COMMENT;
            case RaspGrammarLexer.UNTERMINATED_STRING:
            case RaspGrammarLexer.ERR_CHAR:
                return TokenCategory.ERROR;
            case RaspGrammarLexer.LPAREN: case RaspGrammarLexer.RPAREN: case RaspGrammarLexer.LBRACK:
            case RaspGrammarLexer.RBRACK: case RaspGrammarLexer.LBRACE: case RaspGrammarLexer.RBRACE:
            case RaspGrammarLexer.COMMA: case RaspGrammarLexer.COLON: case RaspGrammarLexer.SEMI:
            case RaspGrammarLexer.DOT:
                return TokenCategory.PUNCTUATION;
            default:
                return TokenCategory.OPERATOR;
        }
    }
}
