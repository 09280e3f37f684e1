package org.raspworkbench.ui.views.intervention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.raspworkbench.core.intervention.Intervention;
import org.raspworkbench.core.intervention.InterventionAction;
import org.raspworkbench.core.intervention.InterventionTarget;
import org.raspworkbench.core.intervention.Positions;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.views.data.BlockDigest;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.SubLayer;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * The right-click entries of the graph, the layers and the heatmap, in the program's terms: the
 * head or MLP that computes an S-op (zeroed, set to its mean, or patched from the corrupted run),
 * the S-op's subspace (the same three, or a value written at a position), and a whole sub-layer.
 * Each entry adds an intervention to the list; the patched run follows in the background.
 */
public final class InterventionMenuItems implements InterventionMenu {
    /**
     * A value set longer than this is offered in sub-menus of this many values each: sort at n = 64
     * writes target_pos, which takes 65 values, and a menu taller than the screen helps nobody.
     */
    static final int MAX_VALUES = 40;

    private final InterventionsModel model;
    private final WorkbenchState state;

    public InterventionMenuItems(InterventionsModel model, WorkbenchState state) {
        this.model = model;
        this.state = state;
    }

    @Override
    public List<MenuItem> forSop(SOp sop, Optional<Integer> position) {
        Optional<ModelDigest> digest = state.shownDigest();
        if (digest.isEmpty() || digest.get().valueGroup(sop).isEmpty()) return List.of();
        ModelDigest m = digest.get();
        List<MenuItem> items = new ArrayList<>();
        for (BlockDigest b : m.blocks()) {
            SubLayer sub = b.subLayer();
            if (sub.kind() == BlockKind.ATTENTION) {
                for (int h = 0; h < b.sops().size(); h++) {
                    if (!b.sops().get(h).name().equals(sop.name())) continue;
                    InterventionTarget.Head head = new InterventionTarget.Head(sub.layer(), h, sop.name());
                    items.addAll(ablations("head L" + sub.layer() + ".H" + h, "head-" + sub.layer() + "-" + h, head));
                }
            } else if (b.computes(sop)) {
                InterventionTarget.Mlp mlp = new InterventionTarget.Mlp(sub.layer(), sop.name());
                items.addAll(ablations("MLP L" + sub.layer() + " (" + sop.name() + "'s part)",
                        "mlp-" + sub.layer(), mlp));
            }
        }
        if (!items.isEmpty()) items.add(new SeparatorMenuItem());
        InterventionTarget.SOpSubspace subspace = InterventionTarget.SOpSubspace.of(sop);
        items.add(item("Zero " + sop.name() + "'s subspace", "zero-subspace",
                () -> Optional.of(Intervention.zero(subspace))));
        items.add(item("Set " + sop.name() + "'s subspace to its mean", "mean-subspace", () -> mean(subspace)));
        items.add(patchItem("Replace " + sop.name() + "'s subspace with the corrupted run's", "patch-subspace", subspace));
        TraceDigest t = state.traceDigest().orElse(null);
        if (position.isPresent() && t != null && position.get() > 0 && position.get() < t.positions()) {
            // Patching one position at a time is how a patching experiment finds where the information sits.
            int p = position.get();
            String at = " at position " + p + " (" + t.tokens().get(p).str() + ")";
            items.add(item("Zero " + sop.name() + "'s subspace" + at, "zero-subspace-at",
                    () -> Optional.of(Intervention.zero(subspace).withPositions(Positions.rows(p)))));
            MenuItem patchAt = patchItem("Replace " + sop.name() + "'s subspace" + at + " with the corrupted run's",
                    "patch-subspace-at", subspace);
            patchAt.setOnAction(e -> model.corruptedInput().ifPresent(input ->
                    model.add(Intervention.patch(subspace, input).withPositions(Positions.rows(p)))));
            items.add(patchAt);
        }
        items.add(writeMenu(m, sop, subspace, position));
        return items;
    }

    @Override
    public List<MenuItem> forSubLayer(SubLayer subLayer) {
        if (state.shownDigest().isEmpty()) return List.of();
        BlockKind kind = subLayer.kind();
        InterventionTarget.SubLayer target = new InterventionTarget.SubLayer(subLayer.layer(), kind);
        String name = (kind == BlockKind.ATTENTION ? "attention" : "MLP") + " L" + subLayer.layer();
        return ablations("all of " + name, "sublayer-" + (kind == BlockKind.ATTENTION ? "attn-" : "mlp-")
                + subLayer.layer(), target);
    }

    /** Zero, mean and patch-from-corrupted for a head, an MLP part or a sub-layer. */
    private List<MenuItem> ablations(String what, String id, InterventionTarget target) {
        return List.of(item("Ablate " + what + " (zero)", "ablate-" + id, () -> Optional.of(Intervention.zero(target))),
                item("Mean-ablate " + what, "mean-" + id, () -> mean(target)),
                patchItem("Patch " + what + " from corrupted", "patch-" + id, target));
    }

    private MenuItem patchItem(String text, String id, InterventionTarget target) {
        MenuItem i = item(text, id, () -> model.corruptedInput().map(input -> Intervention.patch(target, input)));
        if (model.corruptedInput().isEmpty()) {
            i.setDisable(true);
            i.setText(text + " (type a corrupted input first)");
        }
        return i;
    }

    /** The mean over the verifier's sample of inputs as long as the clean one, drawn in the background. */
    private Optional<Intervention> mean(InterventionTarget target) {
        model.addMean(target);
        return Optional.empty();
    }

    /** "Write value": at the position clicked, or a sub-menu per position; each offers the S-op's value set. */
    private MenuItem writeMenu(ModelDigest m, SOp sop, InterventionTarget.SOpSubspace target, Optional<Integer> position) {
        List<Value> values = m.valueSet(sop).orElse(List.of());
        TraceDigest t = state.traceDigest().orElse(null);
        Menu menu = new Menu("Write a value into " + sop.name());
        // S-op names and tokens are shown as spelled: an underscore is not a mnemonic here.
        menu.setMnemonicParsing(false);
        menu.setId("intervention-write");
        if (values.isEmpty() || t == null) {
            menu.setDisable(true);
            return menu;
        }
        if (position.isPresent() && position.get() > 0 && position.get() < t.positions()) {
            int p = position.get();
            menu.setText("Write a value into " + sop.name() + " at position " + p + " (" + t.tokens().get(p).str() + ")");
            menu.getItems().setAll(valueItems(values, target, p));
            return menu;
        }
        for (int p = 1; p < t.positions(); p++) {
            Menu at = new Menu("at position " + p + " (" + t.tokens().get(p).str() + ")");
            at.setMnemonicParsing(false);
            at.setId("intervention-write-at-" + p);
            at.getItems().setAll(valueItems(values, target, p));
            menu.getItems().add(at);
        }
        return menu;
    }

    /** Every value, in sub-menus of {@link #MAX_VALUES} ("0 … 39", "40 … 64") when there are more. */
    private List<MenuItem> valueItems(List<Value> values, InterventionTarget.SOpSubspace target, int row) {
        if (values.size() <= MAX_VALUES) return valueItems(values, 0, values.size(), target, row);
        List<MenuItem> out = new ArrayList<>();
        for (int from = 0; from < values.size(); from += MAX_VALUES) {
            int to = Math.min(values.size(), from + MAX_VALUES);
            Menu part = new Menu(values.get(from).repr() + " \u2026 " + values.get(to - 1).repr());
            part.setMnemonicParsing(false);
            part.setId("intervention-write-" + row + "-from-" + from);
            part.getItems().setAll(valueItems(values, from, to, target, row));
            out.add(part);
        }
        return out;
    }

    private List<MenuItem> valueItems(List<Value> values, int from, int to, InterventionTarget.SOpSubspace target, int row) {
        List<MenuItem> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Value v = values.get(i);
            out.add(item(v.repr(), "intervention-write-" + row + "-" + i,
                    () -> Optional.of(new Intervention(target, new InterventionAction.WriteValue(v), Positions.rows(row),
                            true))));
        }
        return out;
    }

    private MenuItem item(String text, String id, Supplier<Optional<Intervention>> make) {
        MenuItem i = new MenuItem(text);
        i.setMnemonicParsing(false);
        i.setId(id.startsWith("intervention-") ? id : "intervention-" + id);
        i.setOnAction(e -> make.get().ifPresent(model::add));
        return i;
    }
}
