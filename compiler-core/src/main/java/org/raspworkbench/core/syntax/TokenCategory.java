package org.raspworkbench.core.syntax;

/** What a piece of program text is, for colouring it. */
public enum TokenCategory {
    KEYWORD, BUILTIN, STRING, NUMBER, COMMENT, OPERATOR, IDENTIFIER, PUNCTUATION, ERROR
}
