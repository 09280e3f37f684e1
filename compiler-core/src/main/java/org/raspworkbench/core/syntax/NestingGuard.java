package org.raspworkbench.core.syntax;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;

/**
 * Refuses text nested deeper than the parser should recurse, before parsing it: brackets more than
 * {@value #MAX} deep, or more than {@value #MAX} right-nesting operators ({@code **}, {@code else},
 * {@code lambda}, prefix signs and {@code not}) in one statement. ANTLR's prediction on such text
 * takes seconds and its recursion could exhaust the stack.
 */
final class NestingGuard {
    static final int MAX = ExprBuilder.MAX_NESTING;

    private NestingGuard() {
    }

    static Diagnostic check(List<Token> tokens, SourceText text) {
        int depth = 0;
        int chain = 0;
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            switch (t.getType()) {
                case RaspGrammarLexer.LPAREN: case RaspGrammarLexer.LBRACK: case RaspGrammarLexer.LBRACE:
                    if (++depth > MAX) return tooDeep(t, text, "brackets are nested more than " + MAX + " deep");
                    break;
                case RaspGrammarLexer.RPAREN: case RaspGrammarLexer.RBRACK: case RaspGrammarLexer.RBRACE:
                    depth = Math.max(0, depth - 1);
                    break;
                case RaspGrammarLexer.SEMI:
                    chain = 0;
                    break;
                case RaspGrammarLexer.POWER: case RaspGrammarLexer.ELSE: case RaspGrammarLexer.LAMBDA:
                case RaspGrammarLexer.NOT: case RaspGrammarLexer.MINUS: case RaspGrammarLexer.PLUS:
                case RaspGrammarLexer.TILDE:
                    if (++chain > MAX * 20) {
                        return tooDeep(t, text, "this statement nests more than " + MAX * 20 + " operators");
                    }
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    private static Diagnostic tooDeep(Token t, SourceText text, String message) {
        int start = text.charOffset(t.getStartIndex());
        return Diagnostic.error(ErrorKind.LIMIT, message, text.range(start, text.charOffset(t.getStopIndex() + 1)));
    }
}
