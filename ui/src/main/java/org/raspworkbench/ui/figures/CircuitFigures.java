package org.raspworkbench.ui.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.circuits.AxisEntry;
import org.raspworkbench.core.circuits.Component;
import org.raspworkbench.core.circuits.Contribution;
import org.raspworkbench.core.circuits.HeadGrids;
import org.raspworkbench.core.circuits.HeadRole;
import org.raspworkbench.core.circuits.MlpKind;
import org.raspworkbench.core.circuits.MlpRow;
import org.raspworkbench.core.circuits.MlpTable;
import org.raspworkbench.core.circuits.PositionAttribution;
import org.raspworkbench.core.circuits.Step;
import org.raspworkbench.core.model.Readout;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * The figures of a model's circuits (core.circuits): a head's QK and OV grids, an MLP's function
 * table and the direct attribution of a run, titled and labelled the way the IDE and
 * {@code rasp export circuits} show them. Titles start with the program's name; pass an empty one
 * for a view that shows the program already.
 */
public final class CircuitFigures {
    private CircuitFigures() {
    }

    /** The QK circuit: query values down, key values across (BOS first), the attention logit in each cell. */
    public static CircuitGrid qk(String program, HeadGrids h) {
        List<String> rows = h.qk().queries().stream().map(AxisEntry::label).toList();
        List<String> cols = h.qk().keys().stream().map(AxisEntry::label).toList();
        return new CircuitGrid(titled(program, h.name() + ": " + h.sop().name() + " QK"), "query: " + h.querySop().name(),
                "key: " + h.keySop().name(), rows, cols, h.qk().scores(), Scale.automatic(h.qk().scores()));
    }

    /** The OV circuit: value directions down (BOS first), output directions across. */
    public static CircuitGrid ov(String program, HeadGrids h) {
        List<String> rows = h.ov().inputs().stream().map(AxisEntry::label).toList();
        List<String> cols = h.ov().outputs().stream().map(BasisDirection::label).toList();
        String value = h.role() == HeadRole.SELECTOR_WIDTH ? "value: BOS (selector width)"
                : "value: " + h.valueSop().map(SOp::name).orElse("");
        return new CircuitGrid(titled(program, h.name() + ": " + h.sop().name() + " OV"), value, "output: " + h.sop().name(),
                rows, cols, h.ov().values(), Scale.automatic(h.ov().values()));
    }

    /**
     * The MLP's table at the values it was built for: inputs, what the weights give, what the
     * program gives, mismatches marked; for a numerical input the hidden units' switching points as
     * lines between the rows they fall between.
     */
    public static FunctionTable mlp(String program, MlpTable t) {
        List<String> headers = new ArrayList<>();
        if (t.kind() == MlpKind.SELECTOR_WIDTH) headers.add(t.sop().name() + " attention (1/(w+1))");
        else for (SOp s : t.inputs()) headers.add(s.name());
        headers.add("model");
        headers.add("program");
        List<MlpRow> shown = t.rows().stream().filter(MlpRow::onValueSet).toList();
        List<FunctionTable.Row> rows = new ArrayList<>();
        for (MlpRow r : shown) {
            List<String> cells = new ArrayList<>();
            if (t.kind() == MlpKind.SELECTOR_WIDTH || t.inputs().size() == r.inputs().size()) {
                for (Value v : r.inputs()) cells.add(text(v));
            } else {
                // a sequence map of one S-op with itself: one input column
                cells.add(text(r.inputs().get(0)));
            }
            cells.add(model(r, t.sop().isNumerical()));
            cells.add(r.program().map(CircuitFigures::text).orElse(r.failure().isPresent() ? "fails" : "\u2014"));
            rows.add(new FunctionTable.Row(cells, switch (r.agreement()) {
                case AGREES -> FunctionTable.Mark.AGREES;
                case DIFFERS -> FunctionTable.Mark.DIFFERS;
                case NOT_COMPARED -> FunctionTable.Mark.NOT_COMPARED;
            }));
        }
        String title = titled(program, t.name() + " (" + t.kind().label().replace('_', ' ') + ")")
                + (t.mismatches() > 0 ? ": " + t.mismatches() + " mismatch" + (t.mismatches() == 1 ? "" : "es") : "");
        return new FunctionTable(title, headers, rows, breaks(t, shown));
    }

    /** Each gap between consecutive single-input rows gets one line naming the steps inside it, with their ramps. */
    private static List<FunctionTable.Break> breaks(MlpTable t, List<MlpRow> rows) {
        List<FunctionTable.Break> out = new ArrayList<>();
        if (t.breakpoints().isEmpty() || rows.isEmpty() || rows.get(0).inputs().size() != 1) return out;
        double[] xs = new double[rows.size()];
        for (int i = 0; i < xs.length; i++) {
            if (!(rows.get(i).inputs().get(0) instanceof NumericValue n)) return out;
            xs[i] = n.asDouble();
        }
        List<Step> steps = t.steps();
        for (int gap = 0; gap <= xs.length; gap++) {
            double lo = gap == 0 ? Double.NEGATIVE_INFINITY : xs[gap - 1];
            double hi = gap == xs.length ? Double.POSITIVE_INFINITY : xs[gap];
            List<String> inside = new ArrayList<>();
            for (Step st : steps) {
                if (!(st.at() > Math.min(lo, hi) && st.at() <= Math.max(lo, hi))) continue;
                String text = number(st.at()) + (st.rampFrom() != st.at() ? " (ramp from " + number(st.rampFrom()) + ")" : "");
                if (!inside.contains(text)) inside.add(text);
            }
            if (!inside.isEmpty()) out.add(new FunctionTable.Break(gap, "step at " + String.join(", ", inside)));
        }
        return out;
    }

    /** What the weights give; a categorical output with no direction written is shown as such (a number is just 0). */
    private static String model(MlpRow r, boolean numerical) {
        if (!r.written() && !numerical) return "\u2205 (nothing written)";
        Readout m = r.model();
        if (!m.isTie()) return text(m.value());
        return text(m.value()) + " (tie: " + m.tied().stream().map(CircuitFigures::text).collect(Collectors.joining(", ")) + ")";
    }

    /** Direct attribution of each output position: every component's share of the winner and the runner-up. */
    public static AttributionChart attribution(String program, List<PositionAttribution> positions, List<Value> input) {
        List<AttributionChart.Panel> panels = new ArrayList<>();
        boolean runnerUp = false;
        for (PositionAttribution a : positions) {
            List<AttributionChart.Bar> bars = new ArrayList<>();
            for (Contribution c : a.contributions()) {
                bars.add(new AttributionChart.Bar(label(c.component()), c.winner(),
                        a.runnerUp().isPresent() ? c.runnerUp() : Double.NaN));
            }
            runnerUp |= a.runnerUp().isPresent();
            String token = a.position() - 1 < input.size() ? input.get(a.position() - 1).repr() : "";
            String title = "position " + a.position() + " (" + token + "): " + a.winner().label() + " = "
                    + number(a.finalWinner()) + a.runnerUp().map(r -> " over " + r.label() + " = " + number(a.finalRunnerUp()))
                    .orElse("");
            panels.add(new AttributionChart.Panel(title, bars));
        }
        String inputText = briefInput(input);
        return new AttributionChart(program.isEmpty() ? "direct attribution on " + inputText
                : program + ": direct attribution on " + inputText, "winning direction",
                runnerUp ? "runner-up" : "", panels);
    }

    /** Python's repr, as the residual labels spell values; a float with many digits to four significant ones. */
    /** Inputs longer than this are shown in titles by their first and last tokens and their length. */
    static final int TITLE_TOKENS = 12;

    /**
     * The input for a title: Python's repr of the list, or for a long one its first and last tokens
     * and its length ({@code [61, 16, 52, …, 29, 26] (64 tokens)}). A chart is as wide as its title,
     * and sort at n = 64 spelled out made the attribution chart 2,000 px wide.
     */
    public static String briefInput(List<Value> input) {
        if (input.size() <= TITLE_TOKENS) return input.stream().map(Value::repr).collect(Collectors.joining(", ", "[", "]"));
        int head = TITLE_TOKENS - 3;
        return java.util.stream.Stream.concat(input.subList(0, head).stream().map(Value::repr),
                java.util.stream.Stream.concat(java.util.stream.Stream.of("\u2026"),
                        input.subList(input.size() - 2, input.size()).stream().map(Value::repr)))
                .collect(Collectors.joining(", ", "[", "]")) + " (" + input.size() + " tokens)";
    }

    /** {@code program what}, or just {@code what} for an empty program name (a view that shows the program already). */
    private static String titled(String program, String what) {
        return program.isEmpty() ? what : program + " " + what;
    }

    /** The component with its S-ops, or their count where the list would crowd out the bars. */
    private static String label(Component c) {
        String full = c.describe();
        return full.length() <= 32 ? full : c.name() + " (" + c.sops().size() + " S-ops)";
    }

    private static String text(Value v) {
        String repr = v.repr();
        if (v instanceof FloatValue f && repr.length() > 8) return number(f.asDouble());
        return repr;
    }

    /** Four significant digits: enough to tell neighbouring values of a value set apart. */
    static String number(double d) {
        if (d == 0) return "0";
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        return new BigDecimal(d).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
