package org.raspworkbench.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.raspworkbench.core.intervention.HookPoint;
import org.raspworkbench.core.intervention.InterventionProblem;
import org.raspworkbench.core.intervention.OutputEffect;
import org.raspworkbench.core.intervention.PatchedRun;
import org.raspworkbench.core.intervention.SOpChange;
import org.raspworkbench.core.intervention.SweepCell;
import org.raspworkbench.core.intervention.SweepResult;
import org.raspworkbench.core.intervention.ValueChange;
import org.raspworkbench.core.model.CompiledModel;

/**
 * {@code rasp patch}'s JSON: a patched run's changes against the clean run, or a patching sweep's
 * layer x component grid, each component with the TransformerLens hook that does the same on the
 * exported model ({@code fraction} is null where the corrupted run leaves the clean answer's
 * direction as it is). Rows are residual rows (0 = BOS, p + 1 = input position p), as in the
 * trace's snapshots.
 */
public final class PatchJson {
    private PatchJson() {
    }

    /**
     * {@code {"applied": [{"intervention", "hooks"}], "problems", "resumed_at", "decoded", "changed_sops",
     * "changed_output"}}
     */
    public static void writeRun(JsonGenerator g, CompiledModel model, PatchedRun run) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("applied");
        for (var i : run.applied()) {
            g.writeStartObject();
            g.writeStringField("intervention", i.label());
            writeHooks(g, HookPoint.of(model, i.target()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (InterventionProblem p : run.problems()) {
            g.writeStartObject();
            g.writeStringField("intervention", p.intervention().label());
            g.writeStringField("kind", p.kind().label());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("resumed_at", run.resumedAt());
        g.writeFieldName("decoded");
        ValueJson.writeArray(g, run.trace().decoded());
        g.writeArrayFieldStart("changed_sops");
        for (SOpChange c : run.comparison().sops()) {
            g.writeStartObject();
            g.writeStringField("sop", c.sop().name());
            g.writeNumberField("snapshot", c.snapshot());
            writeChanges(g, "rows", c.rows());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeChanges(g, "changed_output", run.comparison().output());
        g.writeEndObject();
    }

    /** {@code "hooks": [{"name", "head"?, "columns"}]}: the same component in TransformerLens. */
    private static void writeHooks(JsonGenerator g, List<HookPoint> hooks) throws IOException {
        g.writeArrayFieldStart("hooks");
        for (HookPoint h : hooks) {
            g.writeStartObject();
            g.writeStringField("name", h.name());
            if (h.head().isPresent()) g.writeNumberField("head", h.head().getAsInt());
            g.writeArrayFieldStart("columns");
            for (int c : h.columns()) g.writeNumber(c);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeChanges(JsonGenerator g, String field, List<ValueChange> changes) throws IOException {
        g.writeArrayFieldStart(field);
        for (ValueChange v : changes) {
            g.writeStartObject();
            g.writeNumberField("row", v.row());
            g.writeFieldName("clean");
            ValueJson.write(g, v.clean());
            g.writeFieldName("patched");
            ValueJson.write(g, v.patched());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * {@code {"clean", "corrupted", "clean_output", "corrupted_output", "cells": [{"component", "kind",
     * "layer", "hooks", "effects": [{"row", "clean", "patched", "changed", "delta", "fraction"}]}]}}
     */
    public static void writeSweep(JsonGenerator g, CompiledModel model, SweepResult s) throws IOException {
        g.writeStartObject();
        g.writeFieldName("clean");
        ValueJson.writeArray(g, s.clean());
        g.writeFieldName("corrupted");
        ValueJson.writeArray(g, s.corrupted());
        g.writeFieldName("clean_output");
        ValueJson.writeArray(g, s.cleanOutput());
        g.writeFieldName("corrupted_output");
        ValueJson.writeArray(g, s.corruptedOutput());
        g.writeArrayFieldStart("cells");
        for (SweepCell c : s.cells()) {
            g.writeStartObject();
            g.writeStringField("component", c.label());
            g.writeStringField("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeNumberField("layer", c.layer());
            writeHooks(g, HookPoint.of(model, c.target()));
            g.writeArrayFieldStart("effects");
            for (OutputEffect e : c.effects()) {
                g.writeStartObject();
                g.writeNumberField("row", e.row());
                g.writeFieldName("clean");
                ValueJson.write(g, e.clean());
                g.writeFieldName("patched");
                ValueJson.write(g, e.patched());
                g.writeBooleanField("changed", e.changed());
                g.writeFieldName("delta");
                ValueJson.writeFloat(g, e.delta());
                g.writeFieldName("fraction");
                // undefined where the corrupted run does not move the measure: null, not a number
                if (Double.isNaN(e.fraction())) {
                    g.writeNull();
                } else {
                    ValueJson.writeFloat(g, e.fraction());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
