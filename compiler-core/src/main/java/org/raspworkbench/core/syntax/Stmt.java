package org.raspworkbench.core.syntax;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.source.SourceRange;

/** A statement of the program, with the range of its text. */
public sealed interface Stmt {
    SourceRange range();

    /** {@code set NAME value;} */
    record SetStmt(String setting, SourceRange nameRange, Expr value, SourceRange range) implements Stmt {
    }

    /** {@code output expr;} */
    record Output(Expr value, SourceRange range) implements Stmt {
    }

    /** {@code def name(params) { body }} */
    record Def(String name, SourceRange nameRange, List<Param> params, List<Stmt> body, SourceRange range)
            implements Stmt {
        public Def {
            params = List.copyOf(params);
            body = List.copyOf(body);
        }
    }

    record Return(Optional<Expr> value, SourceRange range) implements Stmt {
    }

    record For(Target target, Expr iterable, List<Stmt> body, SourceRange range) implements Stmt {
        public For {
            body = List.copyOf(body);
        }
    }

    /** {@code if c { ... } else { ... }}; {@code else if} nests another If in {@code otherwise}. */
    record If(Expr condition, List<Stmt> then, List<Stmt> otherwise, SourceRange range) implements Stmt {
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    record Assign(Target target, Expr value, SourceRange range) implements Stmt {
    }

    /** {@code x += e;} and the other augmented assignments. */
    record AugAssign(String name, SourceRange nameRange, Expr.BinaryOp op, Expr value, SourceRange range)
            implements Stmt {
    }

    record ExprStmt(Expr value, SourceRange range) implements Stmt {
    }
}
