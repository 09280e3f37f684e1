package org.raspworkbench.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;

/** The Python front end reads Tracr's style of code into the shared syntax tree, and refuses the rest at its text. */
class PythonParserTest {
    private static Program parse(String text) {
        ParseResult r = PythonParser.parse(text);
        assertThat(r.errors()).as(text).isEmpty();
        return r.program().orElseThrow();
    }

    private static Diagnostic error(String text) {
        ParseResult r = PythonParser.parse(text);
        assertThat(r.errors()).as(text).hasSize(1);
        return r.errors().get(0);
    }

    private static String at(Diagnostic d) {
        return d.range().start().line() + ":" + d.range().start().column() + "-" + d.range().end().line() + ":"
                + d.range().end().column() + " " + d.kind() + " " + d.message();
    }

    @Test
    void indentedDefsLoopsAndBranches() {
        Program p = parse("""
                from tracr.rasp import rasp
                import tracr.compiler.lib as lib

                def f(x, y=2, *rest):
                    \"\"\"A docstring.\"\"\"
                    if x:
                        return 1
                    elif y:
                        # a comment line
                        return 2
                    else:
                        pass
                    total = 0
                    while total < 3:
                        total += 1
                    for a, b in zip(rest, rest):
                        total = total + a
                    assert total > 0, "positive"
                    return (total,
                            y)

                g = lambda a, b=1: a if b else -a
                """);
        List<Stmt> s = p.statements();
        assertThat(s).hasSize(4);
        assertThat(s.get(0)).isInstanceOf(Stmt.Import.class);
        Stmt.Import from = (Stmt.Import) s.get(0);
        assertThat(from.from()).contains("tracr.rasp");
        assertThat(from.names().get(0).boundName()).isEqualTo("rasp");
        assertThat(((Stmt.Import) s.get(1)).names().get(0).boundName()).isEqualTo("lib");
        Stmt.Def def = (Stmt.Def) s.get(2);
        assertThat(def.params()).extracting(Param::name).containsExactly("x", "y", "rest");
        assertThat(def.params().get(2).variadic()).isTrue();
        assertThat(def.body()).hasSize(7);
        assertThat(def.body().get(1)).isInstanceOf(Stmt.If.class);
        Stmt.If branch = (Stmt.If) def.body().get(1);
        assertThat(branch.otherwise()).singleElement().isInstanceOf(Stmt.If.class);
        assertThat(def.body().get(3)).isInstanceOf(Stmt.While.class);
        assertThat(def.body().get(5)).isInstanceOf(Stmt.Assert.class);
        // the def's range ends at its last token, not at the blank line or the next statement
        assertThat(def.range().end().line()).isEqualTo(20);
        assertThat(s.get(3)).isInstanceOf(Stmt.Assign.class);
    }

    @Test
    void fStringsKeepTheirFieldsWithRanges() {
        Program p = parse("name = f\"shift_{k + 1}_{x!r}!\"\n");
        Expr.FString f = (Expr.FString) ((Stmt.Assign) p.statements().get(0)).value();
        assertThat(f.parts()).hasSize(5);
        Expr.FStringPart.Field first = (Expr.FStringPart.Field) f.parts().get(1);
        assertThat(first.value()).isInstanceOf(Expr.Binary.class);
        assertThat(first.value().range().start().column()).isEqualTo(17);
        assertThat(first.value().range().end().column()).isEqualTo(22);
        assertThat(((Expr.FStringPart.Field) f.parts().get(3)).conversion()).isEqualTo('r');
        assertThat(((Expr.FStringPart.Text) f.parts().get(4)).text()).isEqualTo("!");
    }

    @Test
    void stringsJoinAndUnescape() {
        Program p = parse("s = 'a\\tb' \"c\" r'\\d'\n");
        Expr.Literal l = (Expr.Literal) ((Stmt.Assign) p.statements().get(0)).value();
        assertThat(l.value().toString()).contains("a\tbc\\d");
    }

    @Test
    void starredUnpackingAndDisplays() {
        Program p = parse("values, *sops = sops\nt = (*x, y)\n");
        Stmt.Assign a = (Stmt.Assign) p.statements().get(0);
        Target.TupleTarget t = (Target.TupleTarget) a.target();
        assertThat(t.items().get(1)).isInstanceOf(Target.StarTarget.class);
        Expr.Display d = (Expr.Display) ((Stmt.Assign) p.statements().get(1)).value();
        assertThat(d.items().get(0)).isInstanceOf(Expr.Starred.class);
    }

    @Test
    void isNoneIsEquality() {
        Program p = parse("a = x is None\nb = x is not None\n");
        Expr.Compare c = (Expr.Compare) ((Stmt.Assign) p.statements().get(1)).value();
        assertThat(c.ops()).containsExactly(Expr.CompareOp.NEQ);
    }

    @Test
    void settingsComment() {
        Program p = parse("# rasp: vocab={1, 2, 3} max_seq_len=5 compiler_bos=\"BOS\"\nx = 1\n");
        assertThat(p.statements()).hasSize(4);
        Stmt.SetStmt vocab = (Stmt.SetStmt) p.statements().get(0);
        assertThat(vocab.setting()).isEqualTo("vocab");
        assertThat(vocab.value().range().start().column()).isEqualTo(15);
        assertThat(((Stmt.SetStmt) p.statements().get(2)).setting()).isEqualTo("bos");
    }

    @Test
    void annotationsAreIgnored() {
        Program p = parse("def f(x: int, y: List[int] = []) -> rasp.SOp:\n  n: int = 3\n  return n\n");
        Stmt.Def d = (Stmt.Def) p.statements().get(0);
        assertThat(d.params()).hasSize(2);
        assertThat(d.body().get(0)).isInstanceOf(Stmt.Assign.class);
    }

    @Test
    void keywordOnlyAndPositionalOnlyMarkersAreAccepted() {
        Stmt.Def d = (Stmt.Def) parse("def shift(offset, /, sop, *, n=1):\n  return sop\n").statements().get(0);
        assertThat(d.params()).extracting(Param::name).containsExactly("offset", "sop", "n");
    }

    @Test
    void unsupportedConstructsAtTheirText() {
        assertThat(at(error("x = 1\nclass A:\n    pass\n"))).isEqualTo("2:1-2:9 UNSUPPORTED classes are not supported: "
                + "a Tracr program here is module code, functions and lambdas");
        assertThat(at(error("@dec\ndef f():\n  pass\n"))).startsWith("1:1-1:5 UNSUPPORTED decorators");
        assertThat(error("with open('f') as f:\n  pass\n").kind()).isEqualTo(ErrorKind.UNSUPPORTED);
        assertThat(at(error("xs = [1]\nxs[0] = 2\n"))).startsWith("2:1-2:6 UNSUPPORTED assigning to an item");
        assertThat(at(error("def f():\n  break\n"))).startsWith("2:3-2:8 SYNTAX 'break' outside loop");
        assertThat(at(error("f(**kw)\n"))).startsWith("1:3-1:7 UNSUPPORTED");
    }

    @Test
    void syntaxErrorsInPythonsWords() {
        assertThat(at(error("x = 1\n  y = 2\n"))).isEqualTo("2:3-2:3 SYNTAX unexpected indent");
        assertThat(at(error("def f():\nreturn 1\n"))).startsWith("2:1").contains("expected an indented block");
        assertThat(at(error("if x:\n    a = 1\n  b = 2\n")))
                .isEqualTo("3:3-3:4 SYNTAX unindent does not match any outer indentation level");
        assertThat(at(error("def f()\n  return 1\n"))).contains("expected ':'");
        assertThat(at(error("s = 'abc\n"))).startsWith("1:5-1:9 SYNTAX unterminated string");
        assertThat(at(error("x = f(1,\ny = 2\n"))).isEqualTo("1:6-1:7 SYNTAX '(' was never closed");
        assertThat(at(error("x = [1, 2)\n"))).isEqualTo("1:10-1:11 SYNTAX closing parenthesis ')' does not match "
                + "opening parenthesis '['");
        assertThat(at(error("x = 1)\n"))).isEqualTo("1:6-1:7 SYNTAX unmatched ')'");
        assertThat(at(error("if x:\n\ta = 1\n        b = 2\n")))
                .isEqualTo("3:9-3:10 SYNTAX inconsistent use of tabs and spaces in indentation");
        parse("if x:\n\ta = 1\n\tb = 2\nif y:\n    c = 3\n");
    }
}
