package org.raspworkbench.core.circuits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.craft.SelectorWidthBlock;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.MlpPart;
import org.raspworkbench.core.model.MlpProbe;
import org.raspworkbench.core.model.Readout;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.verification.ValueAgreement;
import org.raspworkbench.core.verification.VerificationOptions;

/**
 * Reads each S-op's MLP off the weights as a table: the layer's MLP is run ({@link MlpProbe}, the
 * forward pass's own code) on the residual vector of each input value (each pair for a sequence
 * map), the output decoded as verification decodes it, and the program's own function applied to
 * the same values; a value-set row where the two differ is flagged. A numerical input also gets a
 * grid of points between its values (not compared: the model never sees them) and the hidden
 * units' thresholds, which is where the discretised function steps.
 */
public final class ModelToMlpTables {
    /** Grid points across a numerical input's range, besides its own values. */
    static final int GRID_POINTS = 64;
    /** An output direction below this is not written (float noise of an exact zero). */
    private static final double WRITTEN = 1e-6;

    private ModelToMlpTables() {
    }

    public static List<MlpTable> run(CompiledModel model) {
        return run(model, VerificationOptions.DEFAULT_TOLERANCE);
    }

    /** @param tolerance a numerical output agrees within it, relative above 1, as verification compares */
    public static List<MlpTable> run(CompiledModel model, double tolerance) {
        List<MlpTable> out = new ArrayList<>();
        for (LayerCircuit layer : model.circuits()) {
            for (MlpPart part : layer.mlp()) out.add(new Reader(model, layer, part, new ValueAgreement(tolerance)).table());
        }
        return List.copyOf(out);
    }

    /** The tables of one layer's MLP, for a view that shows one layer at a time. */
    public static List<MlpTable> of(CompiledModel model, int layer) {
        LayerCircuit circuit = model.circuits().get(layer);
        ValueAgreement agreement = new ValueAgreement(VerificationOptions.DEFAULT_TOLERANCE);
        return circuit.mlp().stream().map(part -> new Reader(model, circuit, part, agreement).table()).toList();
    }

    /** One part's table. */
    private record Reader(CompiledModel model, LayerCircuit layer, MlpPart part, ValueAgreement agreement) {
        MlpTable table() {
            SOp sop = part.sop();
            List<MlpRow> rows = new ArrayList<>();
            List<BasisDirection> numericalInputs = new ArrayList<>();
            MlpKind kind;
            List<SOp> inputs;
            if (sop instanceof MapOp m) {
                SOp in = m.inner();
                inputs = List.of(in);
                if (in.isCategorical()) {
                    kind = sop.isCategorical() ? MlpKind.CATEGORICAL_MAP : MlpKind.CATEGORICAL_TO_NUMERICAL;
                    for (BasisDirection d : directionsOf(in)) {
                        rows.add(row(List.of(AxisEntry.categorical(d)), List.of(d.value()), true, apply(m.fn(), d.value())));
                    }
                } else {
                    kind = sop.isCategorical() ? MlpKind.NUMERICAL_TO_CATEGORICAL : MlpKind.NUMERICAL_MAP;
                    BasisDirection d = single(in);
                    numericalInputs.add(d);
                    numericalRows(rows, d, numbers(ModelToHeadGrids.sortedValues(model, in)), x -> apply(m.fn(), x));
                }
            } else if (sop instanceof SequenceMapOp s) {
                kind = MlpKind.SEQUENCE_MAP;
                if (s.first().id() == s.second().id()) {
                    inputs = List.of(s.first());
                    for (BasisDirection d : directionsOf(s.first())) {
                        rows.add(row(List.of(AxisEntry.categorical(d)), List.of(d.value()), true,
                                apply(s.fn(), d.value(), d.value())));
                    }
                } else {
                    inputs = List.of(s.first(), s.second());
                    for (BasisDirection x : directionsOf(s.first())) {
                        for (BasisDirection y : directionsOf(s.second())) {
                            rows.add(row(List.of(AxisEntry.categorical(x), AxisEntry.categorical(y)),
                                    List.of(x.value(), y.value()), true, apply(s.fn(), x.value(), y.value())));
                        }
                    }
                }
            } else if (sop instanceof LinearSequenceMapOp l) {
                kind = MlpKind.LINEAR_SEQUENCE_MAP;
                BasisDirection dx = single(l.first());
                BasisDirection dy = single(l.second());
                numericalInputs.add(dx);
                List<Value> xs = ModelToHeadGrids.sortedValues(model, l.first());
                if (l.first().id() == l.second().id()) {
                    inputs = List.of(l.first());
                    for (Value x : xs) {
                        rows.add(row(List.of(AxisEntry.numerical(dx, x, number(x))), List.of(x), true, apply(l.fn(), x, x)));
                    }
                } else {
                    inputs = List.of(l.first(), l.second());
                    numericalInputs.add(dy);
                    for (Value x : xs) {
                        for (Value y : ModelToHeadGrids.sortedValues(model, l.second())) {
                            rows.add(row(List.of(AxisEntry.numerical(dx, x, number(x)), AxisEntry.numerical(dy, y, number(y))),
                                    List.of(x, y), true, apply(l.fn(), x, y)));
                        }
                    }
                }
            } else if (sop instanceof SelectorWidthOp w) {
                kind = MlpKind.SELECTOR_WIDTH;
                inputs = List.of(w);
                BasisDirection d = SelectorWidthBlock.attentionOutput(w.name());
                numericalInputs.add(d);
                // the head leaves 1/(w+1) in its output direction; the MLP turns it back into w
                for (Value width : ModelToHeadGrids.sortedValues(model, w)) {
                    double x = 1 / (number(width) + 1);
                    FloatValue in = FloatValue.of(x);
                    rows.add(row(List.of(AxisEntry.numerical(d, in, x)), List.of(in), true, Result.of(width)));
                }
                rows.sort(Comparator.comparingDouble(r -> number(r.inputs().get(0))));
                grid(rows, d, rows.stream().map(r -> number(r.inputs().get(0))).toList(), x -> Result.NONE);
            } else {
                throw new IllegalStateException("an MLP computes " + sop.name() + ", which no MLP construction makes");
            }
            return new MlpTable(layer.layer(), sop, kind, inputs, rows, breakpoints(numericalInputs), part.hidden().clone());
        }

        private void numericalRows(List<MlpRow> rows, BasisDirection d, List<Value> values,
                                   java.util.function.Function<Value, Result> f) {
            List<Double> xs = new ArrayList<>();
            for (Value v : values) {
                rows.add(row(List.of(AxisEntry.numerical(d, v, number(v))), List.of(v), true, f.apply(v)));
                xs.add(number(v));
            }
            grid(rows, d, xs, x -> f.apply(FloatValue.of(x)));
        }

        /** Evenly spaced points over the values' range that are not values themselves. */
        private void grid(List<MlpRow> rows, BasisDirection d, List<Double> values,
                          java.util.function.DoubleFunction<Result> f) {
            if (values.size() < 2) return;
            double lo = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double hi = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            for (int i = 0; i <= GRID_POINTS; i++) {
                double x = lo + (hi - lo) * i / GRID_POINTS;
                if (values.contains(x)) continue;
                FloatValue v = FloatValue.of(x);
                rows.add(row(List.of(AxisEntry.numerical(d, v, x)), List.of(v), false, f.apply(x)));
            }
        }

        private MlpRow row(List<AxisEntry> entries, List<Value> inputs, boolean onValueSet, Result program) {
            double[] x = ResidualVectors.of(model, entries);
            double[] delta = MlpProbe.delta(layer, x);
            SOpReadout readout = SOpReadout.of(model, part.sop())
                    .orElseThrow(() -> new IllegalStateException(part.sop().name() + " has no residual directions"));
            boolean written = false;
            for (int c : readout.columns()) written |= Math.abs(delta[c]) > WRITTEN;
            double[] after = x.clone();
            for (int c = 0; c < after.length; c++) after[c] += delta[c];
            Readout model = readout.read(after);
            return new MlpRow(inputs, onValueSet, model, written, program.value(), program.failure(),
                    agreement(onValueSet, model, written, program));
        }

        private Agreement agreement(boolean onValueSet, Readout decoded, boolean written, Result program) {
            if (!onValueSet || program.value().isEmpty()) return Agreement.NOT_COMPARED;
            Value want = program.value().get();
            if (part.sop().isNumerical()) {
                return agreement.agrees(decoded.value(), want, true) ? Agreement.AGREES : Agreement.DIFFERS;
            }
            if (!written) return want instanceof NoneValue ? Agreement.AGREES : Agreement.DIFFERS;
            return agreement.agrees(decoded.value(), want, false) ? Agreement.AGREES : Agreement.DIFFERS;
        }

        private Result apply(RaspFunction fn, Value... args) {
            try {
                Value v = fn.apply(List.of(args));
                boolean discretising = part.sop() instanceof MapOp m && m.inner().isNumerical();
                if ((part.sop().isNumerical() || discretising) && v instanceof NoneValue) {
                    return new Result(Optional.empty(), Optional.of("the function gives None, which Tracr leaves out"));
                }
                return Result.of(v);
            } catch (RaspException e) {
                return new Result(Optional.empty(), Optional.of(e.getMessage()));
            }
        }

        /** The input S-op's directions the MLP reads, in its own (sorted) order. */
        private List<BasisDirection> directionsOf(SOp in) {
            BasisDirection bos = ResidualVectors.bos(model);
            List<BasisDirection> out = new ArrayList<>();
            for (BasisDirection d : part.block().first().input().basis()) {
                if (d.name().equals(in.name()) && !d.equals(bos)) out.add(d);
            }
            return out;
        }

        private BasisDirection single(SOp in) {
            List<BasisDirection> ds = directionsOf(in);
            if (ds.size() != 1) throw new IllegalStateException("numerical " + in.name() + " has " + ds.size() + " directions");
            return ds.get(0);
        }

        /** Each hidden unit's zero crossing along each numerical input (the others and {@code one} as at a position). */
        private List<Breakpoint> breakpoints(List<BasisDirection> inputs) {
            if (inputs.isEmpty()) return List.of();
            double[][] first = part.block().first().matrix();
            List<BasisDirection> in = part.block().first().input().basis();
            List<BasisDirection> units = part.block().first().output().basis();
            int oneRow = -1;
            for (int a = 0; a < part.input().length; a++) {
                if (part.input()[a] == model.embedding().one()) oneRow = a;
            }
            List<Breakpoint> out = new ArrayList<>();
            for (BasisDirection d : inputs) {
                int row = in.indexOf(d);
                if (row < 0) continue;
                for (int u = 0; u < units.size(); u++) {
                    double w = first[row][u];
                    if (w == 0) continue;
                    double b = oneRow >= 0 ? first[oneRow][u] : 0;
                    out.add(new Breakpoint(units.get(u), w, b, -b / w));
                }
            }
            out.sort(Comparator.comparingDouble(Breakpoint::threshold));
            return out;
        }
    }

    /** The program's function at one input: its value, or why it has none. */
    private record Result(Optional<Value> value, Optional<String> failure) {
        static final Result NONE = new Result(Optional.empty(), Optional.empty());

        static Result of(Value v) {
            return new Result(Optional.of(v), Optional.empty());
        }
    }

    private static List<Value> numbers(List<Value> values) {
        return values.stream().filter(v -> v instanceof NumericValue).toList();
    }

    private static double number(Value v) {
        return ((NumericValue) v).asDouble();
    }
}
