package org.raspworkbench.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact text {@code rasp convert} writes for some samples, reviewed by hand:
 * {@code src/test/resources/convert/NAME.py} is {@code sample-programs/NAME.rasp} as Tracr Python,
 * {@code NAME.py.rasp} is {@code sample-programs/NAME.py} as {@code .rasp}. A change to the printers
 * shows here as a diff to read.
 */
class ConvertGoldenTextTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void writesTheReviewedText(String expectedFile) throws IOException {
        Path expected = folder().resolve(expectedFile);
        boolean toRasp = expectedFile.endsWith(".py.rasp");
        String sourceName = toRasp ? expectedFile.replaceFirst("\\.rasp$", "") : expectedFile.replaceFirst("\\.py$", ".rasp");
        Path source = ConvertRoundTripTest.samples().resolve(sourceName);
        Conversion c = ProgramConverter.convert(Files.readString(source, StandardCharsets.UTF_8), sourceName,
                toRasp ? ConvertTarget.RASP : ConvertTarget.TRACR);
        assertThat(c.text()).as("%s converted", sourceName).hasValue(Files.readString(expected, StandardCharsets.UTF_8));
    }

    static List<String> expected() throws IOException {
        try (Stream<Path> s = Files.list(folder())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path folder() {
        return Paths.get("src", "test", "resources", "convert");
    }
}
