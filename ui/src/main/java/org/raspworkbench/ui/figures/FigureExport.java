package org.raspworkbench.ui.figures;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.raspworkbench.core.files.AtomicFiles;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/**
 * Writes figures to files with {@link FigureRenderer}, the code that draws them on screen. A figure
 * unit is a CSS pixel (1/96 inch) in every format: PNG gets {@code dpi/96} pixels per unit and records
 * the DPI, SVG keeps px, PDF turns units into points; all three print at the same size, in the same
 * bundled font (embedded in PDF). SVG and PDF keep labels as text.
 */
public final class FigureExport {
    /** Beyond this many pixels an image would exhaust an ordinary heap; the user lowers the DPI. */
    static final long MAX_PIXELS = 150_000_000L;
    private static final double CSS_DPI = SheetLayout.UNITS_PER_INCH;
    /**
     * The family SVG asks for, then look-alikes for viewers without DejaVu Sans (Vera is its parent).
     * Unquoted: JFreeSVG puts styles in single-quoted attributes, and CSS allows plain multi-word names.
     */
    static final String SVG_FONT_FAMILY = FigureFonts.FAMILY + ", Bitstream Vera Sans, Verdana, sans-serif";

    private FigureExport() {
    }

    /** Writes {@code figure} at its natural size; {@code dpi} matters for PNG only. */
    public static void write(Figure figure, ExportFormat format, Path file, int dpi) throws IOException {
        write(FigureSheet.of(figure), format, file, dpi, PrintSize.NATURAL);
    }

    /** Writes {@code sheet} at {@code size}; {@code dpi} matters for PNG only. */
    public static void write(FigureSheet sheet, ExportFormat format, Path file, int dpi, PrintSize size) throws IOException {
        SheetLayout layout = SheetLayout.of(sheet, size);
        switch (format) {
            case PNG -> {
                BufferedImage image = image(layout, dpi);
                AtomicFiles.writeWith(file, out -> PngWriter.write(image, dpi, out));
            }
            case SVG -> AtomicFiles.writeString(file, svgDocument(layout));
            case PDF -> pdf(layout, file);
            default -> throw new IllegalStateException("unknown format " + format);
        }
    }

    /** Writes {@code figure} drawn at {@code width x height} units (e.g. the size it has on screen). */
    public static void write(Figure figure, ExportFormat format, Path file, int dpi, double width, double height)
            throws IOException {
        Painter fixed = new Painter(width, height, g -> FigureRenderer.draw(figure, g, width, height));
        switch (format) {
            case PNG -> png(figure, file, dpi, width, height);
            case SVG -> AtomicFiles.writeString(file, svg(fixed));
            case PDF -> pdf(fixed, file);
            default -> throw new IllegalStateException("unknown format " + format);
        }
    }

    /** Writes a chart (an MLP table, an attribution chart) at its natural size; {@code dpi} matters for PNG only. */
    public static void write(Chart chart, ExportFormat format, Path file, int dpi) throws IOException {
        AtomicFiles.writeWith(file, out -> write(chart, format, out, dpi));
    }

    /** As {@link #write(Chart, ExportFormat, Path, int)}, into a stream (a file staged with others). */
    public static void write(Chart chart, ExportFormat format, OutputStream out, int dpi) throws IOException {
        write(chart, format, out, dpi, PrintSize.NATURAL);
    }

    /**
     * Writes a chart at a printed size: its natural layout scaled to {@code size}'s width when one is
     * given (labels grow or shrink with it), else so that labels print at {@code size}'s point size;
     * the height follows the layout (a chart keeps its proportions).
     */
    public static void write(Chart chart, ExportFormat format, Path file, int dpi, PrintSize size) throws IOException {
        AtomicFiles.writeWith(file, out -> write(chart, format, out, dpi, size));
    }

    public static void write(Chart chart, ExportFormat format, OutputStream out, int dpi, PrintSize size) throws IOException {
        Dimension d = ChartRenderer.preferredSize(chart);
        double s = size.width().map(w -> w.toInches() * CSS_DPI / d.width).orElse(size.scale());
        double w = d.width * s;
        double h = d.height * s;
        emit(new Painter(w, h, g -> ChartRenderer.draw(chart, g, w, h)), format, out, dpi);
    }

    /** As {@link #write(FigureSheet, ExportFormat, Path, int, PrintSize)}, into a stream. */
    public static void write(FigureSheet sheet, ExportFormat format, OutputStream out, int dpi, PrintSize size)
            throws IOException {
        SheetLayout layout = SheetLayout.of(sheet, size);
        emit(new Painter(layout.pageWidth, layout.pageHeight, layout::paint), format, out, dpi);
    }

    private static void emit(Painter p, ExportFormat format, OutputStream out, int dpi) throws IOException {
        switch (format) {
            case PNG -> PngWriter.write(image(p, dpi), dpi, out);
            case SVG -> out.write(svg(p).getBytes(StandardCharsets.UTF_8));
            case PDF -> pdf(p, out);
            default -> throw new IllegalStateException("unknown format " + format);
        }
    }

    /** The page size {@code sheet} gets at {@code size}, in figure units (96 per inch). */
    public static Dimension pageSize(FigureSheet sheet, PrintSize size) {
        return SheetLayout.of(sheet, size).pageUnits();
    }

    /** The printed width and height of {@code sheet} at {@code size}, in inches (exact, not rounded to units). */
    public static double[] pageInches(FigureSheet sheet, PrintSize size) {
        SheetLayout l = SheetLayout.of(sheet, size);
        return new double[] {l.pageWidth / CSS_DPI, l.pageHeight / CSS_DPI};
    }

    /** The sheet as an image at {@code dpi}, white background. */
    public static BufferedImage image(FigureSheet sheet, PrintSize size, int dpi) {
        return image(SheetLayout.of(sheet, size), dpi);
    }

    /** The figure as an image with {@code dpi/96} pixels per unit, white background. */
    public static BufferedImage image(Figure figure, int dpi, double width, double height) {
        return image(new Painter(width, height, g -> FigureRenderer.draw(figure, g, width, height)), dpi);
    }

    public static void png(Figure figure, Path file, int dpi, double width, double height) throws IOException {
        BufferedImage image = image(figure, dpi, width, height);
        AtomicFiles.writeWith(file, out -> PngWriter.write(image, dpi, out));
    }

    /** The SVG document text of a figure at its natural size. */
    public static String svgDocument(Figure figure, double width, double height) {
        return svg(new Painter(width, height, g -> FigureRenderer.draw(figure, g, width, height)));
    }

    private static String svgDocument(SheetLayout layout) {
        return svg(new Painter(layout.pageWidth, layout.pageHeight, layout::paint));
    }

    private static BufferedImage image(SheetLayout layout, int dpi) {
        return image(new Painter(layout.pageWidth, layout.pageHeight, layout::paint), dpi);
    }

    private static void pdf(SheetLayout layout, Path file) throws IOException {
        pdf(new Painter(layout.pageWidth, layout.pageHeight, layout::paint), file);
    }

    /** Something that draws itself on {@code width x height} figure units. */
    private record Painter(double width, double height, Consumer<Graphics2D> paint) {
    }

    private static BufferedImage image(Painter p, int dpi) {
        if (dpi < 1) throw new IllegalArgumentException("DPI must be at least 1, got " + dpi);
        double scale = dpi / CSS_DPI;
        long w = Math.max(1, Math.round(p.width() * scale));
        long h = Math.max(1, Math.round(p.height() * scale));
        if (w * h > MAX_PIXELS) {
            // Say which DPI fits: a 4096-row table needs well under 72, and guessing takes many tries.
            int fits = (int) Math.floor(CSS_DPI * Math.sqrt(MAX_PIXELS / (p.width() * p.height())));
            while (fits > 1 && Math.round(p.width() * fits / CSS_DPI) * Math.round(p.height() * fits / CSS_DPI) > MAX_PIXELS) {
                fits--;
            }
            throw new IllegalArgumentException("a " + w + " x " + h + " pixel image at " + dpi + " DPI is too large; "
                    + (fits >= 1 ? "choose a lower DPI (at most " + fits + " DPI fits) or SVG or PDF" : "choose SVG or PDF"));
        }
        BufferedImage image = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(w / p.width(), h / p.height());
            p.paint().accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static String svg(Painter p) {
        SVGGraphics2D g = new SVGGraphics2D(p.width(), p.height(), SVGUnits.PX);
        g.setFontFunction(family -> FigureFonts.FAMILY.equals(family) ? SVG_FONT_FAMILY : family);
        p.paint().accept(g);
        return g.getSVGDocument();
    }

    private static void pdf(Painter p, Path file) throws IOException {
        AtomicFiles.writeWith(file, out -> pdf(p, out));
    }

    private static void pdf(Painter p, OutputStream out) throws IOException {
        float pointsPerUnit = (float) (72 / CSS_DPI);
        float w = (float) p.width() * pointsPerUnit;
        float h = (float) p.height() * pointsPerUnit;
        try (PDDocument document = new PDDocument(); PdfFigureFonts fonts = new PdfFigureFonts()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            // Labels stay text, in the bundled font embedded in the file.
            g.setFontTextDrawer(fonts);
            try {
                g.scale(pointsPerUnit, pointsPerUnit);
                p.paint().accept(g);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            // Through a stream: saving to a File warns about overwriting when the export is repeated.
            document.save(out);
        }
    }
}
