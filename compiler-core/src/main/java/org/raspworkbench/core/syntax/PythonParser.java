package org.raspworkbench.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;

/**
 * Reads a {@code .py} file written with Tracr's API into the same syntax tree as a {@code .rasp}
 * file. Python reports the first syntax error of a file, and so does this parser; Python
 * keywords outside the subset ({@code class}, {@code with}, {@code try}, decorators, ...) are
 * refused at their text before parsing. A {@code # rasp: vocab=... max_seq_len=...} comment
 * becomes {@code set} statements at the top of the program.
 */
public final class PythonParser {
    private PythonParser() {
    }

    public static ParseResult parse(String source) {
        return parse(source, false);
    }

    /**
     * Parses library code shipped with the workbench: its ranges are {@link SourceRange#NONE},
     * since it has no text in the user's file (the interpreter points at the user's call instead).
     */
    public static ParseResult parseLibrary(String source) {
        return parse(source, true);
    }

    private static ParseResult parse(String source, boolean anonymous) {
        SourceText text = new SourceText(source);
        try {
            Diagnostic refused = refuse(source, text);
            if (refused != null) return new ParseResult(Optional.empty(), List.of(refused));
            // ANTLR's fast SLL mode first; on any error (or text that needs full context) the full LL
            // parse finds the first error in Python's words
            PythonTokens layout = new PythonTokens(lexer(source), source, text);
            CommonTokenStream tokens = new CommonTokenStream(layout);
            PythonGrammarParser.FileContext tree = parseFast(tokens);
            if (tree == null || !layout.errors().isEmpty()) {
                layout = new PythonTokens(lexer(source), source, text);
                tokens = new CommonTokenStream(layout);
                PythonGrammarParser parser = new PythonGrammarParser(tokens);
                FirstError errors = new FirstError(text);
                parser.removeErrorListeners();
                parser.addErrorListener(errors);
                tree = parser.file();
                Diagnostic first = earliest(errors.first, layout.errors().isEmpty() ? null : layout.errors().get(0));
                if (first != null) return new ParseResult(Optional.empty(), List.of(first));
            }
            PythonAstBuilder.PythonRanges ranges = new PythonAstBuilder.PythonRanges(text, text, 0, tokens, anonymous);
            List<Stmt> statements = new ArrayList<>(SettingsComment.read(source, text, anonymous));
            statements.addAll(new PythonAstBuilder(text, ranges).file(tree));
            return new ParseResult(Optional.of(new Program(statements, text)), List.of());
        } catch (RaspException e) {
            return new ParseResult(Optional.empty(), List.of(e.diagnostic()));
        } catch (StackOverflowError e) {
            return new ParseResult(Optional.empty(), List.of(Diagnostic.error(ErrorKind.LIMIT,
                    "the program is nested too deeply to be read", text.range(0, 0))));
        }
    }

    private static PythonGrammarParser.FileContext parseFast(CommonTokenStream tokens) {
        PythonGrammarParser parser = new PythonGrammarParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(org.antlr.v4.runtime.atn.PredictionMode.SLL);
        parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
        try {
            return parser.file();
        } catch (org.antlr.v4.runtime.misc.ParseCancellationException e) {
            return null;
        }
    }

    /** An f-string field (or a setting in a {@code # rasp:} comment) whose text starts at char {@code at}. */
    static Expr fieldExpr(SourceText text, String source, int at, boolean anonymous) {
        SourceText local = new SourceText(source);
        PythonGrammarLexer lexer = lexer(source);
        PythonTokens layout = new PythonTokens(lexer, source, local);
        CommonTokenStream tokens = new CommonTokenStream(layout);
        PythonGrammarParser parser = new PythonGrammarParser(tokens);
        FirstError errors = new FirstError(local);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        PythonGrammarParser.FieldInputContext tree = parser.fieldInput();
        if (errors.first != null) {
            SourceRange r = errors.first.range();
            throw new RaspException(ErrorKind.SYNTAX, errors.first.message(), anonymous ? SourceRange.NONE
                    : text.range(at + r.startOffset(), at + r.endOffset()));
        }
        PythonAstBuilder.PythonRanges ranges = new PythonAstBuilder.PythonRanges(text, local, at, tokens, anonymous);
        return new PythonAstBuilder(text, ranges).exprs().expr(tree.expr());
    }

    static PythonGrammarLexer lexer(String source) {
        PythonGrammarLexer lexer = new PythonGrammarLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        return lexer;
    }

    private static Diagnostic earliest(Diagnostic a, Diagnostic b) {
        if (a == null) return b;
        if (b == null) return a;
        // at the same place the layout error says more (a bracket that does not match, an indentation)
        return b.range().startOffset() <= a.range().startOffset() ? b : a;
    }

    /** The first token that no Python of the subset may contain, as an error; null when there is none. */
    private static Diagnostic refuse(String source, SourceText text) {
        PythonGrammarLexer lexer = lexer(source);
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            int start = text.charOffset(t.getStartIndex());
            SourceRange r = text.range(start, text.charOffset(t.getStopIndex() + 1));
            switch (t.getType()) {
                case PythonGrammarLexer.UNSUPPORTED_KEYWORD:
                    return Diagnostic.error(ErrorKind.UNSUPPORTED, unsupportedKeyword(t.getText()), lineFrom(text, start));
                case PythonGrammarLexer.AT:
                    return Diagnostic.error(ErrorKind.UNSUPPORTED, "decorators are not supported: call the function "
                            + "yourself", lineFrom(text, start));
                case PythonGrammarLexer.WALRUS:
                    return Diagnostic.error(ErrorKind.UNSUPPORTED, "':=' is not supported: assign on a line of its "
                            + "own", r);
                case PythonGrammarLexer.UNTERMINATED_STRING:
                    return Diagnostic.error(ErrorKind.SYNTAX, "unterminated string literal", r);
                case PythonGrammarLexer.ERR_CHAR:
                    return Diagnostic.error(ErrorKind.SYNTAX, "invalid character '" + t.getText() + "'", r);
                default:
                    break;
            }
        }
        return null;
    }

    private static String unsupportedKeyword(String keyword) {
        return switch (keyword) {
            case "class" -> "classes are not supported: a Tracr program here is module code, functions and lambdas";
            case "with" -> "'with' is not supported: the program cannot open files or other resources";
            case "try", "except", "finally" -> "'" + keyword + "' is not supported: an error stops the program, "
                    + "with its message at its text";
            case "yield" -> "generators ('yield') are not supported: return a list";
            case "async", "await" -> "'" + keyword + "' is not supported";
            default -> "'" + keyword + "' is not supported";
        };
    }

    /** From {@code start} to the end of its line: the statement a refused keyword begins. */
    private static SourceRange lineFrom(SourceText text, int start) {
        String s = text.text();
        int end = start;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') end++;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        return text.range(start, end);
    }

    /** Keeps the first syntax error, in Python's words where we can match them. */
    private static final class FirstError extends BaseErrorListener {
        private final SourceText text;
        Diagnostic first;

        FirstError(SourceText text) {
            this.text = text;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                                RecognitionException e) {
            if (first != null) return;
            Token t = (Token) offending;
            IntervalSet expected = recognizer instanceof Parser p ? expected(p, e) : null;
            String message = recognizer instanceof Parser p && missingColon(p, t) ? "expected ':'" : message(t, expected);
            first = Diagnostic.error(ErrorKind.SYNTAX, message, range(t));
        }

        /** A line that opens a block (def, if, for, ...) and ends without its ':'. */
        private static boolean missingColon(Parser p, Token t) {
            if (t.getType() != PythonGrammarLexer.NEWLINE || t.getTokenIndex() < 1) return false;
            org.antlr.v4.runtime.TokenStream tokens = p.getInputStream();
            Token before = tokens.get(t.getTokenIndex() - 1);
            if (before.getType() == PythonGrammarLexer.COLON) return false;
            int i = t.getTokenIndex() - 1;
            while (i > 0 && !isLayout(tokens.get(i - 1).getType())) i--;
            int first = tokens.get(i).getType();
            return first == PythonGrammarLexer.DEF || first == PythonGrammarLexer.IF || first == PythonGrammarLexer.ELIF
                    || first == PythonGrammarLexer.ELSE || first == PythonGrammarLexer.FOR
                    || first == PythonGrammarLexer.WHILE;
        }

        private static boolean isLayout(int type) {
            return type == PythonGrammarLexer.NEWLINE || type == PythonGrammarParser.INDENT
                    || type == PythonGrammarParser.DEDENT;
        }

        private static IntervalSet expected(Parser p, RecognitionException e) {
            try {
                return e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : p.getExpectedTokens();
            } catch (RuntimeException ignored) {
                return null;
            }
        }

        private SourceRange range(Token t) {
            if (t.getType() == Token.EOF) return text.end();
            int start = text.charOffset(t.getStartIndex());
            int end = text.charOffset(Math.max(t.getStartIndex(), t.getStopIndex() + 1));
            return text.range(start, end);
        }

        private static String message(Token t, IntervalSet expected) {
            int type = t.getType();
            if (type == PythonGrammarParser.INDENT) return "unexpected indent";
            if (expected != null && expected.contains(PythonGrammarParser.INDENT)) return "expected an indented block";
            if (type == PythonGrammarParser.DEDENT) return "unexpected end of the indented block";
            if (expected != null && expected.size() == 1) {
                int want = expected.getMinElement();
                String name = PythonGrammarLexer.VOCABULARY.getLiteralName(want);
                if (name != null) return "expected " + name + (type == PythonGrammarLexer.NEWLINE ? " before the end of "
                        + "the line" : "");
            }
            if (type == PythonGrammarLexer.NEWLINE || type == Token.EOF) {
                return "invalid syntax: the statement ends too early";
            }
            if (type == PythonGrammarLexer.ELSE || type == PythonGrammarLexer.ELIF) {
                return "invalid syntax: '" + t.getText() + "' without an 'if' at the same indentation";
            }
            return "invalid syntax at '" + t.getText() + "'";
        }
    }
}
