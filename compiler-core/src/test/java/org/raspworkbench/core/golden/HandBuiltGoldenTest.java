package org.raspworkbench.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.testkit.HandBuiltPrograms;

/**
 * The compiler passes on golden programs built by hand from the RASP records: model structure,
 * decoded outputs, the RASP evaluation and every residual snapshot must match what Tracr compiled,
 * independently of the language front end.
 */
class HandBuiltGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"reverse", "sort_unique", "sort", "hist", "length", "frac_prevs", "pair_balance",
            "password", "shuffle_dyck2"})
    void matchesTracr(String name) throws Exception {
        JsonNode gold = GoldenFiles.json(name);
        Compilation c = Compiler.compile(HandBuiltPrograms.byName(name));
        assertThat(c.diagnostics()).isEmpty();
        CompiledModel model = c.model().orElseThrow();
        JsonNode mine = ShippedTrace.of(name, model, gold);
        Optional<String> diff = GoldenCompare.compare(mine, gold);
        assertThat(diff).as(name).isEmpty();
    }
}
