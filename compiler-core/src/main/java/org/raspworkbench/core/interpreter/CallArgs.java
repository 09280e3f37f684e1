package org.raspworkbench.core.interpreter;


import java.util.List;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;

/** The evaluated arguments of one call, with the text of each, and the range of the whole call. */
public record CallArgs(List<Value> values, List<SourceRange> ranges, List<Keyword> keywords, SourceRange range) {
    public record Keyword(String name, Value value, SourceRange range) {
    }

    public CallArgs {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        ranges = List.copyOf(ranges);
        keywords = List.copyOf(keywords);
    }

    public static CallArgs positional(List<Value> values, SourceRange range) {
        return new CallArgs(values, java.util.Collections.nCopies(values.size(), range), List.of(), range);
    }

    public int size() {
        return values.size();
    }

    public Value get(int i) {
        return values.get(i);
    }

    public SourceRange rangeOf(int i) {
        return i < ranges.size() ? ranges.get(i) : range;
    }

    public Keyword keyword(String name) {
        for (Keyword k : keywords) if (k.name().equals(name)) return k;
        return null;
    }
}
