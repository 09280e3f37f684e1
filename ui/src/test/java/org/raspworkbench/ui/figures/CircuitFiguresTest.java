package org.raspworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.circuits.HeadGrids;
import org.raspworkbench.core.circuits.MlpTable;
import org.raspworkbench.core.circuits.ModelCircuits;
import org.raspworkbench.core.circuits.ModelToHeadGrids;
import org.raspworkbench.core.circuits.ModelToMlpTables;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;

/** The circuit figures draw what the circuits hold: pixel checks on sort and on a program built to fail. */
class CircuitFiguresTest {
    @Test
    void everyQkCellIsPaintedInTheColourOfItsScore() {
        CompiledModel model = sample("sort");
        for (HeadGrids h : ModelToHeadGrids.run(model)) {
            CircuitGrid fig = CircuitFigures.qk("sort", h);
            Dimension size = FigureRenderer.preferredSize(fig);
            BufferedImage image = draw(fig, size);
            Set<List<Integer>> seen = new HashSet<>();
            for (int y = 0; y < size.height; y += 2) {
                for (int x = 0; x < size.width; x += 2) {
                    Optional<CellHit> hit = FigureRenderer.hit(fig, size.width, size.height, x + 0.5, y + 0.5);
                    if (hit.isEmpty() || hit.get().kind() != HitKind.CELL) continue;
                    CellHit c = hit.get();
                    double score = h.qk().scores()[c.row()][c.column()];
                    assertThat(c.value().getAsDouble()).isEqualTo(score);
                    // away from cell edges, where neighbours overlap by design
                    if (!inside(fig, size, x, y)) continue;
                    assertThat(image.getRGB(x, y) & 0xFFFFFF).as("%s cell %d,%d", h.name(), c.row(), c.column())
                            .isEqualTo(fig.scale().color(score).getRGB() & 0xFFFFFF);
                    seen.add(List.of(c.row(), c.column()));
                }
            }
            assertThat(seen).hasSize(h.qk().queries().size() * h.qk().keys().size());
        }
    }

    @Test
    void mismatchesAreMarkedInRedAndOnlyThere() {
        String text = read(samples().getParent().resolve("compiler-core/src/test/resources/variant-cases/low_mlp_exactness.rasp"));
        CompiledModel low = Compiler.compile(text).model().orElseThrow();
        CompiledModel exact = Compiler.compile(text.replace("set mlp_exactness 20;", "")).model().orElseThrow();
        FunctionTable wrong = CircuitFigures.mlp("low", table(low, "length"));
        FunctionTable right = CircuitFigures.mlp("exact", table(exact, "length"));
        assertThat(wrong.mismatches()).isPositive();
        assertThat(wrong.title()).contains("mismatch");
        assertThat(right.mismatches()).isZero();
        assertThat(reddish(draw(wrong))).isPositive();
        assertThat(reddish(draw(right))).isZero();
        assertThat(wrong.breaks()).isNotEmpty().allMatch(b -> b.label().startsWith("step at"));
        // b1 < 0 at exactness 20: ramps overlap the neighbouring values, yet every gap between two
        // values shows its one step
        FunctionTable negative = CircuitFigures.mlp("low", table(low, "map_9"));
        int n = negative.rows().size();
        assertThat(n).isGreaterThan(20);
        assertThat(negative.breaks()).extracting(FunctionTable.Break::beforeRow)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(1, n).boxed().toList());
        assertThat(negative.breaks()).allMatch(b -> b.label().matches("step at [-0-9.]+ \\(ramp from [-0-9.]+\\)"));
    }

    @Test
    void theWritingHeadGetsTheBlueBar() {
        CompiledModel model = sample("sort");
        ModelCircuits c = ModelCircuits.of(model, Optional.of(ForwardPass.run(model, model.program().settings().example().orElseThrow())));
        AttributionChart chart = CircuitFigures.attribution("sort", c.attribution(), c.run().get().input());
        assertThat(chart.panels()).hasSize(5);
        assertThat(chart.panels().get(0).bars()).anyMatch(b -> b.label().equals("L2.H0 (sort)") && b.winner() > 0.9);
        BufferedImage image = draw(chart);
        int blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (AttributionChartPainter.WINNER.getRGB() & 0xFFFFFF)) blue++;
            }
        }
        // five panels, each with one long bar
        assertThat(blue).isGreaterThan(5 * 100);
    }

    @Test
    void circuitsExportIntoStreamsInEveryFormat() throws IOException {
        CompiledModel model = sample("frac_prevs");
        for (ExportFormat f : ExportFormat.values()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            FigureExport.write(FigureSheet.of(CircuitFigures.ov("frac_prevs", ModelToHeadGrids.run(model).get(0))), f, out, 96,
                    PrintSize.NATURAL.withWidth(Length.parse("60mm").orElseThrow()));
            assertThat(out.size()).as(f.name()).isGreaterThan(100);
            java.io.ByteArrayOutputStream chart = new java.io.ByteArrayOutputStream();
            FigureExport.write(CircuitFigures.mlp("frac_prevs", ModelToMlpTables.run(model).get(0)), f, chart, 96);
            assertThat(chart.size()).as(f.name()).isGreaterThan(100);
        }
    }

    @Test
    void aChartPrintsAtTheAskedWidthKeepingItsProportions() throws IOException {
        CompiledModel model = sample("sort");
        FunctionTable t = CircuitFigures.mlp("", ModelToMlpTables.run(model).get(1));
        assertThat(t.title()).startsWith("L1 MLP: target_pos");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        FigureExport.write(t, ExportFormat.PNG, out, 300, PrintSize.NATURAL.withWidth(Length.parse("80mm").orElseThrow()));
        BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getWidth()).isCloseTo((int) Math.round(80 / 25.4 * 300), org.assertj.core.api.Assertions.within(1));
        Dimension natural = ChartRenderer.preferredSize(t);
        assertThat((double) image.getHeight() / image.getWidth())
                .isCloseTo((double) natural.height / natural.width, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void aBigGridShrinksItsCellsSoThatItExports() throws IOException {
        // sort at n = 16: 256 query values by 257 keys; at 30 units a cell the PNG was refused as too large
        String sort = read(samples().resolve("sort.rasp"));
        StringBuilder vocab = new StringBuilder();
        for (int i = 1; i <= 16; i++) vocab.append(i == 1 ? "" : ", ").append(i);
        CompiledModel model = Compiler.compile(sort.replace("set vocab [1, 2, 3, 4, 5];", "set vocab [" + vocab + "];")
                .replace("set max_seq_len 5;", "set max_seq_len 16;").replace("n = 5;", "n = 16;")
                .replace("set example [3, 1, 3, 2, 1];", "")).model().orElseThrow();
        HeadGrids big = ModelToHeadGrids.of(model, 1, 0);
        assertThat(big.qk().keys()).hasSize(257);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        FigureExport.write(FigureSheet.of(CircuitFigures.qk("sort16", big)), ExportFormat.PNG, out, 150, PrintSize.NATURAL);
        BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getWidth()).isLessThan(3000);
        assertThat(image.getHeight()).isLessThan(3000);
    }

    @Test
    void aNumericalZeroIsAValueNotNothingWritten() {
        FunctionTable isX = CircuitFigures.mlp("", ModelToMlpTables.run(sample("frac_prevs")).get(0));
        assertThat(isX.headers()).containsExactly("tokens", "model", "program");
        assertThat(isX.rows()).extracting(r -> r.cells().get(1)).containsExactly("1.0", "0.0", "0.0");
    }

    private static boolean inside(CircuitGrid fig, Dimension size, int x, int y) {
        FigureLayout l = FigureLayout.fit(Grid.of(fig), size.width, size.height);
        double fx = (x + 0.5 - l.panelLeft[0]) / l.cellWidth;
        double fy = (y + 0.5 - l.gridTop) / l.cellHeight;
        double ex = fx - Math.floor(fx);
        double ey = fy - Math.floor(fy);
        return ex > 0.15 && ex < 0.85 && ey > 0.15 && ey < 0.85;
    }

    private static int reddish(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                // red and pink, not the orange of the breakpoint lines
                if (c.getRed() > c.getGreen() + 40 && c.getRed() > c.getBlue() + 40 && Math.abs(c.getGreen() - c.getBlue()) < 30) n++;
            }
        }
        return n;
    }

    private static MlpTable table(CompiledModel model, String sop) {
        return ModelToMlpTables.run(model).stream().filter(t -> t.sop().name().equals(sop)).findFirst().orElseThrow();
    }

    private static BufferedImage draw(Figure fig, Dimension size) {
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        FigureRenderer.draw(fig, g, size.width, size.height);
        g.dispose();
        return image;
    }

    private static BufferedImage draw(Chart chart) {
        Dimension size = ChartRenderer.preferredSize(chart);
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartRenderer.draw(chart, g, size.width, size.height);
        g.dispose();
        return image;
    }

    private static CompiledModel sample(String name) {
        return Compiler.compile(read(samples().resolve(name + ".rasp"))).model().orElseThrow();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path samples() {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("sample-programs")) && Files.exists(d.resolve("pom.xml"))) return d.resolve("sample-programs");
        }
        throw new IllegalStateException("no sample-programs");
    }
}
