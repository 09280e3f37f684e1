package org.raspworkbench.core.syntax;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;

/**
 * Parses a program's text into our syntax tree. ANTLR's fast SLL mode is tried first; on any
 * error the text is parsed again in full LL mode with recovery, so that every syntax error of the
 * file is reported in one go, in the user's words.
 */
public final class ProgramParser {
    private ProgramParser() {
    }

    public static ParseResult parse(String source) {
        SourceText text = new SourceText(source);
        try {
            RaspGrammarLexer lexer = new RaspGrammarLexer(CharStreams.fromString(source));
            lexer.removeErrorListeners();
            org.antlr.v4.runtime.Token[] all = lexer.getAllTokens().toArray(new org.antlr.v4.runtime.Token[0]);
            Diagnostic tooDeep = NestingGuard.check(java.util.Arrays.asList(all), text);
            if (tooDeep != null) return new ParseResult(Optional.empty(), List.of(tooDeep));
            RaspGrammarParser.ProgramContext tree = parseFast(source);
            if (tree == null) {
                // SLL gave up: either a real error, or text that needs full-context prediction.
                SyntaxErrorStrategy strategy = new SyntaxErrorStrategy(text);
                RaspGrammarParser parser = parser(source);
                parser.setErrorHandler(strategy);
                tree = parser.program();
                if (!strategy.errors().isEmpty()) return new ParseResult(Optional.empty(), strategy.errors());
            }
            return new ParseResult(Optional.of(new AstBuilder(text).program(tree)), List.of());
        } catch (RaspException e) {
            return new ParseResult(Optional.empty(), List.of(e.diagnostic()));
        } catch (StackOverflowError e) {
            return new ParseResult(Optional.empty(), List.of(Diagnostic.error(ErrorKind.LIMIT,
                    "the program is nested too deeply to be read", text.range(0, 0))));
        }
    }

    private static RaspGrammarParser.ProgramContext parseFast(String source) {
        RaspGrammarParser parser = parser(source);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.program();
        } catch (ParseCancellationException e) {
            return null;
        }
    }

    private static RaspGrammarParser parser(String source) {
        RaspGrammarLexer lexer = new RaspGrammarLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        RaspGrammarParser parser = new RaspGrammarParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        return parser;
    }
}
