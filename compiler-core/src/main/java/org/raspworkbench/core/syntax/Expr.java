package org.raspworkbench.core.syntax;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;

/** An expression of the program, with the range of text it was written in. */
public sealed interface Expr {
    SourceRange range();

    /** A variable reference. */
    record Name(String name, SourceRange range) implements Expr {
    }

    /** A number, string, {@code True}, {@code False} or {@code None}. */
    record Literal(Value value, SourceRange range) implements Expr {
    }

    /** {@code [a, b]}, {@code (a, b)} or {@code {a, b}}. */
    record Display(DisplayKind kind, List<Expr> items, SourceRange range) implements Expr {
        public Display {
            items = List.copyOf(items);
        }
    }

    /** {@code {k: v, ...}}. */
    record DictDisplay(List<DictEntry> entries, SourceRange range) implements Expr {
        public DictDisplay {
            entries = List.copyOf(entries);
        }
    }

    record DictEntry(Expr key, Expr value) {
    }

    /** {@code [e for x in xs if c]}, its set form, or a generator argument {@code f(e for x in xs)}. */
    record Comprehension(DisplayKind kind, Expr element, List<CompClause> clauses, SourceRange range)
            implements Expr {
        public Comprehension {
            clauses = List.copyOf(clauses);
        }
    }

    /** {@code {k: v for x in xs}}. */
    record DictComprehension(Expr key, Expr value, List<CompClause> clauses, SourceRange range) implements Expr {
        public DictComprehension {
            clauses = List.copyOf(clauses);
        }
    }

    record Unary(UnaryOp op, Expr operand, SourceRange range) implements Expr {
    }

    record Binary(BinaryOp op, Expr left, Expr right, SourceRange range) implements Expr {
    }

    /** {@code a and b}, {@code a or b}. */
    record Logical(LogicalOp op, Expr left, Expr right, SourceRange range) implements Expr {
    }

    /** A comparison chain {@code a < b <= c}: {@code ops.size() == rest.size()}. */
    record Compare(Expr first, List<CompareOp> ops, List<Expr> rest, SourceRange range) implements Expr {
        public Compare {
            ops = List.copyOf(ops);
            rest = List.copyOf(rest);
        }
    }

    /** {@code then if condition else otherwise}. */
    record Conditional(Expr then, Expr condition, Expr otherwise, SourceRange range) implements Expr {
    }

    record Lambda(List<Param> params, Expr body, SourceRange range) implements Expr {
        public Lambda {
            params = List.copyOf(params);
        }
    }

    record Call(Expr callee, List<Argument> args, SourceRange range) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    record Index(Expr target, Expr index, SourceRange range) implements Expr {
    }

    /** {@code x.name}: read so that it can be refused with a helpful message. */
    record Attribute(Expr target, String name, SourceRange range) implements Expr {
    }

    record Slice(Expr target, Optional<Expr> lower, Optional<Expr> upper, Optional<Expr> step, SourceRange range)
            implements Expr {
    }

    /** Python's f-string {@code f"shift_{k}"}: literal text and formatted fields, in order. */
    record FString(List<FStringPart> parts, SourceRange range) implements Expr {
        public FString {
            parts = List.copyOf(parts);
        }
    }

    /** A piece of an f-string. */
    sealed interface FStringPart {
        record Text(String text) implements FStringPart {
        }

        /** {@code {value!conversion:spec}}; conversion is 's', 'r' or 0 for none; spec may be empty. */
        record Field(Expr value, char conversion, String spec, SourceRange range) implements FStringPart {
        }
    }

    /** {@code *xs} inside a list, tuple or set display: the items of {@code xs} in its place. */
    record Starred(Expr value, SourceRange range) implements Expr {
    }

    enum DisplayKind { LIST, TUPLE, SET, GENERATOR }

    enum UnaryOp {
        NEG("-"), POS("+"), NOT("not"), INVERT("~");

        private final String text;

        UnaryOp(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"), BITAND("&"), BITOR("|");

        private final String text;

        BinaryOp(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    enum LogicalOp {
        AND("and"), OR("or");

        private final String text;

        LogicalOp(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    enum CompareOp {
        LT("<"), GT(">"), EQ("=="), GEQ(">="), LEQ("<="), NEQ("!="), IN("in"), NOT_IN("not in");

        private final String text;

        CompareOp(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
