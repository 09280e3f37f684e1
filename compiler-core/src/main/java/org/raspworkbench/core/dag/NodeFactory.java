package org.raspworkbench.core.dag;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.interpreter.Frame;
import org.raspworkbench.core.interpreter.Limits;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.NodeOrigin;
import org.raspworkbench.core.rasp.Predicate;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.TracrConstant;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * Creates the program's S-ops and selectors in order, with Tracr's simplifications: a map of a map
 * fuses into one map (whatever the inner one's name or encoding), and {@code and}/{@code or}/
 * {@code not} of selects over the same keys and queries fold into one select.
 */
public final class NodeFactory {
    private final List<Node> nodes = new ArrayList<>();
    private final int maxNodes;
    private final Node tokens;
    private final Node indices;
    private Node length;
    /** The call the program is in while it runs; nodes remember it (see {@link NodeOrigin}). */
    private Frame current;
    private SourceRange libraryCall;

    public NodeFactory(Limits limits) {
        this.maxNodes = limits.maxNodes();
        this.tokens = fixed(add(new Node(0, NodeKind.TOKENS, SourceRange.NONE, Encoding.CATEGORICAL, List.of(),
                null, null, null, null, null)), "tokens");
        this.indices = fixed(add(new Node(1, NodeKind.INDICES, SourceRange.NONE, Encoding.CATEGORICAL, List.of(),
                null, null, null, null, null)), "indices");
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** Called by the interpreter whenever the program's run enters or returns from a call. */
    public void enterFrame(Frame frame) {
        current = frame;
    }

    /** Where each node was named and which calls made it, indexed by id; {@code text} is the program's. */
    public List<NodeOrigin> origins(String text) {
        List<NodeOrigin> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            out.add(new NodeOrigin(n.nameRange, n.createdIn == null ? List.of() : n.createdIn.calls(),
                    lineOf(text, n.range)));
        }
        return out;
    }

    private static String lineOf(String text, SourceRange range) {
        if (range.isNone()) return "";
        int at = Math.min(range.startOffset(), text.length());
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }

    public SOpValue tokens() {
        return new SOpValue(tokens);
    }

    public SOpValue indices() {
        return new SOpValue(indices);
    }

    /** Tracr's {@code make_length()}, created the first time the program uses it and shared after. */
    public SOpValue length() {
        if (length == null) {
            SourceRange call = libraryCall;
            libraryCall = null;
            Node all = fixed(node(NodeKind.SELECT, SourceRange.NONE, null, List.of(tokens, tokens), null,
                    Comparison.TRUE, null, null, null), "all_true_selector");
            length = fixed(node(NodeKind.SELECTOR_WIDTH, SourceRange.NONE, Encoding.CATEGORICAL, List.of(all),
                    null, null, null, null, null), "length");
            libraryCall = call;
        }
        return new SOpValue(length);
    }

    SOpValue map(RaspFunction f, SOpValue inner, SourceRange range) {
        return map(f, inner, true, range);
    }

    /** {@code simplify=False} keeps a map of a map as two maps, as Tracr's {@code Map(..., simplify=False)}. */
    SOpValue map(RaspFunction f, SOpValue inner, boolean simplify, SourceRange range) {
        Node in = inner.node;
        if (simplify && in.kind == NodeKind.MAP && !(in.fn instanceof TracrConstant)) {
            RaspFunction g = in.fn;
            RaspFunction fused = new RaspFunction() {
                @Override
                public Value apply(List<Value> args) {
                    return f.apply(g.apply(args));
                }

                @Override
                public java.util.Optional<Value> valueOf(String name) {
                    return f.valueOf(name).or(() -> g.valueOf(name));
                }
            };
            return sop(node(NodeKind.MAP, range, Encoding.CATEGORICAL, List.of(in.children.get(0)), fused, null,
                    null, null, null));
        }
        return sop(node(NodeKind.MAP, range, Encoding.CATEGORICAL, List.of(in), f, null, null, null, null));
    }

    /**
     * Tracr's {@code Full}/{@code ConstantSOp}: a map of the tokens (or indices) that the evaluator
     * runs and the compiler refuses. Not a map for Tracr, so a map of it never fuses with it.
     */
    public SOpValue constant(TracrConstant c, SourceRange range) {
        Node over = c.perPosition() ? indices : tokens;
        return sop(node(NodeKind.MAP, range, Encoding.CATEGORICAL, List.of(over), c, null, null, null, null));
    }

    SOpValue sequenceMap(RaspFunction f, SOpValue first, SOpValue second, SourceRange range) {
        return sop(node(NodeKind.SEQUENCE_MAP, range, Encoding.CATEGORICAL, List.of(first.node, second.node), f,
                null, null, null, null));
    }

    SOpValue linearSequenceMap(SOpValue first, SOpValue second, NumericValue a, NumericValue b, RaspFunction f,
                               SourceRange range) {
        return linearSequenceMap(first, second, a, b, f, Encoding.NUMERICAL, range);
    }

    /** Tracr's {@code LinearSequenceMap(first, second, a, b)}; written by hand it is categorical until annotated. */
    SOpValue linearSequenceMap(SOpValue first, SOpValue second, NumericValue a, NumericValue b, RaspFunction f,
                               Encoding encoding, SourceRange range) {
        return sop(node(NodeKind.LINEAR_SEQUENCE_MAP, range, encoding, List.of(first.node, second.node), f,
                null, a, b, null));
    }

    SOpValue aggregate(SelectorValue selector, SOpValue sop, Value defaultValue, SourceRange range) {
        return aggregate(selector, sop, defaultValue, sop.node.encoding, range);
    }

    /** With the encoding given: Tracr's own {@code Aggregate} is categorical until annotated. */
    SOpValue aggregate(SelectorValue selector, SOpValue sop, Value defaultValue, Encoding encoding,
                       SourceRange range) {
        return sop(node(NodeKind.AGGREGATE, range, encoding, List.of(selector.node, sop.node), null, null,
                null, null, defaultValue));
    }

    SOpValue selectorWidth(SelectorValue selector, SourceRange range) {
        return sop(node(NodeKind.SELECTOR_WIDTH, range, Encoding.CATEGORICAL, List.of(selector.node), null, null,
                null, null, null));
    }

    SelectorValue select(SOpValue keys, SOpValue queries, Predicate predicate, SourceRange range) {
        return selector(node(NodeKind.SELECT, range, null, List.of(keys.node, queries.node), null, predicate, null,
                null, null));
    }

    SelectorValue and(SelectorValue a, SelectorValue b, SourceRange range) {
        return and(a, b, true, range);
    }

    /** {@code simplify=false}: Tracr's {@code SelectorAnd(a, b)} class, which never folds into one select. */
    public SelectorValue and(SelectorValue a, SelectorValue b, boolean simplify, SourceRange range) {
        Predicate p = simplify ? combined(a.node, b.node, true) : null;
        if (p != null) return selector(select(a.node, p, range));
        return selector(node(NodeKind.SELECTOR_AND, range, null, List.of(a.node, b.node), null, null, null, null, null));
    }

    SelectorValue or(SelectorValue a, SelectorValue b, SourceRange range) {
        return or(a, b, true, range);
    }

    public SelectorValue or(SelectorValue a, SelectorValue b, boolean simplify, SourceRange range) {
        Predicate p = simplify ? combined(a.node, b.node, false) : null;
        if (p != null) return selector(select(a.node, p, range));
        return selector(node(NodeKind.SELECTOR_OR, range, null, List.of(a.node, b.node), null, null, null, null, null));
    }

    SelectorValue not(SelectorValue a, SourceRange range) {
        return not(a, true, range);
    }

    public SelectorValue not(SelectorValue a, boolean simplify, SourceRange range) {
        if (simplify && a.node.kind == NodeKind.SELECT) {
            Predicate inner = a.node.predicate;
            Predicate p = new PredicateFunction((List<Value> kq) -> BoolValue.of(!Predicates.test(inner,
                    kq.get(0), kq.get(1), range)), "not (" + inner.text() + ")");
            return selector(select(a.node, p, range));
        }
        return selector(node(NodeKind.SELECTOR_NOT, range, null, List.of(a.node), null, null, null, null, null));
    }

    /** Tracr's annotation: a copy of the S-op with a new id and the given encoding. */
    SOpValue annotate(SOpValue x, Encoding encoding, SourceRange range) {
        Node original = x.node;
        Node copy = add(original.copy(nodes.size(), at(range), encoding));
        if (original.kind == NodeKind.TOKENS || original.kind == NodeKind.INDICES) {
            fixed(copy, original.name);
        } else if (original.name != null) {
            copy.fallbackName = original.name;
        } else {
            copy.fallbackName = original.fallbackName;
        }
        return new SOpValue(copy);
    }

    private Node select(Node shape, Predicate p, SourceRange range) {
        return node(NodeKind.SELECT, range, null, List.of(shape.children.get(0), shape.children.get(1)), null, p,
                null, null, null);
    }

    /** Tracr's {@code _attempt_simplify}: one predicate when both selects share keys and queries. */
    private static Predicate combined(Node a, Node b, boolean and) {
        if (a.kind != NodeKind.SELECT || b.kind != NodeKind.SELECT) return null;
        if (a.children.get(0) != b.children.get(0) || a.children.get(1) != b.children.get(1)) return null;
        Predicate p = a.predicate;
        Predicate q = b.predicate;
        String text = "(" + p.text() + ") " + (and ? "and" : "or") + " (" + q.text() + ")";
        return new PredicateFunction((List<Value> kq) -> {
            boolean left = Predicates.test(p, kq.get(0), kq.get(1), a.range);
            if (and ? !left : left) return BoolValue.of(left);
            return BoolValue.of(Predicates.test(q, kq.get(0), kq.get(1), b.range));
        }, text);
    }

    private Node node(NodeKind kind, SourceRange range, Encoding encoding, List<Node> children, RaspFunction fn,
                      Predicate predicate, NumericValue a, NumericValue b, Value defaultValue) {
        return add(new Node(nodes.size(), kind, at(range), encoding, children, fn, predicate, a, b, defaultValue));
    }

    /**
     * While library code runs (its text is not the user's), what it creates is placed at the
     * user's call of it; set by the interpreter, null otherwise.
     */
    public void libraryCall(SourceRange call) {
        libraryCall = call;
    }

    private SourceRange at(SourceRange range) {
        return range.isNone() && libraryCall != null ? libraryCall : range;
    }

    private Node add(Node n) {
        if (nodes.size() >= maxNodes) {
            throw new RaspException(org.raspworkbench.core.source.ErrorKind.LIMIT, "the program creates more than "
                    + maxNodes + " S-ops and selectors", n.range);
        }
        n.createdIn = current;
        nodes.add(n);
        return n;
    }

    private static Node fixed(Node n, String name) {
        n.name = name;
        n.owner = Frame.BUILTIN;
        n.fixedName = true;
        return n;
    }

    private static SOpValue sop(Node n) {
        return new SOpValue(n);
    }

    private static SelectorValue selector(Node n) {
        return new SelectorValue(n);
    }
}
