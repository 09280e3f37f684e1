package org.raspworkbench.app.export;

import java.util.Optional;
import org.raspworkbench.ui.figures.Length;
import org.raspworkbench.ui.figures.PrintSize;

/** The printed size the figure exports take from {@code --font-size}, {@code --width} and {@code --height}. */
final class PrintSizeOptions {
    private PrintSizeOptions() {
    }

    /** The size, or empty after printing the argument error (any of the three may be null: not given). */
    static Optional<PrintSize> parse(Double fontSize, String width, String height) {
        PrintSize size = PrintSize.NATURAL;
        if (fontSize != null) {
            if (!(fontSize >= PrintSize.MIN_FONT_PT && fontSize <= PrintSize.MAX_FONT_PT)) {
                CliErrors.argument("--font-size must be between " + (int) PrintSize.MIN_FONT_PT + " and "
                        + (int) PrintSize.MAX_FONT_PT + " pt, not " + fontSize);
                return Optional.empty();
            }
            size = size.withFontPt(fontSize);
        }
        if (width != null) {
            Optional<Length> w = Length.parse(width);
            if (w.isEmpty()) {
                CliErrors.argument("--width takes a length in mm or in, e.g. 85mm or 3.5in; not " + width);
                return Optional.empty();
            }
            size = size.withWidth(w.get());
        }
        if (height != null) {
            Optional<Length> h = Length.parse(height);
            if (h.isEmpty()) {
                CliErrors.argument("--height takes a length in mm or in, e.g. 60mm or 2.5in; not " + height);
                return Optional.empty();
            }
            size = size.withHeight(h.get());
        }
        return Optional.of(size);
    }
}
