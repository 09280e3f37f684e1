package org.raspworkbench.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.fuzz.ProgramSpec;
import org.raspworkbench.core.fuzz.ProgramSpecs;
import org.raspworkbench.core.fuzz.SpecToSource;

/**
 * Random well-formed programs (the compiler fuzzer's, decision 60) that compile convert both ways
 * to programs that compile to the same model: the whole trace document on an input is the same.
 * Also counts how many functions had to be tables.
 */
class ConvertFuzzTest {
    @Provide
    Arbitrary<ProgramSpec> programs() {
        return ProgramSpecs.programs();
    }

    @Property(tries = 80, seed = "20261275")
    void convertedProgramsCompileToTheSameModel(@ForAll("programs") ProgramSpec spec) {
        String source = SpecToSource.render(spec);
        Compilation c = Compiler.compile(source);
        if (c.hasErrors()) {
            Statistics.label("outcome").collect("not compiled");
            return;
        }
        String expected = ConvertRoundTripTest.trace(source, "p.rasp");
        for (ConvertTarget target : ConvertTarget.values()) {
            Conversion converted = ProgramConverter.convert(source, "p.rasp", target);
            assertThat(converted.errors()).as("converting\n%s", source).isEmpty();
            String text = converted.text().orElseThrow();
            assertThat(ConvertRoundTripTest.trace(text, "p" + target.extension()))
                    .as("%s converted to\n%s", source, text).isEqualTo(expected);
            Statistics.label("tables").collect(text.contains("the table holds") ? "some" : "none");
        }
        Statistics.label("outcome").collect("same model");
    }
}
