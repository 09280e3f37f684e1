package org.raspworkbench.ui.figures;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/**
 * Writes figures to files with {@link FigureRenderer}, the code that draws them on screen. A figure
 * unit is a CSS pixel (1/96 inch) in every format: PNG gets {@code dpi/96} pixels per unit and records
 * the DPI, SVG keeps px, PDF turns units into points; all three print at the same size. SVG and PDF
 * keep labels as text.
 */
public final class FigureExport {
    /** Beyond this many pixels an image would exhaust an ordinary heap; the user lowers the DPI. */
    static final long MAX_PIXELS = 150_000_000L;
    private static final double CSS_DPI = 96;

    private FigureExport() {
    }

    /** Writes {@code figure} at its preferred size; {@code dpi} matters for PNG only. */
    public static void write(Figure figure, ExportFormat format, Path file, int dpi) throws IOException {
        Dimension size = FigureRenderer.preferredSize(figure);
        write(figure, format, file, dpi, size.width, size.height);
    }

    /** Writes {@code figure} drawn at {@code width x height} units (e.g. the size it has on screen). */
    public static void write(Figure figure, ExportFormat format, Path file, int dpi, double width, double height)
            throws IOException {
        switch (format) {
            case PNG -> png(figure, file, dpi, width, height);
            case SVG -> svg(figure, file, width, height);
            case PDF -> pdf(figure, file, width, height);
            default -> throw new IllegalStateException("unknown format " + format);
        }
    }

    /** The figure as an image with {@code dpi/96} pixels per unit, white background. */
    public static BufferedImage image(Figure figure, int dpi, double width, double height) {
        if (dpi < 1) throw new IllegalArgumentException("DPI must be at least 1, got " + dpi);
        double scale = dpi / CSS_DPI;
        long w = Math.max(1, Math.round(width * scale));
        long h = Math.max(1, Math.round(height * scale));
        if (w * h > MAX_PIXELS) {
            throw new IllegalArgumentException("a " + w + " x " + h + " pixel image at " + dpi
                    + " DPI is too large; choose a lower DPI");
        }
        BufferedImage image = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(w / width, h / height);
            FigureRenderer.draw(figure, g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void png(Figure figure, Path file, int dpi, double width, double height) throws IOException {
        BufferedImage image = image(figure, dpi, width, height);
        try (OutputStream out = Files.newOutputStream(file)) {
            PngWriter.write(image, dpi, out);
        }
    }

    /** The SVG document text. */
    public static String svgDocument(Figure figure, double width, double height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height, SVGUnits.PX);
        FigureRenderer.draw(figure, g, width, height);
        return g.getSVGDocument();
    }

    public static void svg(Figure figure, Path file, double width, double height) throws IOException {
        Files.writeString(file, svgDocument(figure, width, height), StandardCharsets.UTF_8);
    }

    public static void pdf(Figure figure, Path file, double width, double height) throws IOException {
        float pointsPerUnit = (float) (72 / CSS_DPI);
        float w = (float) width * pointsPerUnit;
        float h = (float) height * pointsPerUnit;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            // The standard PDF fonts keep labels as text (a registered-font-less drawer would outline them).
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            try {
                g.scale(pointsPerUnit, pointsPerUnit);
                FigureRenderer.draw(figure, g, width, height);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            // Through a stream: saving to a File warns about overwriting when the export is repeated.
            try (OutputStream out = Files.newOutputStream(file)) {
                document.save(out);
            }
        }
    }
}
