package org.raspworkbench.ui.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.views.data.SopValues;
import org.raspworkbench.ui.views.data.TraceDigest;

/** Turns a forward pass, plus what the program says each S-op holds, into what the views read. */
public final class TraceDigests {
    private TraceDigests() {
    }

    /**
     * {@code expected} gives the program's value of an S-op at each input position, or null when it
     * is not known (the views then show the model's side only).
     */
    public static TraceDigest digest(CompiledModel model, ForwardTrace trace, Function<SOp, List<Value>> expected) {
        List<Value> tokens = new ArrayList<>();
        tokens.add(StrValue.of(model.program().settings().bos()));
        tokens.addAll(trace.input());
        double[][][] snapshots = trace.snapshots().toArray(new double[0][][]);
        double[][][][] attention = new double[trace.attention().size()][][][];
        for (int l = 0; l < attention.length; l++) attention[l] = trace.attention().get(l).toArray(new double[0][][]);
        List<SopValues> values = new ArrayList<>();
        for (RaspExpr node : model.program().nodes()) {
            if (!(node instanceof SOp sop)) continue;
            List<Value> v = expected.apply(sop);
            if (v != null) values.add(new SopValues(sop, v));
        }
        return new TraceDigest(tokens, snapshots, attention, values);
    }
}
