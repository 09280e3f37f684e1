package org.raspworkbench.core.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;

/**
 * Python's layout rules on top of the lexer: a line break ends a statement only outside brackets,
 * blank and comment-only lines are ignored, and a change of indentation at the start of a logical
 * line becomes INDENT or DEDENT tokens (a tab advances to the next multiple of 8, as in Python).
 * Hidden tokens are dropped; an indentation that matches no enclosing level is recorded as an error.
 */
final class PythonTokens implements TokenSource {
    private final PythonGrammarLexer lexer;
    private final String source;
    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    /** The same levels measured with tabs as one column: Python refuses text where the two disagree. */
    private final Deque<Integer> narrowIndents = new ArrayDeque<>();
    private final List<Diagnostic> errors = new ArrayList<>();
    private final SourceText text;
    private int depth;
    /** The brackets open at this point, innermost last: Python names an unclosed or mismatched one. */
    private final Deque<Token> open = new ArrayDeque<>();
    private boolean atLineStart = true;
    private boolean done;

    PythonTokens(PythonGrammarLexer lexer, String source, SourceText text) {
        this.lexer = lexer;
        this.source = source;
        this.text = text;
        indents.push(0);
        narrowIndents.push(0);
    }

    /** Indentation errors found so far (the first one is what Python reports). */
    List<Diagnostic> errors() {
        return errors;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) fill();
        return pending.poll();
    }

    private void fill() {
        if (done) {
            pending.add(synthetic(Token.EOF, source.length(), "<EOF>"));
            return;
        }
        Token t = lexer.nextToken();
        if (t.getType() != Token.EOF && t.getChannel() != Token.DEFAULT_CHANNEL) return;
        int type = t.getType();
        if (type == PythonGrammarLexer.NEWLINE) {
            if (depth > 0 || atLineStart) return;
            atLineStart = true;
            pending.add(synthetic(PythonGrammarLexer.NEWLINE, t.getStartIndex(), "\\n"));
            return;
        }
        if (type == Token.EOF) {
            if (!open.isEmpty()) bracketError(open.peekLast(), "'" + open.peekLast().getText() + "' was never closed");
            if (!atLineStart) pending.add(synthetic(PythonGrammarLexer.NEWLINE, t.getStartIndex(), "\\n"));
            while (indents.peek() > 0) {
                indents.pop();
                narrowIndents.pop();
                pending.add(synthetic(PythonGrammarParser.DEDENT, t.getStartIndex(), "<dedent>"));
            }
            pending.add(t);
            done = true;
            return;
        }
        if (atLineStart) {
            atLineStart = false;
            indent(t);
        }
        switch (type) {
            case PythonGrammarLexer.LPAREN, PythonGrammarLexer.LBRACK, PythonGrammarLexer.LBRACE -> {
                depth++;
                open.addLast(t);
            }
            case PythonGrammarLexer.RPAREN, PythonGrammarLexer.RBRACK, PythonGrammarLexer.RBRACE -> {
                depth = Math.max(0, depth - 1);
                Token opener = open.pollLast();
                if (opener == null) {
                    bracketError(t, "unmatched '" + t.getText() + "'");
                } else if (!matches(opener.getText(), t.getText())) {
                    bracketError(t, "closing parenthesis '" + t.getText() + "' does not match opening parenthesis '"
                            + opener.getText() + "'" + (opener.getLine() != t.getLine() ? " on line " + opener.getLine() : ""));
                }
            }
            default -> { }
        }
        pending.add(t);
    }

    private void indent(Token first) {
        int column = column(first.getStartIndex(), 8);
        int narrow = column(first.getStartIndex(), 1);
        if (Integer.compare(column, indents.peek()) != Integer.compare(narrow, narrowIndents.peek())) {
            tabError(first);
        }
        if (column > indents.peek()) {
            indents.push(column);
            narrowIndents.push(narrow);
            pending.add(synthetic(PythonGrammarParser.INDENT, first.getStartIndex(), "<indent>"));
            return;
        }
        while (column < indents.peek()) {
            indents.pop();
            narrowIndents.pop();
            pending.add(synthetic(PythonGrammarParser.DEDENT, first.getStartIndex(), "<dedent>"));
            if (Integer.compare(column, indents.peek()) != Integer.compare(narrow, narrowIndents.peek())) {
                tabError(first);
            }
        }
        if (column != indents.peek() && errors.isEmpty()) {
            int at = text.charOffset(first.getStartIndex());
            errors.add(Diagnostic.error(ErrorKind.SYNTAX, "unindent does not match any outer indentation level",
                    text.range(at, text.charOffset(first.getStopIndex() + 1))));
        }
    }

    private static boolean matches(String opener, String closer) {
        return opener.equals("(") && closer.equals(")") || opener.equals("[") && closer.equals("]")
                || opener.equals("{") && closer.equals("}");
    }

    private void bracketError(Token at, String message) {
        if (!errors.isEmpty()) return;
        int start = text.charOffset(at.getStartIndex());
        errors.add(Diagnostic.error(ErrorKind.SYNTAX, message, text.range(start, text.charOffset(at.getStopIndex() + 1))));
    }

    private void tabError(Token first) {
        if (!errors.isEmpty()) return;
        int at = text.charOffset(first.getStartIndex());
        errors.add(Diagnostic.error(ErrorKind.SYNTAX, "inconsistent use of tabs and spaces in indentation",
                text.range(at, text.charOffset(first.getStopIndex() + 1))));
    }

    /** The indentation width of the line that code point {@code index} starts on, a tab advancing to a multiple of {@code tab}. */
    private int column(int index, int tab) {
        int at = text.charOffset(index);
        int start = at;
        while (start > 0 && source.charAt(start - 1) != '\n' && source.charAt(start - 1) != '\r') start--;
        int width = 0;
        for (int i = start; i < at; i++) {
            char c = source.charAt(i);
            if (c == '\t') width = (width / tab + 1) * tab;
            else if (c == ' ') width++;
            else if (c == '\f') width = 0;
            else break;
        }
        return width;
    }

    private Token synthetic(int type, int at, String textOf) {
        CommonToken t = new CommonToken(new Pair<>(this, lexer.getInputStream()), type, Token.DEFAULT_CHANNEL, at,
                at - 1);
        t.setText(textOf);
        t.setLine(lexer.getLine());
        return t;
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
