package org.raspworkbench.ui.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.window.ExportDialogs;
import org.raspworkbench.ui.window.ExportOptions;

/** Export dialogs that answer from a script (each answer sees the offer) and record offers, saves and messages. */
public final class ScriptedExportDialogs implements ExportDialogs {
    public final Deque<Function<Offer, Target>> targets = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<Offer> offers = new ArrayList<>();
    public final List<Path> saved = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();

    /** Answers with the offer's defaults in {@code format} at {@code dpi}, written to {@code file}. */
    public static Function<Offer, Target> answer(Path file, ExportFormat format, int dpi) {
        return answer(file, format, dpi, UnaryOperator.identity());
    }

    /** As {@link #answer(Path, ExportFormat, int)}, the options then changed by {@code change}. */
    public static Function<Offer, Target> answer(Path file, ExportFormat format, int dpi, UnaryOperator<ExportOptions> change) {
        return offer -> new Target(file, change.apply(offer.defaults().withFormat(format, dpi)));
    }

    @Override
    public Optional<Target> chooseTarget(Offer offer) {
        asked.add(offer.what() + " " + offer.suggestedName());
        offers.add(offer);
        return targets.isEmpty() ? Optional.empty() : Optional.of(targets.pop().apply(offer));
    }

    @Override
    public void saved(String what, Path file) {
        saved.add(file);
    }

    @Override
    public void showMessage(String message, boolean error) {
        messages.add(message);
    }
}
