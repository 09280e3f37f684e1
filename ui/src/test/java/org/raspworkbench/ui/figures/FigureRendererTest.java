package org.raspworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureRendererTest {
    @Test
    void preferredSizeGrowsWithTheGrid() {
        Dimension one = FigureRenderer.preferredSize(FigureSamples.heatmap());
        Dimension strip = FigureRenderer.preferredSize(FigureSamples.strip());
        assertThat(one.width).isGreaterThan(100);
        assertThat(one.height).isGreaterThan(12 * 15);
        assertThat(strip.width).isGreaterThan(one.width);
    }

    @Test
    void hitFindsEveryCellOfAResidualHeatmap() {
        ResidualHeatmap fig = FigureSamples.heatmap();
        Dimension size = FigureRenderer.preferredSize(fig);
        java.util.Set<java.util.List<Integer>> found = new java.util.HashSet<>();
        for (int y = 0; y < size.height; y++) {
            for (int x = 0; x < size.width; x++) {
                Optional<CellHit> hit = FigureRenderer.hit(fig, size.width, size.height, x, y);
                if (hit.isPresent() && hit.get().kind() == HitKind.CELL) {
                    CellHit h = hit.get();
                    assertThat(h.value().getAsDouble()).isEqualTo(fig.snapshot().values()[h.position()][h.direction()]);
                    found.add(java.util.List.of(h.position(), h.direction()));
                }
            }
        }
        assertThat(found).hasSize(4 * 12);
    }

    @Test
    void hitReportsDirectionPositionTokenAndGroup() {
        ResidualHeatmap fig = FigureSamples.heatmap();
        Dimension size = FigureRenderer.preferredSize(fig);
        FigureLayout l = FigureLayout.fit(Grid.of(fig), size.width, size.height);
        double x = l.panelLeft[0] + 2.5 * l.cellWidth;
        double y = l.gridTop + 7.5 * l.cellHeight;
        CellHit hit = FigureRenderer.hit(fig, size.width, size.height, x, y).orElseThrow();
        assertThat(hit.kind()).isEqualTo(HitKind.CELL);
        assertThat(hit.direction()).isEqualTo(7);
        assertThat(hit.rowLabel()).isEqualTo("frac");
        assertThat(hit.group()).contains("frac");
        assertThat(hit.position()).isEqualTo(2);
        assertThat(hit.columnLabel()).isEqualTo("2");
        assertThat(hit.value().getAsDouble()).isEqualTo(-1.0);
    }

    @Test
    void hitOnARowLabelNamesItsSop() {
        ResidualHeatmap fig = FigureSamples.heatmap();
        Dimension size = FigureRenderer.preferredSize(fig);
        FigureLayout l = FigureLayout.fit(Grid.of(fig), size.width, size.height);
        CellHit hit = FigureRenderer.hit(fig, size.width, size.height, l.rowLabelRight - 5,
                l.gridTop + 4.5 * l.cellHeight).orElseThrow();
        assertThat(hit.kind()).isEqualTo(HitKind.ROW_LABEL);
        assertThat(hit.group()).contains("length");
        assertThat(hit.rowLabel()).isEqualTo("length:2");
    }

    @Test
    void hitInAStripNamesThePanel() {
        SnapshotStrip fig = FigureSamples.strip();
        Dimension size = FigureRenderer.preferredSize(fig);
        FigureLayout l = FigureLayout.fit(Grid.of(fig), size.width, size.height);
        CellHit hit = FigureRenderer.hit(fig, size.width, size.height, l.panelLeft[2] + 1.5 * l.cellWidth,
                l.gridTop + 0.5 * l.cellHeight).orElseThrow();
        assertThat(hit.panel()).isEqualTo(2);
        assertThat(hit.position()).isEqualTo(1);
        assertThat(hit.direction()).isZero();
        CellHit label = FigureRenderer.hit(fig, size.width, size.height, l.panelLeft[1] + 0.5 * l.cellWidth,
                l.columnLabelTop + 2).orElseThrow();
        assertThat(label.kind()).isEqualTo(HitKind.COLUMN_LABEL);
        assertThat(label.columnLabel()).isEqualTo("BOS");
    }

    @Test
    void hitOutsideTheGridIsEmpty() {
        AttentionPattern fig = FigureSamples.attention();
        Dimension size = FigureRenderer.preferredSize(fig);
        assertThat(FigureRenderer.hit(fig, size.width, size.height, 1, 1)).isEmpty();
        assertThat(FigureRenderer.hit(fig, size.width, size.height, size.width - 1, size.height - 1)).isEmpty();
    }

    @Test
    void drawsAtAnySizeIncludingTinyOnes() {
        for (int[] wh : new int[][] {{800, 600}, {120, 80}, {10, 10}}) {
            BufferedImage img = new BufferedImage(wh[0], wh[1], BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            FigureRenderer.draw(FigureSamples.strip().withEmphasis(new Emphasis(Optional.of("length"), Set.of(5))), g,
                    wh[0], wh[1]);
            g.dispose();
        }
    }

    @Test
    void cellColoursFollowTheScale() {
        ResidualHeatmap fig = FigureSamples.heatmap().withScale(new Scale(ColorMap.GREYS, 0, 1));
        Dimension size = FigureRenderer.preferredSize(fig);
        BufferedImage img = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        FigureRenderer.draw(fig, g, size.width, size.height);
        g.dispose();
        FigureLayout l = FigureLayout.fit(Grid.of(fig), size.width, size.height);
        int oneRow = 6;
        int x = (int) (l.panelLeft[0] + 1.5 * l.cellWidth);
        int y = (int) (l.gridTop + (oneRow + 0.5) * l.cellHeight);
        assertThat(img.getRGB(x, y) & 0xFFFFFF).isEqualTo(0x000000);
        int zero = (int) (l.gridTop + 1.5 * l.cellHeight);
        assertThat(img.getRGB((int) (l.panelLeft[0] + 0.5 * l.cellWidth), zero) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }
}
