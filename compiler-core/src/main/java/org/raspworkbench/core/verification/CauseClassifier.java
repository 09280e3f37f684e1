package org.raspworkbench.core.verification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.validation.NumericalMlpInputs;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * Names why the first diverging S-op is wrong on one input, from what it is (an aggregate, a
 * selector width, a map of a numerical S-op), what the program says its inputs hold, and, for
 * heads, the attention pattern the model actually forms.
 */
final class CauseClassifier {
    /** A head whose weights stray this far from the selection's ideal pattern mixes positions. */
    static final double SOFT_ATTENTION = 0.01;
    /** Values this close (relative) count as the same member of a value set. */
    private static final double SAME_VALUE = 1e-9;

    private final CompiledModel model;
    private final Map<Integer, SOpSite> sites;
    /** Per S-op (by identity), what it reads ({@link #inputsOf}), found once: causes are named per input. */
    private final Map<SOp, List<SOp>> inputs = new java.util.IdentityHashMap<>();
    /** Whether the diagnosis being made is worded ({@link #diagnose}). */
    private boolean worded = true;

    CauseClassifier(CompiledModel model, Map<Integer, SOpSite> sites) {
        this.model = model;
        this.sites = sites;
    }

    /** @param attention the input's attention weights, {@code [layer][head][query][key]} */
    /** The input's divergence when the model disagrees in float32 but agrees in float64. */
    static Diagnosis floatPrecision(Divergence d) {
        return new Diagnosis(Optional.of(d), CauseKind.FLOAT_PRECISION, d.sop(), "'" + d.sop().name() + "' is "
                + d.model().repr() + " at position " + d.position() + " where the program says " + d.program().repr()
                + " when the model computes in float32; in float64 the model gives the program's output here");
    }

    Diagnosis diagnose(List<Value> input, Evaluation ev, Optional<Divergence> divergence, double[][][][] attention) {
        return diagnose(input, ev, divergence, (layer, head, query) -> attention[layer][head][query]);
    }

    /** A head's attention weights over the keys for one query (row 0 the BOS), made when asked for. */
    interface AttentionRows {
        double[] row(int layer, int head, int query);
    }

    Diagnosis diagnose(List<Value> input, Evaluation ev, Optional<Divergence> divergence, AttentionRows attention) {
        return diagnose(input, ev, divergence, attention, true);
    }

    /**
     * @param worded whether to word the diagnosis: without words (an empty message) it only names
     *               the cause and the culprit, which is what counts the inputs of a cause; a
     *               report words one input per cause and its listed examples
     */
    Diagnosis diagnose(List<Value> input, Evaluation ev, Optional<Divergence> divergence, AttentionRows attention,
                       boolean worded) {
        this.worded = worded;
        if (divergence.isEmpty()) {
            return new Diagnosis(divergence, CauseKind.UNKNOWN, model.output().sop(), say(() -> "the output '"
                    + model.output().sop().name() + "' differs, yet every S-op's subspace holds the program's value"));
        }
        Divergence d = divergence.get();
        SOp sop = d.sop();
        int p = d.position();
        String wrong = worded ? "'" + sop.name() + "' is " + d.model().repr() + " at position " + p
                + " where the program says " + d.program().repr() : "";
        if (sop instanceof AggregateOp || sop instanceof SelectorWidthOp) {
            Optional<Diagnosis> none = noneRead(sop, ev, d, wrong);
            if (none.isPresent()) return none.get();
        }
        if (sop instanceof AggregateOp a) {
            Optional<Diagnosis> why = aggregate(a, input, ev, d, wrong, attention);
            if (why.isPresent()) return why.get();
        }
        if (sop instanceof SelectorWidthOp w) return selectorWidth(w, input, ev, d, wrong, attention);
        if (sop instanceof MapOp m && m.inner().isNumerical()) return numericalMlp(m, ev, d, wrong);
        if (sop instanceof MapOp m && m.isNumerical() && d.program() instanceof NumericValue v && v.asDouble() < 0) {
            // Tracr's map_categorical_to_numerical_mlp: the table's value passes a ReLU unchanged only if >= 0
            return new Diagnosis(divergence, CauseKind.NEGATIVE_CLIPPED, sop, say(() -> wrong
                    + ": its MLP (a table from '"
                    + m.inner().name() + "' to the value) passes the value " + v.repr() + " through a ReLU, which "
                    + "gives 0 for any negative value"));
        }
        if ((sop instanceof MapOp || sop instanceof SequenceMapOp) && !sop.isNumerical()) {
            for (RaspExpr c : sop.children()) {
                if (c instanceof AggregateOp a && a.isCategorical() && ev.valuesOf(a).get(p) instanceof FloatValue f
                        && f.asDouble() == Math.rint(f.asDouble())) {
                    return new Diagnosis(divergence, CauseKind.FLOAT_MEAN, a, say(() -> wrong
                            + ": it reads '" + a.name()
                            + "', whose mean of equal ints is the float " + f.repr() + " in the program, while the "
                            + "head moves the int; the function of '" + sop.name() + "' tells them apart"));
                }
            }
        }
        Optional<Diagnosis> upstream = upstreamBlend(sop, ev, d, wrong);
        if (upstream.isPresent()) return upstream.get();
        return new Diagnosis(divergence, CauseKind.UNKNOWN, sop, say(() -> wrong
                + " (written by the " + d.sublayer().label()
                + " of layer " + d.layer() + ", snapshot " + d.snapshot() + "); no known cause explains it"));
    }

    /** An aggregate that averages different values, or whose head does not saturate; else nothing said yet. */
    private Optional<Diagnosis> aggregate(AggregateOp a, List<Value> input, Evaluation ev, Divergence d, String wrong,
                                          AttentionRows attention) {
        boolean[] selected = ev.selectionRowOf(a.selector(), d.position());
        List<Value> values = ev.valuesOf(a.sop());
        Set<Value> distinct = new LinkedHashSet<>();
        List<Integer> keys = new ArrayList<>();
        for (int k = 0; k < selected.length; k++) {
            if (selected[k]) {
                distinct.add(values.get(k));
                keys.add(k);
            }
        }
        if (a.isCategorical() && distinct.size() > 1) {
            return Optional.of(new Diagnosis(Optional.of(d), CauseKind.AGGREGATE_MEAN, a, say(() -> wrong
                    + ": at that position it "
                    + "selects positions " + keys + ", which hold different values " + reprs(distinct) + " of '"
                    + a.sop().name() + "'; the head averages their one-hot vectors instead of moving one value")));
        }
        return softAttention(input, d, selected, false, wrong, attention);
    }

    /** A selector width whose head does not saturate, else its MLP's precision. */
    private Diagnosis selectorWidth(SelectorWidthOp w, List<Value> input, Evaluation ev, Divergence d, String wrong,
                                    AttentionRows attention) {
        boolean[] selected = ev.selectionRowOf(w.selector(), d.position());
        Optional<Diagnosis> soft = softAttention(input, d, selected, true, wrong, attention);
        if (soft.isPresent()) return soft.get();
        return new Diagnosis(Optional.of(d), CauseKind.MLP_PRECISION, w, say(() -> wrong
                + ": the selector-width MLP cannot "
                + "separate widths " + d.program().repr() + " and " + d.model().repr() + " at mlp_exactness "
                + exactness()));
    }

    /**
     * Whatever this S-op reads decoded right (it is written earlier and did not diverge), yet a
     * one-hot upstream was not clean, and the maps, sequence maps and heads after it pass the
     * blend on until a table or a head's scores turn it into a wrong value: the nearest
     * categorical aggregate that averages different values on this input (its mean may even
     * decode to a member of its value set), or the nearest discretising MLP (its output is exact
     * only at a high enough mlp_exactness).
     */
    private Optional<Diagnosis> upstreamBlend(SOp sop, Evaluation ev, Divergence d, String wrong) {
        List<SOp> todo = new ArrayList<>(inputsOf(sop));
        Set<SOp> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            SOp s = todo.remove(0);
            if (!seen.add(s)) continue;
            if (s instanceof AggregateOp a && a.isCategorical() && averages(a, ev)) {
                return Optional.of(new Diagnosis(Optional.of(d), CauseKind.AGGREGATE_MEAN, a, say(() -> wrong
                        + ": it reads, "
                        + "through what lies between, the categorical aggregate '" + a.name() + "', which on this "
                        + "input selects positions holding different values; the head averages their one-hot "
                        + "vectors, and the blend reaches '" + sop.name() + "'")));
            }
            if (!s.isNumerical() && (s instanceof SelectorWidthOp || s instanceof MapOp m && m.inner().isNumerical())) {
                return Optional.of(new Diagnosis(Optional.of(d), CauseKind.MLP_PRECISION, s, say(() -> wrong
                        + ": what it "
                        + "reads decodes right but holds a blend of one-hot directions, left by the "
                        + (s instanceof SelectorWidthOp ? "selector-width " : "") + "MLP of '" + s.name()
                        + "' at mlp_exactness " + exactness() + ", and the blend reaches '" + sop.name() + "'")));
            }
            todo.addAll(inputsOf(s));
        }
        return Optional.empty();
    }

    /** Whether the aggregate selects, for some query, positions holding different values. */
    private static boolean averages(AggregateOp a, Evaluation ev) {
        boolean[][] selection = ev.selectionOf(a.selector());
        List<Value> values = ev.valuesOf(a.sop());
        for (int q = 0; q < ev.unpaddedLength(); q++) {
            Set<Value> distinct = new LinkedHashSet<>();
            for (int k = 0; k < ev.unpaddedLength(); k++) {
                if (selection[q][k]) distinct.add(values.get(k));
            }
            if (distinct.size() > 1) return true;
        }
        return false;
    }

    /** An S-op the aggregate or width reads that the program leaves None somewhere: the model reads 0. */
    private Optional<Diagnosis> noneRead(SOp sop, Evaluation ev, Divergence d, String wrong) {
        for (SOp in : inputsOf(sop)) {
            List<Value> values = ev.valuesOf(in);
            for (int q = 0; q < ev.unpaddedLength(); q++) {
                if (values.get(q) instanceof NoneValue) {
                    int at = q;
                    return Optional.of(new Diagnosis(Optional.of(d), CauseKind.NONE_DEFAULT, in, say(() -> wrong
                            + ": it reads '" + in.name() + "', which the program leaves None at position " + at
                            + ", and the model holds 0 there instead")));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Diagnosis> softAttention(List<Value> input, Divergence d, boolean[] selected, boolean bosAlways,
                                              String wrong, AttentionRows attention) {
        SOpSite site = sites.get(d.sop().id());
        if (site == null || site.head() < 0) return Optional.empty();
        double[] weights = attention.row(site.headLayer(), site.head(), d.position() + 1);
        int count = 0;
        for (boolean s : selected) count += s ? 1 : 0;
        boolean onBos = bosAlways || count == 0;
        double share = 1.0 / (count + (onBos ? 1 : 0));
        double worst = 0;
        double onSelected = 0;
        // the ideal pattern: an equal share on each selected key, and on the BOS when it is attended
        for (int k = 0; k < weights.length; k++) {
            boolean ideal = k == 0 ? onBos : k - 1 < selected.length && selected[k - 1];
            worst = Math.max(worst, Math.abs(weights[k] - (ideal ? share : 0)));
            if (ideal) onSelected += weights[k];
        }
        if (worst <= SOFT_ATTENTION) return Optional.empty();
        double held = onSelected;
        return Optional.of(new Diagnosis(Optional.of(d), CauseKind.SOFT_ATTENTION, d.sop(), say(() -> wrong
                + ": at length " + input.size() + " the softmax of its head (layer " + site.headLayer() + ", head "
                + site.head() + ") does not saturate: position " + d.position() + " puts " + percent(held)
                + " of its attention on the positions it should, and mixes in the others")));
    }

    private Diagnosis numericalMlp(MapOp m, Evaluation ev, Divergence d, String wrong) {
        SOp in = m.inner();
        Value x = ev.valuesOf(in).get(d.position());
        List<Value> built = model.valueSetOf(in).orElse(List.of());
        if (x instanceof NumericValue xv && !contains(built, xv.asDouble())) {
            return new Diagnosis(Optional.of(d), CauseKind.VALUE_SET, m, say(() -> wrong
                    + ": its MLP reads '" + in.name()
                    + "' = " + x.repr() + " there, a value outside the set " + NumericalMlpInputs.listed(built)
                    + " it was built for; the value comes from " + origin(in)));
        }
        // the value it is taken for is found by running the map over the value set: only when worded
        return new Diagnosis(Optional.of(d), CauseKind.MLP_PRECISION, m, say(() -> wrong + ": its MLP cannot separate '"
                + in.name() + "' = " + NumericalMlpInputs.shortForm(x) + " from "
                + NumericalMlpInputs.shortForm(confusedWith(m, built, x, d.model())) + " at mlp_exactness " + exactness()));
    }

    /** The value of the input set, other than x, that the map sends closest to what the model output. */
    private static Value confusedWith(MapOp m, List<Value> built, Value x, Value modelOut) {
        Value best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        double xd = x instanceof NumericValue n ? n.asDouble() : 0;
        for (Value v : built) {
            if (!(v instanceof NumericValue nv) || Math.abs(nv.asDouble() - xd) <= SAME_VALUE * Math.max(1, Math.abs(xd))) {
                continue;
            }
            double score = Math.abs(nv.asDouble() - xd);
            try {
                Value fv = m.fn().apply(v);
                boolean hit = fv.equals(modelOut) || (fv instanceof NumericValue a && modelOut instanceof NumericValue b
                        && Math.abs(a.asDouble() - b.asDouble()) <= 1e-3 * Math.max(1, Math.abs(b.asDouble())));
                if (!hit) score += 1e12;
            } catch (RuntimeException e) {
                score += 1e12;
            }
            if (score < bestScore) {
                bestScore = score;
                best = v;
            }
        }
        return best == null ? x : best;
    }

    private static String origin(SOp in) {
        if (in instanceof AggregateOp a) {
            return "the numerical aggregate '" + a.name() + "' (a mean of the selected values of '" + a.sop().name()
                    + "', whose fractions value-set inference does not all foresee)";
        }
        if (in instanceof MapOp m) return "the numerical map '" + m.name() + "' of '" + m.inner().name() + "'";
        if (in instanceof LinearSequenceMapOp l) {
            return "the linear combination '" + l.name() + "' of '" + l.first().name() + "' and '" + l.second().name() + "'";
        }
        return "'" + in.name() + "'";
    }

    /** The S-ops an aggregate or selector width reads: its selector's keys and queries, and the values. */
    private List<SOp> inputsOf(SOp sop) {
        return inputs.computeIfAbsent(sop, CauseClassifier::inputsRead);
    }

    private static List<SOp> inputsRead(SOp sop) {
        Set<SOp> out = new LinkedHashSet<>();
        List<RaspExpr> todo = new ArrayList<>(sop.children());
        while (!todo.isEmpty()) {
            RaspExpr e = todo.remove(0);
            if (e instanceof SOp s) out.add(s);
            else if (e instanceof Select s) {
                out.add(s.keys());
                out.add(s.queries());
            } else todo.addAll(e.children());
        }
        return List.copyOf(out);
    }

    private static boolean contains(List<Value> set, double x) {
        for (Value v : set) {
            if (v instanceof NumericValue n && Math.abs(n.asDouble() - x) <= SAME_VALUE * Math.max(1, Math.abs(x))) {
                return true;
            }
        }
        return false;
    }

    /** The message, when the diagnosis being made is worded; else nothing is put together. */
    private String say(java.util.function.Supplier<String> message) {
        return worded ? message.get() : "";
    }

    private String exactness() {
        double e = model.program().settings().mlpExactness();
        return e == Math.rint(e) ? Long.toString((long) e) : Double.toString(e);
    }

    /** What {@code "%.1f%%"} gives, without a Formatter per call (verification words thousands of causes). */
    private static String percent(double w) {
        return java.math.BigDecimal.valueOf(100 * w).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String reprs(Set<Value> values) {
        List<String> out = new ArrayList<>();
        for (Value v : values) out.add(v.repr());
        return "(" + String.join(", ", out) + ")";
    }
}
