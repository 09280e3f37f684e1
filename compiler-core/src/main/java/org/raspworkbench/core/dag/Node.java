package org.raspworkbench.core.dag;

import java.util.List;
import org.raspworkbench.core.interpreter.Frame;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.Predicate;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * An S-op or selector while the program runs. Everything but its name is fixed at creation; the
 * name follows the assignments (see {@link Naming}) and is settled once the program has run, when
 * {@link DagBuilder} turns the nodes into the immutable records of {@code core.rasp}.
 */
public final class Node {
    public final int id;
    final NodeKind kind;
    final SourceRange range;
    /** Null for selectors. */
    public final Encoding encoding;
    /** Inputs in Tracr's order (keys before queries, selector before S-op). */
    final List<Node> children;
    final RaspFunction fn;
    final Predicate predicate;
    final NumericValue firstCoeff;
    final NumericValue secondCoeff;
    final Value defaultValue;

    /** The name given by an assignment, or null while the node has none. */
    String name;
    /** The call in which {@link #name} was given. */
    Frame owner;
    /** Built-in names (tokens, indices, length, all_true_selector) never change. */
    boolean fixedName;
    /** The name of the S-op this one was copied from by numerical/categorical, if it had one. */
    String fallbackName;
    /** Where the assignment that gave {@link #name} names it. */
    SourceRange nameRange = SourceRange.NONE;
    /** The call in which the node was created (the top level's frame outside any function). */
    Frame createdIn;

    Node(int id, NodeKind kind, SourceRange range, Encoding encoding, List<Node> children, RaspFunction fn,
         Predicate predicate, NumericValue firstCoeff, NumericValue secondCoeff, Value defaultValue) {
        this.id = id;
        this.kind = kind;
        this.range = range;
        this.encoding = encoding;
        this.children = List.copyOf(children);
        this.fn = fn;
        this.predicate = predicate;
        this.firstCoeff = firstCoeff;
        this.secondCoeff = secondCoeff;
        this.defaultValue = defaultValue;
    }

    /** A copy with a new id, range and encoding, as Tracr's annotations copy an expression. */
    Node copy(int newId, SourceRange newRange, Encoding newEncoding) {
        return new Node(newId, kind, newRange, newEncoding, children, fn, predicate, firstCoeff, secondCoeff,
                defaultValue);
    }

    /** The name as known now, for messages while the program runs. */
    public String currentName() {
        if (name != null) return name;
        if (fallbackName != null) return fallbackName;
        return kind.defaultName();
    }
}
