package org.raspworkbench.ui.figures;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The colour maps a figure can use, chosen by name. Sequential maps suit values in 0..1 (one-hot
 * residuals, attention weights); diverging maps suit signed values, white at the middle.
 */
public enum ColorMap {
    VIRIDIS(Kind.SEQUENTIAL, 0x440154, 0x472C7A, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725),
    MAGMA(Kind.SEQUENTIAL, 0x000004, 0x1C1044, 0x51127C, 0x832681, 0xB73779, 0xE75263, 0xFC8961, 0xFEC287, 0xFCFDBF),
    GREYS(Kind.SEQUENTIAL, 0xFFFFFF, 0xD9D9D9, 0x969696, 0x525252, 0x000000),
    BLUES(Kind.SEQUENTIAL, 0xF7FBFF, 0xC6DBEF, 0x6BAED6, 0x2171B5, 0x08306B),
    /** Red for negative, white at zero, blue for positive. */
    RDBU(Kind.DIVERGING, 0x67001F, 0xB2182B, 0xD6604D, 0xF4A582, 0xFDDBC7, 0xF7F7F7, 0xD1E5F0, 0x92C5DE, 0x4393C3,
            0x2166AC, 0x053061),
    /** Blue for negative, white at zero, red for positive. */
    BWR(Kind.DIVERGING, 0x0000FF, 0xFFFFFF, 0xFF0000);

    /** Whether a map is meant for 0..max values or for values around zero. */
    public enum Kind { SEQUENTIAL, DIVERGING }

    private final Kind kind;
    private final Color[] stops;

    ColorMap(Kind kind, int... rgb) {
        this.kind = kind;
        this.stops = Arrays.stream(rgb).mapToObj(Color::new).toArray(Color[]::new);
    }

    public Kind kind() {
        return kind;
    }

    /** The name used on the command line and in menus, e.g. {@code viridis}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The colour at {@code t} in 0..1 (clamped; NaN gives grey). */
    public Color color(double t) {
        if (Double.isNaN(t)) return Color.GRAY;
        double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min((int) Math.floor(x), stops.length - 2);
        double f = x - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
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
}
