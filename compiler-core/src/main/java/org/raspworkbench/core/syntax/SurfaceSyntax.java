package org.raspworkbench.core.syntax;

import java.util.List;
import java.util.Locale;

/**
 * The two ways to write a program: the {@code .rasp} language, and Tracr's Python API in a
 * {@code .py} file. Both read into the same syntax tree and run on the same interpreter; a file's
 * extension says which one it is written in.
 */
public enum SurfaceSyntax {
    RASP, PYTHON;

    /** {@code .py} files are Tracr Python; everything else is the {@code .rasp} language. */
    public static SurfaceSyntax of(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".py") ? PYTHON : RASP;
    }

    public ParseResult parse(String source) {
        return this == PYTHON ? PythonParser.parse(source) : ProgramParser.parse(source);
    }

    /** The editor's colouring of the text, from this syntax's own lexer. */
    public List<HighlightToken> highlight(String source) {
        return this == PYTHON ? Highlighter.pythonTokens(source) : Highlighter.tokens(source);
    }
}
