package org.raspworkbench.core.source;

/** A position in a program's text; line and column both count from 1. */
public record SourcePos(int line, int column) implements Comparable<SourcePos> {
    @Override
    public int compareTo(SourcePos o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }
}
