package org.raspworkbench.core.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.RaspGrammarParser.BlockContext;
import org.raspworkbench.core.syntax.RaspGrammarParser.StmtContext;

/**
 * ANTLR's recovery (single-token insertion and deletion, resynchronisation) with the reports
 * rewritten in the user's terms. A missing token is anchored, as an empty range, at the end of the
 * token before it: that is where the user has to type.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private final SourceText text;
    private final List<Diagnostic> errors = new ArrayList<>();

    SyntaxErrorStrategy(SourceText text) {
        this.text = text;
    }

    List<Diagnostic> errors() {
        return errors;
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        Token token = e.getOffendingToken();
        if (explainedSpecially(recognizer, token)) return;
        String closer = unclosedBracket(recognizer, e.getStartToken(), token);
        if (closer != null && !isSpecial(token) && !TokenNames.needsExpressionAfter(previousType(recognizer, token))) {
            report("expected '" + closer + "' but found '" + token.getText() + "'", rangeOf(token));
            return;
        }
        report(unexpected(recognizer, token, null), rangeOf(token));
    }

    /** The closing bracket owed by the innermost bracket left open between {@code from} and {@code to}. */
    private static String unclosedBracket(Parser recognizer, Token from, Token to) {
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        for (int i = from.getTokenIndex(); i < to.getTokenIndex(); i++) {
            switch (recognizer.getInputStream().get(i).getType()) {
                case RaspGrammarLexer.LPAREN -> open.push(")");
                case RaspGrammarLexer.LBRACK -> open.push("]");
                case RaspGrammarLexer.LBRACE -> open.push("}");
                case RaspGrammarLexer.RPAREN, RaspGrammarLexer.RBRACK, RaspGrammarLexer.RBRACE -> {
                    if (!open.isEmpty()) open.pop();
                }
                default -> { }
            }
        }
        return open.peek();
    }

    private static int previousType(Parser recognizer, Token token) {
        Token p = previous(recognizer, token);
        return p == null ? Token.INVALID_TYPE : p.getType();
    }

    /** The end of the file inside a block, a keyword used as a variable, and Python keywords this
     * language lacks: reported in their own words. */
    private boolean explainedSpecially(Parser recognizer, Token token) {
        String python = TokenNames.pythonOnly(token);
        if (python != null) {
            report(python, rangeOf(token));
            return true;
        }
        Token before = previous(recognizer, token);
        if (before != null && TokenNames.startsOperand(token.getType()) && TokenNames.pythonOnly(before) != null) {
            report(TokenNames.pythonOnly(before), rangeOf(before));
            return true;
        }
        if (token.getType() == Token.EOF) {
            BlockContext block = enclosingBlock(recognizer.getContext());
            if (block != null) {
                report("the block opened on line " + block.getStart().getLine() + " is not closed with '}'",
                        text.end());
            } else {
                report("the file ends in the middle of a statement", text.end());
            }
            return true;
        }
        Token previous = previous(recognizer, token);
        if (previous != null && TokenNames.isKeyword(previous.getType()) && isAssignment(token.getType())) {
            report("'" + previous.getText() + "' is a keyword and cannot be used as a name", rangeOf(previous));
            return true;
        }
        return false;
    }

    /**
     * Skips the rest of a broken statement: up to its ';', the '}' that closes the enclosing block,
     * or a keyword that starts a statement. ANTLR's own follow-set recovery tends to stop at an
     * opening bracket and read the next statement as arguments, which cascades into bogus errors.
     */
    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        if (lastErrorIndex == recognizer.getInputStream().index() && lastErrorStates != null
                && lastErrorStates.contains(recognizer.getState())) {
            recognizer.consume();
        }
        lastErrorIndex = recognizer.getInputStream().index();
        if (lastErrorStates == null) lastErrorStates = new IntervalSet();
        lastErrorStates.add(recognizer.getState());
        if (enclosingStatement(recognizer.getContext()) == null) {
            super.recover(recognizer, e);
            return;
        }
        int braces = 0;
        while (true) {
            int type = recognizer.getInputStream().LA(1);
            if (type == Token.EOF || type == RaspGrammarLexer.SEMI) return;
            if (type == RaspGrammarLexer.RBRACE) {
                if (braces == 0) return;
                braces--;
            } else if (type == RaspGrammarLexer.LBRACE) {
                braces++;
            } else if (braces == 0 && TokenNames.startsStatement(type)
                    && recognizer.getInputStream().index() > lastErrorIndex) {
                return;
            }
            recognizer.consume();
        }
    }

    private static StmtContext enclosingStatement(RuleContext ctx) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (c instanceof StmtContext s) return s;
        }
        return null;
    }

    private static BlockContext enclosingBlock(RuleContext ctx) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (c instanceof BlockContext b) return b;
        }
        return null;
    }

    private static boolean isAssignment(int type) {
        return type == RaspGrammarLexer.ASSIGN || (type >= RaspGrammarLexer.POWER_ASSIGN
                && type <= RaspGrammarLexer.MOD_ASSIGN);
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        Token token = e.getOffendingToken();
        if (explainedSpecially(recognizer, token)) return;
        IntervalSet expected = e.getExpectedTokens();
        Token previous = previous(recognizer, token);
        if (expected.contains(RaspGrammarLexer.SEMI) && previous != null && token.getLine() > previous.getLine()
                && !isSpecial(token)) {
            report("expected ';' after the statement", endOf(previous));
            return;
        }
        report(unexpected(recognizer, token, expected), rangeOf(token));
    }

    @Override
    protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
        report("this is not valid here", rangeOf(e.getOffendingToken()));
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        Token token = recognizer.getCurrentToken();
        if (explainedSpecially(recognizer, token)) return;
        report(unexpected(recognizer, token, getExpectedTokens(recognizer)), rangeOf(token));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        Token token = recognizer.getCurrentToken();
        IntervalSet expected = getExpectedTokens(recognizer);
        if ((token.getType() == Token.EOF && expected.contains(RaspGrammarLexer.RBRACE)
                || TokenNames.pythonOnly(token) != null) && explainedSpecially(recognizer, token)) {
            return;
        }
        Token previous = previous(recognizer, token);
        SourceRange at = previous == null ? rangeOf(token) : endOf(previous);
        if (expected.contains(RaspGrammarLexer.SEMI)) {
            report("expected ';' after the statement", at);
        } else {
            report("expected " + TokenNames.describeExpected(expected), at);
        }
    }

    private String unexpected(Parser recognizer, Token token, IntervalSet expected) {
        int type = token.getType();
        if (type == RaspGrammarLexer.UNTERMINATED_STRING) {
            return "this string is not closed: add the closing quote before the end of the line";
        }
        if (type == RaspGrammarLexer.ERR_CHAR) {
            return "the character '" + token.getText() + "' is not part of the language";
        }
        Token previous = previous(recognizer, token);
        boolean operandExpected = previous != null && TokenNames.needsExpressionAfter(previous.getType());
        boolean nameExpected = expected != null && expected.contains(RaspGrammarLexer.NAME);
        if (TokenNames.isKeyword(type) && !TokenNames.startsExpression(type) && (operandExpected || nameExpected)) {
            return "'" + token.getText() + "' is a keyword and cannot be used as a name";
        }
        if (operandExpected && type != Token.EOF && (expected == null || expected.contains(RaspGrammarLexer.NUMBER))) {
            return "expected an expression after '" + previous.getText() + "' but found '" + token.getText() + "'";
        }
        if (previous != null && type == RaspGrammarLexer.ASSIGN && previous.getType() == RaspGrammarLexer.NAME) {
            Token before = previous(recognizer, previous);
            if (before != null && before.getType() == RaspGrammarLexer.SET) {
                return "a setting is written without '=', as in: set " + previous.getText() + " value;";
            }
        }
        if (previous != null && TokenNames.endsOperand(previous.getType()) && TokenNames.startsOperand(type)) {
            return "unexpected '" + token.getText() + "' after '" + previous.getText()
                    + "': is a ',' or an operator missing?";
        }
        String found = type == Token.EOF ? "the end of the file" : "'" + token.getText() + "'";
        if (expected == null || expected.isNil()) {
            return type == Token.EOF ? "the file ends in the middle of a statement" : "unexpected " + found;
        }
        return "expected " + TokenNames.describeExpected(expected) + " but found " + found;
    }

    private static boolean isSpecial(Token token) {
        int type = token.getType();
        return type == RaspGrammarLexer.UNTERMINATED_STRING || type == RaspGrammarLexer.ERR_CHAR;
    }

    private static Token previous(Parser recognizer, Token token) {
        int index = token.getTokenIndex() - 1;
        while (index >= 0) {
            Token t = recognizer.getInputStream().get(index);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) return t;
            index--;
        }
        return null;
    }

    private void report(String message, SourceRange range) {
        for (Diagnostic d : errors) {
            if (d.range().startOffset() == range.startOffset() && d.message().equals(message)) return;
        }
        errors.add(Diagnostic.error(ErrorKind.SYNTAX, message, range));
    }

    private SourceRange rangeOf(Token token) {
        if (token.getType() == Token.EOF) return text.end();
        int start = text.charOffset(token.getStartIndex());
        int end = text.charOffset(token.getStopIndex() + 1);
        return text.range(start, end);
    }

    private SourceRange endOf(Token token) {
        int end = text.charOffset(token.getStopIndex() + 1);
        return text.range(end, end);
    }
}
