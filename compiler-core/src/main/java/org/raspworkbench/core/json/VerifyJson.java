package org.raspworkbench.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.raspworkbench.core.verification.CauseSummary;
import org.raspworkbench.core.verification.Counterexample;
import org.raspworkbench.core.verification.Diagnosis;
import org.raspworkbench.core.verification.Divergence;
import org.raspworkbench.core.verification.InputPlan;
import org.raspworkbench.core.verification.Margin;
import org.raspworkbench.core.verification.VerificationReport;
import org.raspworkbench.core.verification.VerifiedFix;

/**
 * A verification report as {@code rasp verify} prints it. The field names of issue 9 are a contract
 * ({@code program, exhaustive, inputs_checked, agree, disagree, none_positions, counterexamples,
 * causes, margins, notes} and those inside them); the others are additions.
 */
public final class VerifyJson {
    private VerifyJson() {
    }

    public static void write(JsonGenerator g, String name, VerificationReport r) throws IOException {
        InputPlan plan = r.plan();
        g.writeStartObject();
        g.writeStringField("program", name);
        g.writeBooleanField("exhaustive", plan.exhaustive());
        g.writeNumberField("inputs_checked", r.inputsChecked());
        g.writeNumberField("agree", r.agree());
        g.writeNumberField("disagree", r.disagree());
        g.writeNumberField("none_positions", r.nonePositions());
        g.writeNumberField("positions_compared", r.positionsCompared());
        g.writeBooleanField("cancelled", r.cancelled());
        plan(g, plan);
        g.writeNumberField("counterexamples_listed", r.counterexamples().size());
        g.writeArrayFieldStart("counterexamples");
        for (Counterexample c : r.counterexamples()) counterexample(g, c);
        g.writeEndArray();
        g.writeArrayFieldStart("causes");
        for (CauseSummary c : r.causes()) cause(g, c);
        g.writeEndArray();
        g.writeArrayFieldStart("margins");
        for (Margin m : r.margins()) {
            g.writeStartObject();
            g.writeStringField("sop", m.sop().name());
            number(g, "min_margin", m.minMargin());
            g.writeFieldName("input");
            ValueJson.writeArray(g, m.input());
            g.writeNumberField("position", m.position());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (String n : r.notes()) g.writeString(n);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void plan(JsonGenerator g, InputPlan p) throws IOException {
        g.writeObjectFieldStart("plan");
        g.writeBooleanField("exhaustive", p.exhaustive());
        g.writeArrayFieldStart("lengths");
        g.writeNumber(p.minLength());
        g.writeNumber(p.maxLength());
        g.writeEndArray();
        g.writeNumberField("inputs", p.total());
        g.writeNumberField("possible_inputs", p.space());
        if (!p.exhaustive()) {
            g.writeNumberField("seed", p.seed());
            g.writeNumberField("samples", p.samples());
            g.writeNumberField("boundary_cases", p.boundaryCases());
        }
        g.writeEndObject();
    }

    private static void counterexample(JsonGenerator g, Counterexample c) throws IOException {
        Diagnosis d = c.diagnosis();
        g.writeStartObject();
        g.writeFieldName("input");
        ValueJson.writeArray(g, c.input());
        g.writeArrayFieldStart("positions");
        for (int p : c.positions()) g.writeNumber(p);
        g.writeEndArray();
        g.writeFieldName("model");
        ValueJson.writeArray(g, c.model());
        g.writeFieldName("program");
        ValueJson.writeArray(g, c.program());
        g.writeFieldName("first_divergence");
        if (d.divergence().isEmpty()) {
            g.writeNull();
        } else {
            Divergence v = d.divergence().get();
            g.writeStartObject();
            g.writeStringField("sop", v.sop().name());
            g.writeNumberField("snapshot", v.snapshot());
            g.writeNumberField("layer", v.layer());
            g.writeStringField("sublayer", v.sublayer().label());
            g.writeNumberField("position", v.position());
            g.writeFieldName("model_value");
            ValueJson.write(g, v.model());
            g.writeFieldName("program_value");
            ValueJson.write(g, v.program());
            g.writeEndObject();
        }
        g.writeStringField("cause", d.cause().label());
        g.writeStringField("cause_sop", d.culprit().name());
        g.writeStringField("message", d.message());
        g.writeEndObject();
    }

    private static void cause(JsonGenerator g, CauseSummary c) throws IOException {
        g.writeStartObject();
        g.writeStringField("cause", c.cause().label());
        g.writeStringField("sop", c.sop().name());
        g.writeNumberField("inputs", c.inputs());
        g.writeStringField("message", c.message());
        g.writeFieldName("fix");
        if (c.fix().isEmpty()) {
            g.writeNull();
        } else {
            VerifiedFix f = c.fix().get();
            g.writeStartObject();
            g.writeStringField("setting", f.setting());
            g.writeFieldName("value");
            ValueJson.write(g, f.value());
            g.writeBooleanField("verified", f.verified());
            g.writeNumberField("agree_after", f.agreeAfter());
            g.writeNumberField("checked_after", f.checked());
            g.writeEndObject();
        }
        if (c.advice().isPresent()) g.writeStringField("advice", c.advice().get());
        g.writeEndObject();
    }

    /** Whole numbers without a fraction (200, not 200.0); NaN and infinities as strings. */
    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) g.writeStringField(field, Double.toString(v));
        else if (v == Math.rint(v) && Math.abs(v) < 1e15) g.writeNumberField(field, (long) v);
        else g.writeNumberField(field, v);
    }
}
