package org.raspworkbench.core.dag;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.Programs;
import org.raspworkbench.core.rasp.RaspProgram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.HEADER;
import static org.raspworkbench.core.program.Programs.names;
import static org.raspworkbench.core.program.Programs.program;

/** The Names section of the language contract. */
class NamingTest {
    @Test
    void assignmentNamesAnUnnamedValue() {
        RaspProgram p = program(HEADER + "x = tokens + 1;\ns = select(tokens, tokens, ==);\noutput x;");
        assertThat(names(p)).containsExactly("tokens", "indices", "x", "s");
    }

    @Test
    void aliasesDoNotRename() {
        RaspProgram p = program(HEADER + "x = tokens + 1;\ny = x;\noutput y;");
        assertThat(p.output().name()).isEqualTo("x");
        assertThat(names(p)).containsExactly("tokens", "indices", "x");
    }

    @Test
    void theCallersNameWinsForAValueNamedInAReturnedCall() {
        RaspProgram p = program(HEADER + "def f(a) { inner = a + 1; return inner; }\nouter = f(tokens);\noutput outer;");
        assertThat(p.output().name()).isEqualTo("outer");
        RaspProgram kept = program(HEADER + "def f(a) { inner = a + 1; return inner; }\noutput f(tokens);");
        assertThat(kept.output().name()).isEqualTo("inner");
    }

    @Test
    void aFunctionNeverRenamesItsArguments() {
        RaspProgram p = program(HEADER + "x = tokens + 1;\ndef f(a) { b = a; return b; }\ny = f(x);\noutput y;");
        assertThat(p.output().name()).isEqualTo("x");
    }

    @Test
    void aFunctionGivenAReturnedValueDoesNotRenameIt() {
        RaspProgram p = program(HEADER + "def g() { t = tokens + 1; return t; }\ndef h(v) { q = v; return q; }\n"
                + "output h(g());");
        assertThat(p.output().name()).isEqualTo("t");
        RaspProgram r = program(HEADER + "def g() { t = tokens + 1; return t; }\ndef h(v) { q = v; return q; }\n"
                + "r = h(g());");
        assertThat(r.output().name()).isEqualTo("r");
    }

    @Test
    void aNameGivenInsideALoopOfTheTopLevelIsAnAssignmentLikeAnyOther() {
        RaspProgram p = program(HEADER + "acc = tokens == 1;\nfor v in [2, 3] { acc = acc or tokens == v; }\n"
                + "output acc;");
        assertThat(p.output().name()).isEqualTo("acc_3");
        assertThat(names(p)).contains("acc", "acc_2", "acc_3");
    }

    @Test
    void unnamedValuesGetKindAndNumberPerKindInCreationOrder() {
        RaspProgram p = program(HEADER + "y = aggregate(select(indices, indices, ==), tokens + 1) + indices * 2;\n"
                + "z = selector_width(select(tokens, tokens, ==));\noutput y;");
        assertThat(names(p)).containsExactly("tokens", "indices", "select_1", "map_1", "aggregate_1", "map_2", "y",
                "select_2", "z");
    }

    @Test
    void namesAreMadeUniqueFirstCreatedKeepsIt() {
        RaspProgram p = program(HEADER + "def f() { t = tokens + 1; return t; }\na = f();\nf();\nf();\noutput a;");
        assertThat(names(p)).containsExactly("tokens", "indices", "a", "t", "t_2");
    }

    @Test
    void builtinNamesAreKept() {
        RaspProgram p = program(HEADER + "one = tokens + 1;\nx = length + one;\ntokens2 = numerical(tokens);\noutput x;");
        assertThat(names(p)).contains("one_2", "length", "all_true_selector");
        assertThat(names(p).stream().filter(n -> n.equals("tokens")).count()).isEqualTo(2);
        RaspProgram q = program(HEADER + "length = tokens + 1;\noutput length;");
        assertThat(q.output().name()).isEqualTo("length");
        RaspProgram r = program(HEADER + "x = tokens + 1;\nlength_copy = x;\nlen2 = length - x;\ny = len2;\n"
                + "z = map(lambda v: v, x);\noutput z;");
        assertThat(names(r)).contains("length", "len2");
    }

    @Test
    void annotatedCopiesTakeTheAssignedNameOrTheirOriginals() {
        RaspProgram p = program(HEADER + "x = tokens == 1;\ny = numerical(x);\nz = aggregate(select(indices, indices, "
                + "<=), numerical(x), 0);\noutput z;");
        // Only the copy is in the output's graph (it maps tokens itself), so it is the x of the model.
        assertThat(names(p)).containsExactly("tokens", "indices", "x_2", "y", "select_1", "x", "z");
    }

    @Test
    void theOutputsGraphIsNamedFirstSoUnusedDuplicatesGiveWay() {
        // The second x fuses both maps and no longer needs the first: it is the x of the model.
        RaspProgram p = program(HEADER + "x = tokens + 1;\nx = x * 2;\noutput x;");
        assertThat(p.output().name()).isEqualTo("x");
        assertThat(names(p)).containsExactly("tokens", "indices", "x_2", "x");
        RaspProgram len = program(HEADER + "output numerical(length);");
        assertThat(len.output().name()).isEqualTo("length");
        RaspProgram both = program(HEADER + "y = numerical(length);\nz = y + numerical(length);\noutput z;");
        assertThat(names(both)).contains("length", "y");
    }

    @Test
    void selectorWidthNamedWAddsItsAttentionDirection() {
        RaspProgram p = program(HEADER + "w = selector_width(select(tokens, tokens, ==));\noutput w;");
        assertThat(p.output().name()).isEqualTo("w");
    }
}
