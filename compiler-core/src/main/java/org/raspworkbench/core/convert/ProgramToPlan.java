package org.raspworkbench.core.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.bases.FunctionFailure;
import org.raspworkbench.core.bases.ProgramBases;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorNot;
import org.raspworkbench.core.rasp.SelectorOr;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.rasp.TracrConstant;
import org.raspworkbench.core.source.ArithmeticFailure;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.value.Value;

/**
 * The model's part of a program's DAG (what the output needs, as Tracr's graph holds it) as a
 * {@link ConversionPlan}: a step per node in creation order, with variables, the nodes' final names,
 * and each function readable where a lambda recovered from the text gives the same results on its
 * inputs' value sets, else as a table of those results.
 */
final class ProgramToPlan {
    private final RaspProgram program;
    private final ProgramBases bases;
    private final SourceIndex index;
    private final ConvertTarget target;
    private final FunctionRecovery recovery;
    private final PredicateRecovery predicates;
    private final Identifiers identifiers = new Identifiers();
    private final Map<Integer, String> vars = new HashMap<>();

    private ProgramToPlan(RaspProgram program, ProgramBases bases, SourceIndex index, ConvertTarget target) {
        this.program = program;
        this.bases = bases;
        this.index = index;
        this.target = target;
        NodeText text = new NodeText(index, program);
        this.recovery = new FunctionRecovery(index, text);
        this.predicates = new PredicateRecovery(index, text);
    }

    static ConversionPlan run(RaspProgram program, ProgramBases bases, SourceIndex index, ConvertTarget target) {
        return new ProgramToPlan(program, bases, index, target).plan();
    }

    private ConversionPlan plan() {
        List<RaspExpr> nodes = new ArrayList<>(bases.graph().nodes());
        nodes.sort(Comparator.comparingInt(RaspExpr::id));
        Set<Integer> inModel = new HashSet<>();
        nodes.forEach(n -> inModel.add(n.id()));
        List<ConversionPlan.Planned> steps = new ArrayList<>();
        for (RaspExpr node : nodes) {
            if (isHiddenLengthSelector(node, nodes)) continue;
            step(node).ifPresent(s -> steps.add(new ConversionPlan.Planned(s, comments(node, nodes))));
        }
        List<String> leftOut = new ArrayList<>();
        for (RaspExpr node : program.nodes()) {
            // intermediate values nobody named (the map inside numerical(map(...))) go unmentioned
            boolean named = !program.origin(node).nameRange().isNone();
            if (!inModel.contains(node.id()) && !isBuiltin(node) && named) leftOut.add(node.name());
        }
        return new ConversionPlan(index.headerComment(), program.settings(), steps, var(program.output()), leftOut);
    }

    private Optional<PlanStep> step(RaspExpr node) {
        if (node instanceof TokensOp || node instanceof IndicesOp) {
            String builtin = node instanceof TokensOp ? ConversionPlan.TOKENS : ConversionPlan.INDICES;
            if (((SOp) node).isCategorical()) {
                vars.put(node.id(), builtin);
                return Optional.empty();
            }
            return Optional.of(new PlanStep.BuiltinCopy(define(node), node.name(), ((SOp) node).encoding(), builtin));
        }
        if (isLength(node)) {
            identifiers.claim("length");
            vars.put(node.id(), "length");
            return Optional.of(new PlanStep.Length("length", node.name()));
        }
        String v = define(node);
        if (node instanceof MapOp m) {
            return Optional.of(new PlanStep.Map(v, m.name(), m.encoding(), var(m.inner()),
                    function(m, m.fn(), inputs(List.of(m.inner())), mapGuesses(m), false), !(m.inner() instanceof MapOp)));
        }
        if (node instanceof SequenceMapOp m) {
            return Optional.of(new PlanStep.SequenceMap(v, m.name(), m.encoding(), var(m.first()), var(m.second()),
                    function(m, m.fn(), inputs(List.of(m.first(), m.second())), recovery.sequenceMap(m), false)));
        }
        if (node instanceof LinearSequenceMapOp m) {
            return Optional.of(new PlanStep.LinearSequenceMap(v, m.name(), m.encoding(), var(m.first()), var(m.second()),
                    m.firstCoeff(), m.secondCoeff()));
        }
        if (node instanceof AggregateOp a) {
            return Optional.of(new PlanStep.Aggregate(v, a.name(), a.encoding(), var(a.selector()), var(a.sop()),
                    a.sop().encoding(), a.defaultValue()));
        }
        if (node instanceof SelectorWidthOp w) {
            return Optional.of(new PlanStep.SelectorWidth(v, w.name(), w.encoding(), var(w.selector())));
        }
        if (node instanceof Select s) {
            PlanStep.Predicate p = s.predicate() instanceof Comparison c ? new PlanStep.Predicate.Compare(c)
                    : new PlanStep.Predicate.Function(function(s, ((PredicateFunction) s.predicate()).fn(),
                    inputs(List.of(s.keys(), s.queries())),
                    predicates.predicate(s, ((PredicateFunction) s.predicate()).fn()), true));
            return Optional.of(new PlanStep.Select(v, s.name(), var(s.keys()), var(s.queries()), p));
        }
        if (node instanceof SelectorAnd a) return Optional.of(new PlanStep.SelectorAnd(v, a.name(), var(a.first()), var(a.second())));
        if (node instanceof SelectorOr o) return Optional.of(new PlanStep.SelectorOr(v, o.name(), var(o.first()), var(o.second())));
        SelectorNot n = (SelectorNot) node;
        return Optional.of(new PlanStep.SelectorNot(v, n.name(), var(n.inner())));
    }

    /** The source's comments about the line that named the node, unless that line named other nodes too (a loop). */
    private List<String> comments(RaspExpr node, List<RaspExpr> nodes) {
        SourceRange named = program.origin(node).nameRange();
        if (named.isNone()) return List.of();
        for (RaspExpr other : nodes) {
            SourceRange r = program.origin(other).nameRange();
            if (other != node && r.startOffset() == named.startOffset() && r.endOffset() == named.endOffset()) {
                return List.of();
            }
        }
        return index.commentsAt(named);
    }

    /** Lambdas that may write a map's function; a Tracr Full is the constant map Tracr would compile. */
    private List<Expr.Lambda> mapGuesses(MapOp m) {
        if (m.fn() instanceof TracrConstant c && !c.perPosition()) {
            List<Expr.Lambda> out = new ArrayList<>();
            out.add(SyntaxShapes.lambda(List.of("x"), new Expr.Literal(c.value(), SourceRange.NONE)));
            out.addAll(recovery.map(m));
            return out;
        }
        return recovery.map(m);
    }

    /** The recovered lambda where it is right on every input the model sees, else the table of results. */
    private FunctionForm function(RaspExpr node, RaspFunction fn, List<List<Value>> inputs, List<Expr.Lambda> guesses,
                                  boolean predicate) {
        Optional<String> failure = failure(node, fn, inputs, predicate);
        String why;
        if (failure.isPresent()) {
            why = "the function fails on " + failure.get() + ", where Tracr would stop; the table leaves such inputs out,"
                    + " as this compiler does";
        } else {
            boolean unwritable = false;
            for (Expr.Lambda guess : guesses) {
                boolean right = FunctionCheck.sameOnInputs(guess, fn, inputs, predicate);
                if (right && writable(guess)) return new FunctionForm.Readable(guess);
                unwritable |= right;
            }
            String text = index.text(node.range()).strip().replaceAll("\\s+", " ");
            if (text.length() > 60) text = text.substring(0, 57) + "...";
            String what = text.isEmpty() ? "the function" : "'" + text + "'";
            why = (unwritable ? what + " uses a name " + (target == ConvertTarget.TRACR ? "Python" : ".rasp")
                    + " reserves or lacks" : what + " reads values known only when the program ran")
                    + "; the table holds its result on every input the model sees";
        }
        return FunctionTable.of(fn, inputs, predicate, why).orElseThrow(() -> new RaspException(ErrorKind.UNSUPPORTED,
                "the function of '" + node.name() + "' cannot be written in the other syntax: no lambda from its text"
                        + " gives its results, and a table cannot look up its input NaN (NaN equals nothing)", node.range()));
    }

    /** Whether the function fails with an arithmetic error on an input the model sees (Tracr's MLP would stop). */
    private Optional<String> failure(RaspExpr node, RaspFunction fn, List<List<Value>> inputs, boolean predicate) {
        if (!predicate && node instanceof SOp sop) {
            Optional<FunctionFailure> f = bases.failureOf(sop);
            return f.map(x -> describe(x.args()) + " (" + x.message() + ")");
        }
        for (List<Value> args : inputs) {
            try {
                fn.apply(args);
            } catch (ArithmeticFailure e) {
                return Optional.of(describe(args) + " (" + e.diagnostic().message() + ")");
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String describe(List<Value> args) {
        List<String> parts = new ArrayList<>();
        for (Value v : args) parts.add(ValueLiterals.of(v));
        return String.join(", ", parts);
    }

    /** The lambda reads only names both languages define (names bound once to a literal were inlined). */
    private boolean writable(Expr.Lambda l) {
        if (!SyntaxShapes.SAFE_NAMES.containsAll(ExprRewrite.freeNames(l))) return false;
        try {
            new ExprPrinter(target == ConvertTarget.TRACR ? Dialect.PYTHON : Dialect.RASP).print(l);
            return true;
        } catch (ExprPrinter.Unprintable e) {
            return false;
        }
    }

    /** Every input the model gives the function: its inputs' value sets, and all pairs of them for two. */
    private List<List<Value>> inputs(List<SOp> children) {
        List<List<Value>> out = new ArrayList<>();
        List<Value> first = bases.valueSetOf(children.get(0));
        if (children.size() == 1) {
            for (Value v : first) out.add(List.of(v));
            return out;
        }
        List<Value> second = bases.valueSetOf(children.get(1));
        for (Value a : first) for (Value b : second) out.add(List.of(a, b));
        return out;
    }

    private String define(RaspExpr node) {
        String v = identifiers.fresh(node.name());
        vars.put(node.id(), v);
        return v;
    }

    private String var(RaspExpr node) {
        String v = vars.get(node.id());
        if (v == null) throw new IllegalStateException("'" + node.name() + "' is read before it is defined");
        return v;
    }

    /** Tracr's {@code make_length()} as the language makes it: no text, named length, over an all-true select. */
    private static boolean isLength(RaspExpr node) {
        return node instanceof SelectorWidthOp w && w.range().isNone() && w.name().equals("length") && w.isCategorical()
                && isLengthSelector(w.selector());
    }

    private static boolean isLengthSelector(RaspExpr node) {
        return node instanceof Select s && s.range().isNone() && s.predicate() == Comparison.TRUE
                && s.keys() instanceof TokensOp && s.queries() instanceof TokensOp;
    }

    /** make_length()'s own select, which nothing but length reads, is not a step of its own. */
    private boolean isHiddenLengthSelector(RaspExpr node, List<RaspExpr> nodes) {
        if (!isLengthSelector(node)) return false;
        for (RaspExpr other : nodes) {
            if (other.children().stream().anyMatch(c -> c.id() == node.id()) && !isLength(other)) return false;
        }
        return true;
    }

    private static boolean isBuiltin(RaspExpr node) {
        return node instanceof TokensOp || node instanceof IndicesOp || isLength(node) || isLengthSelector(node);
    }
}
