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
