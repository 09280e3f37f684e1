package org.raspworkbench.ui.figures;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in PDF as text in the bundled DejaVu Sans, each face embedded (subset) once per document, so
 * the PDF looks like the PNG and SVG on any viewer. Other fonts are drawn as outlines.
 */
final class PdfFigureFonts extends PdfBoxGraphics2DFontTextDrawer {
    private final Map<FigureFonts.Face, PDFont> loaded = new EnumMap<>(FigureFonts.Face.class);

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        if (!FigureFonts.FAMILY.equals(font.getFamily()) || !FigureFonts.bundled()) return null;
        FigureFonts.Face face = FigureFonts.Face.of(font.getStyle());
        PDFont pdf = loaded.get(face);
        if (pdf == null) {
            try (InputStream in = face.open()) {
                pdf = PDType0Font.load(env.getDocument(), in, true);
            }
            loaded.put(face, pdf);
        }
        return pdf;
    }
}
