package org.raspworkbench.core.interpreter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raspworkbench.core.dag.ComparisonValue;
import org.raspworkbench.core.dag.Lifting;
import org.raspworkbench.core.dag.SOpValue;
import org.raspworkbench.core.dag.SelectorValue;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Argument;
import org.raspworkbench.core.syntax.CompClause;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.syntax.Param;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.DictValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.SetValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** Evaluates expressions with Python's rules, lifting operators on S-ops through {@link Lifting}. */
public final class ExprEvaluator {
    private final Interpreter interpreter;
    private final Lifting lifting;

    ExprEvaluator(Interpreter interpreter, Lifting lifting) {
        this.interpreter = interpreter;
        this.lifting = lifting;
    }

    Value eval(Expr e, Scope scope, Context ctx) {
        ctx.step(e.range());
        if (e instanceof Expr.Name n) return name(n, scope, ctx);
        if (e instanceof Expr.Literal l) return l.value();
        if (e instanceof Expr.Binary b) {
            Value left = eval(b.left(), scope, ctx);
            Value right = eval(b.right(), scope, ctx);
            if (Placeholder.any(left, right)) return Placeholder.first(left, right);
            return lifting.binary(b.op(), left, right, b.range(), ctx);
        }
        if (e instanceof Expr.Call c) return call(c, scope, ctx);
        if (e instanceof Expr.Compare c) return compare(c, scope, ctx);
        if (e instanceof Expr.Unary u) return lifting.unary(u.op(), eval(u.operand(), scope, ctx), u.range(), ctx);
        if (e instanceof Expr.Logical l) return logical(l, scope, ctx);
        if (e instanceof Expr.Conditional c) return conditional(c, scope, ctx);
        if (e instanceof Expr.Index i) {
            Value target = eval(i.target(), scope, ctx);
            Value index = eval(i.index(), scope, ctx);
            if (Placeholder.any(target, index)) return Placeholder.first(target, index);
            return Indexing.index(target, index, i.range());
        }
        if (e instanceof Expr.Slice s) return slice(s, scope, ctx);
        if (e instanceof Expr.Attribute a) {
            return attribute(eval(a.target(), scope, ctx), a, ctx,
                    interpreter.syntax() == org.raspworkbench.core.syntax.SurfaceSyntax.PYTHON);
        }
        if (e instanceof Expr.Display d) return display(d, scope, ctx);
        if (e instanceof Expr.DictDisplay d) return dict(d, scope, ctx);
        if (e instanceof Expr.Comprehension c) return comprehension(c, scope, ctx);
        if (e instanceof Expr.DictComprehension c) return dictComprehension(c, scope, ctx);
        if (e instanceof Expr.FString f) return fString(f, scope, ctx);
        if (e instanceof Expr.Starred st) {
            throw Errors.syntax("a starred expression can only be an item of a list, tuple or set", st.range());
        }
        return lambda((Expr.Lambda) e, scope, ctx);
    }

    /** {@code math.f}, {@code x.named}, and the methods of plain values ({@link Methods}). */
    private static Value attribute(Value target, Expr.Attribute a, Context ctx, boolean python) {
        try {
            if (target == MathModule.VALUE) return MathModule.attribute(a.name());
            if (target instanceof HasAttributes h) return h.attribute(a.name(), a.range());
            if (Lifting.isRasp(target)) {
                if (a.name().equals("named") || a.name().equals("annotated")) return new MethodValue(target, a.name());
                // Tracr's .name and .label: the name as known now (made unique once the program has run)
                if (a.name().equals("name") || a.name().equals("label")) {
                    return org.raspworkbench.core.value.StrValue.of(((org.raspworkbench.core.dag.NodeValue) target)
                            .node.currentName());
                }
                // Tracr's .unique_id: ids in creation order (Tracr's count from its first expression)
                if (python && a.name().equals("unique_id")) {
                    return org.raspworkbench.core.value.IntValue.of(((org.raspworkbench.core.dag.NodeValue) target)
                            .node.id);
                }
                String kind = target instanceof SelectorValue ? "a selector" : "an S-op";
                String has = python ? "it has .named(\"name\"), .annotated(...), .name, .label and .unique_id"
                        : "its only method is .named(\"name\")";
                throw new RaspException(ErrorKind.UNSUPPORTED, kind + " has no attribute '" + a.name()
                        + "': " + has + "; its values exist only when the model runs", a.range());
            }
            return Methods.attribute(target, a.name(), a.range());
        } catch (PythonError e) {
            throw Errors.at(e, a.range());
        }
    }

    private Value name(Expr.Name n, Scope scope, Context ctx) {
        Value[] out = new Value[1];
        switch (scope.lookup(n.name(), out)) {
            case UNBOUND_LOCAL:
                throw Errors.name("local variable '" + n.name() + "' is used before it is assigned", n.range());
            case UNDEFINED:
                throw Errors.name("name '" + n.name() + "' is not defined" + Suggestions.hint(n.name(),
                        scope.visibleNames()), n.range());
            default:
                break;
        }
        Value v = out[0];
        if (v == Interpreter.LENGTH) v = ctx.plain ? v : interpreter.nodes().length();
        if (ctx.plain && (Lifting.isRasp(v) || v == Interpreter.LENGTH)) {
            String kind = v instanceof SelectorValue ? "a selector" : "an S-op";
            throw Errors.raspInPlainFunction("'" + n.name() + "' is " + kind, n.range());
        }
        return v;
    }

    private Value logical(Expr.Logical l, Scope scope, Context ctx) {
        boolean and = l.op() == Expr.LogicalOp.AND;
        Value left = eval(l.left(), scope, ctx);
        if (Lifting.isRasp(left)) return lifting.logical(and, left, eval(l.right(), scope, ctx), l.range(), ctx);
        // A plain left operand decides as in Python, without evaluating the right one when it can.
        if (and != left.truthy()) return left;
        return eval(l.right(), scope, ctx);
    }

    private Value conditional(Expr.Conditional c, Scope scope, Context ctx) {
        Value cond = eval(c.condition(), scope, ctx);
        if (cond instanceof SelectorValue) {
            throw Errors.type("a selector cannot be the condition of 'if'", c.condition().range());
        }
        if (!(cond instanceof SOpValue)) {
            return cond.truthy() ? eval(c.then(), scope, ctx) : eval(c.otherwise(), scope, ctx);
        }
        Value then = eval(c.then(), scope, ctx);
        Value otherwise = eval(c.otherwise(), scope, ctx);
        return lifting.overSOps(List.of(then, cond, otherwise),
                v -> v.get(1).truthy() ? v.get(0) : v.get(2), c.range(), ctx);
    }

    private Value compare(Expr.Compare c, Scope scope, Context ctx) {
        List<Value> operands = new ArrayList<>();
        operands.add(eval(c.first(), scope, ctx));
        boolean rasp = Lifting.isRasp(operands.get(0));
        for (int i = 0; i < c.ops().size(); i++) {
            Value next = eval(c.rest().get(i), scope, ctx);
            operands.add(next);
            if (Placeholder.any(operands.get(i), next)) return Placeholder.first(operands.get(i), next);
            rasp |= Lifting.isRasp(next);
            if (!rasp) {
                Value r = lifting.compare(c.ops().get(i), operands.get(i), next, c.range(), ctx);
                if (!r.truthy()) return r;
            }
        }
        if (!rasp) return BoolValue.TRUE;
        if (operands.size() == 2) return lifting.compare(c.ops().get(0), operands.get(0), operands.get(1), c.range(), ctx);
        List<Expr.CompareOp> ops = c.ops();
        return lifting.overSOps(operands, v -> {
            for (int i = 0; i < ops.size(); i++) {
                if (!PlainOps.compare(ops.get(i), v.get(i), v.get(i + 1))) return BoolValue.FALSE;
            }
            return BoolValue.TRUE;
        }, c.range(), ctx);
    }

    private Value call(Expr.Call c, Scope scope, Context ctx) {
        Value callee = eval(c.callee(), scope, ctx);
        List<Value> values = new ArrayList<>();
        List<SourceRange> ranges = new ArrayList<>();
        List<CallArgs.Keyword> keywords = new ArrayList<>();
        for (Argument a : c.args()) {
            if (a instanceof Argument.Keyword k) {
                keywords.add(new CallArgs.Keyword(k.name(), eval(k.value(), scope, ctx), k.range()));
            } else if (a instanceof Argument.Star st) {
                for (Value v : Iteration.list(eval(st.value(), scope, ctx), st.value().range())) {
                    values.add(v);
                    ranges.add(st.range());
                }
            } else if (a instanceof Argument.Operator o) {
                values.add(new ComparisonValue(comparison(o.op())));
                ranges.add(o.range());
            } else {
                Expr value = ((Argument.Positional) a).value();
                values.add(eval(value, scope, ctx));
                ranges.add(value.range());
            }
        }
        return interpreter.call(callee, new CallArgs(values, ranges, keywords, c.range()), ctx);
    }

    static Comparison comparison(Expr.CompareOp op) {
        switch (op) {
            case LT: return Comparison.LT;
            case GT: return Comparison.GT;
            case EQ: return Comparison.EQ;
            case GEQ: return Comparison.GEQ;
            case LEQ: return Comparison.LEQ;
            default: return Comparison.NEQ;
        }
    }

    private Value slice(Expr.Slice s, Scope scope, Context ctx) {
        Value target = eval(s.target(), scope, ctx);
        if (target instanceof Placeholder) return target;
        Value lower = s.lower().isPresent() ? eval(s.lower().get(), scope, ctx) : null;
        Value upper = s.upper().isPresent() ? eval(s.upper().get(), scope, ctx) : null;
        Value step = s.step().isPresent() ? eval(s.step().get(), scope, ctx) : null;
        return Indexing.slice(target, lower, upper, step, s.range());
    }

    private Value display(Expr.Display d, Scope scope, Context ctx) {
        List<Value> items = new ArrayList<>(d.items().size());
        boolean starred = false;
        for (Expr e : d.items()) {
            if (e instanceof Expr.Starred st) {
                starred = true;
                items.addAll(Iteration.list(eval(st.value(), scope, ctx), st.value().range()));
            } else {
                items.add(eval(e, scope, ctx));
            }
        }
        return collect(d.kind(), items, starred ? null : d.items(), d.range());
    }

    private static Value collect(Expr.DisplayKind kind, List<Value> items, List<Expr> sources, SourceRange range) {
        switch (kind) {
            case TUPLE: return new TupleValue(items);
            case SET: {
                Set<Value> set = new LinkedHashSet<>();
                for (int i = 0; i < items.size(); i++) {
                    Iteration.requireHashable(items.get(i), sources == null ? range : sources.get(i).range());
                    set.add(items.get(i));
                }
                return new SetValue(set);
            }
            default: return new ListValue(items);
        }
    }

    private Value dict(Expr.DictDisplay d, Scope scope, Context ctx) {
        Map<Value, Value> entries = new LinkedHashMap<>();
        for (Expr.DictEntry e : d.entries()) {
            Value k = eval(e.key(), scope, ctx);
            Iteration.requireHashable(k, e.key().range());
            entries.put(k, eval(e.value(), scope, ctx));
        }
        return new DictValue(entries);
    }

    private Value comprehension(Expr.Comprehension c, Scope scope, Context ctx) {
        Scope inner = new Scope(Scope.Kind.COMPREHENSION, scope, Set.of());
        List<Value> out = new ArrayList<>();
        clauses(c.clauses(), 0, inner, ctx, () -> {
            out.add(eval(c.element(), inner, ctx));
            checkSize(out.size(), c.range());
        });
        return collect(c.kind(), out, null, c.element().range());
    }

    private Value dictComprehension(Expr.DictComprehension c, Scope scope, Context ctx) {
        Scope inner = new Scope(Scope.Kind.COMPREHENSION, scope, Set.of());
        Map<Value, Value> out = new LinkedHashMap<>();
        clauses(c.clauses(), 0, inner, ctx, () -> {
            Value k = eval(c.key(), inner, ctx);
            Iteration.requireHashable(k, c.key().range());
            out.put(k, eval(c.value(), inner, ctx));
            checkSize(out.size(), c.range());
        });
        return new DictValue(out);
    }

    private void clauses(List<CompClause> clauses, int at, Scope scope, Context ctx, Runnable body) {
        if (at == clauses.size()) {
            body.run();
            return;
        }
        CompClause clause = clauses.get(at);
        if (clause instanceof CompClause.IfClause i) {
            Value cond = eval(i.condition(), scope, ctx);
            if (interpreter.decide(cond, i.condition().range())) clauses(clauses, at + 1, scope, ctx, body);
            return;
        }
        CompClause.ForClause f = (CompClause.ForClause) clause;
        for (Value v : Iteration.of(eval(f.iterable(), scope, ctx), f.iterable().range())) {
            ctx.step(f.iterable().range());
            interpreter.bind(f.target(), v, scope, ctx, false);
            clauses(clauses, at + 1, scope, ctx, body);
        }
    }

    private static void checkSize(int n, SourceRange range) {
        try {
            PythonOps.checkSize(n);
        } catch (PythonError e) {
            throw Errors.at(e, range);
        }
    }

    /** Python's f-string: each field's str() (or repr() for !r), formatted by its spec. */
    private Value fString(Expr.FString f, Scope scope, Context ctx) {
        StringBuilder sb = new StringBuilder();
        for (Expr.FStringPart part : f.parts()) {
            if (part instanceof Expr.FStringPart.Text t) {
                sb.append(t.text());
                continue;
            }
            Expr.FStringPart.Field field = (Expr.FStringPart.Field) part;
            Value v = eval(field.value(), scope, ctx);
            if (Lifting.isRasp(v)) {
                throw Errors.type("an f-string cannot show " + Lifting.article(v) + ": its values exist only when "
                        + "the model runs (its name is " + "x.name)", field.value().range());
            }
            try {
                String shown = field.conversion() == 'r' ? v.repr() : field.conversion() == 's' ? v.str()
                        : field.spec().isEmpty() ? v.str() : null;
                sb.append(shown != null ? shown : Formats.format(v, field.spec()));
                if (shown != null && !field.spec().isEmpty()) {
                    String padded = Formats.format(org.raspworkbench.core.value.StrValue.of(shown), field.spec());
                    sb.setLength(sb.length() - shown.length());
                    sb.append(padded);
                }
            } catch (PythonError e) {
                throw Errors.at(e, field.range());
            }
        }
        return org.raspworkbench.core.value.StrValue.of(sb.toString());
    }

    private Value lambda(Expr.Lambda l, Scope scope, Context ctx) {
        return new FunctionValue("<lambda>", l.params(), defaults(l.params(), scope, ctx), null, l.body(),
                Locals.of(l.params(), null), scope, l.range());
    }

    List<Value> defaults(List<Param> params, Scope scope, Context ctx) {
        List<Value> out = new ArrayList<>();
        for (Param p : params) out.add(p.defaultValue().isPresent() ? eval(p.defaultValue().get(), scope, ctx) : null);
        return out;
    }
}
