package org.raspworkbench.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.testsupport.Golden;

class ProgramParserTest {
    private static List<Diagnostic> errors(String text) {
        return ProgramParser.parse(text).errors();
    }

    private static String describe(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.range().start().line() + ":" + d.range().start().column() + "-"
                + d.range().end().line() + ":" + d.range().end().column() + " " + d.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void everyGoldenProgramParses() throws IOException {
        try (Stream<Path> files = Files.list(Golden.folder())) {
            List<Path> programs = files.filter(p -> p.toString().endsWith(".rasp")).sorted().toList();
            assertThat(programs).isNotEmpty();
            for (Path p : programs) {
                ParseResult r = ProgramParser.parse(Files.readString(p));
                assertThat(r.errors()).as(p.toString()).isEmpty();
                assertThat(r.program()).isPresent();
            }
        }
    }

    @Test
    void missingSemicolonIsAnchoredAtTheEndOfThePreviousToken() {
        List<Diagnostic> ds = errors("x = 1\ny = 2;\n");
        assertThat(describe(ds)).isEqualTo("1:6-1:6 expected ';' after the statement");
        assertThat(ds.get(0).kind()).isEqualTo(ErrorKind.SYNTAX);
        assertThat(ds.get(0).range().startOffset()).isEqualTo(5);
    }

    @Test
    void severalErrorsAreReportedInOneRun() {
        List<Diagnostic> ds = errors("x = 1\ny = (2 + ;\nz = 3 @ 4;\nw = 5;\n");
        assertThat(ds).hasSizeGreaterThanOrEqualTo(3);
        assertThat(describe(ds)).contains("1:6-1:6 expected ';' after the statement")
                .contains("2:10-2:11 expected an expression after '+' but found ';'")
                .contains("3:7-3:8 the character '@' is not part of the language");
    }

    @Test
    void unterminatedStringIsReported() {
        List<Diagnostic> ds = errors("x = \"abc;\ny = 2;\n");
        assertThat(describe(ds)).contains("1:5-1:10 this string is not closed");
    }

    @Test
    void keywordAsNameIsExplained() {
        assertThat(describe(errors("output = 3;"))).isEqualTo("1:1-1:7 'output' is a keyword and cannot be used as a name");
        assertThat(describe(errors("x = set;"))).contains("'set' is a keyword");
    }

    @Test
    void pythonKeywordsTheLanguageLacksAreExplained() {
        assertThat(describe(errors("x = y is None;"))).isEqualTo(
                "1:7-1:9 'is' is not part of the language; compare values with == and !=");
        assertThat(describe(errors("while x < 3 { x = x + 1; }"))).startsWith(
                "1:1-1:6 while loops are not part of the language");
        assertThat(describe(errors("if a { b = 1; } elif c { b = 2; }"))).contains("write 'else if' instead of 'elif'");
        assertThat(describe(errors("import math;"))).contains("'import' is not part of the language");
    }

    @Test
    void unclosedBlockAtEndOfFile() {
        List<Diagnostic> ds = errors("def f(x) {\n  return x;\n");
        assertThat(describe(ds)).isEqualTo("3:1-3:1 the block opened on line 1 is not closed with '}'");
    }

    @Test
    void builtsTreeWithRanges() {
        Program p = ProgramParser.parse("x = tokens == \"l\";\noutput x;").program().orElseThrow();
        Stmt.Assign a = (Stmt.Assign) p.statements().get(0);
        assertThat(p.text().slice(a.value().range())).isEqualTo("tokens == \"l\"");
        assertThat(a.value()).isInstanceOf(Expr.Compare.class);
    }
}
