package org.raspworkbench.ui.figures;

import java.util.Locale;
import java.util.Optional;

/** The file formats a figure can be written in. */
public enum ExportFormat {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> byName(String name) {
        for (ExportFormat f : values()) if (f.extension().equalsIgnoreCase(name.trim())) return Optional.of(f);
        return Optional.empty();
    }
}
