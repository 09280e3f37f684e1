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

    /** Python's {@code while c:}; the interpreter's step limit bounds it. */
    record While(Expr condition, List<Stmt> body, SourceRange range) implements Stmt {
        public While {
            body = List.copyOf(body);
        }
    }

    /** Python's {@code assert c, message}: a {@code value} error at its text when {@code c} is false. */
    record Assert(Expr condition, Optional<Expr> message, SourceRange range) implements Stmt {
    }

    /** Python's {@code raise E(message)}: the program stops with a {@code value} error at its text. */
    record Raise(Optional<Expr> exception, SourceRange range) implements Stmt {
    }

    /** Python's {@code pass}. */
    record Pass(SourceRange range) implements Stmt {
    }

    /** Python's {@code break}: always inside a loop of its function (the parser checks). */
    record Break(SourceRange range) implements Stmt {
    }

    /** Python's {@code continue}: always inside a loop of its function (the parser checks). */
    record Continue(SourceRange range) implements Stmt {
    }

    /**
     * Python's {@code import a.b as c} (no {@code from}) or {@code from a.b import x as y}: each
     * name binds a module, or a value of the module {@code from} names.
     */
    record Import(Optional<String> from, List<ImportedName> names, SourceRange range) implements Stmt {
        public Import {
            names = List.copyOf(names);
        }
    }

    /** One name of an import: a dotted module path or a module's member, and what it is bound as. */
    record ImportedName(String name, Optional<String> alias, SourceRange range) {
        /** The name the import binds: the alias, else the first part of a dotted path. */
        public String boundName() {
            return alias.orElse(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
        }
    }
}
