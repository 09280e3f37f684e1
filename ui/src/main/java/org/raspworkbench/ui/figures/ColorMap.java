package org.raspworkbench.ui.figures;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The colour maps a figure can use, chosen by name: matplotlib's own 256-entry tables (dumped from
 * matplotlib 3.6.3 into {@code colormaps/NAME.tsv}), looked up as matplotlib does, so a figure here
 * and a matplotlib plot of the same values show the same colours. Sequential maps suit values in
 * 0..max (one-hot residuals, attention weights); diverging maps suit signed values, near white at the
 * middle.
 */
public enum ColorMap {
    VIRIDIS(Kind.SEQUENTIAL),
    MAGMA(Kind.SEQUENTIAL),
    GREYS(Kind.SEQUENTIAL),
    BLUES(Kind.SEQUENTIAL),
    /** Red for negative, near white at zero, blue for positive. */
    RDBU(Kind.DIVERGING),
    /** Blue for negative, white at zero, red for positive. */
    BWR(Kind.DIVERGING);

    /** Whether a map is meant for 0..max values or for values around zero. */
    public enum Kind { SEQUENTIAL, DIVERGING }

    private static final int ENTRIES = 256;

    private final Kind kind;
    private final double[][] table;
    private final Color[] colors;

    ColorMap(Kind kind) {
        this.kind = kind;
        this.table = load(name().toLowerCase(Locale.ROOT));
        this.colors = Arrays.stream(table).map(e -> new Color(byteOf(e[0]), byteOf(e[1]), byteOf(e[2])))
                .toArray(Color[]::new);
    }

    public Kind kind() {
        return kind;
    }

    /** The name used on the command line and in menus, e.g. {@code viridis}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Number of entries in the table (256, as matplotlib's default maps). */
    public int size() {
        return table.length;
    }

    /** Entry {@code i} as red, green, blue in 0..1, exactly as matplotlib lists it. */
    public double[] entry(int i) {
        return table[i].clone();
    }

    /**
     * The colour at {@code t} in 0..1: entry {@code floor(t * 256)}, the last one at 1, clamped outside
     * (matplotlib's rule); NaN gives grey.
     */
    public Color color(double t) {
        if (Double.isNaN(t)) return Color.GRAY;
        int i = (int) Math.floor(t * colors.length);
        return colors[Math.max(0, Math.min(colors.length - 1, i))];
    }

    /** Looks a map up by name, ignoring case; {@code red-white-blue} and {@code blue-white-red} are aliases. */
    public static Optional<ColorMap> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("red-white-blue")) return Optional.of(RDBU);
        if (n.equals("blue-white-red")) return Optional.of(BWR);
        for (ColorMap m : values()) if (m.displayName().equals(n)) return Optional.of(m);
        return Optional.empty();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ColorMap::displayName).toList();
    }

    private static int byteOf(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    /** Reads {@code colormaps/NAME.tsv}: a comment line, then one {@code red<TAB>green<TAB>blue} line per entry. */
    private static double[][] load(String name) {
        String resource = "colormaps/" + name + ".tsv";
        try (InputStream in = ColorMap.class.getResourceAsStream(resource)) {
            // A missing table is a packaging bug of ours, not something a user can fix.
            if (in == null) throw new IllegalStateException("colour table " + resource + " is not on the class path");
            List<double[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.trim().split("\t");
                rows.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2])});
            }
            if (rows.size() != ENTRIES) {
                throw new IllegalStateException(resource + " has " + rows.size() + " entries, not " + ENTRIES);
            }
            return rows.toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
