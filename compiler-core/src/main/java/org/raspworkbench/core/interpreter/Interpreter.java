package org.raspworkbench.core.interpreter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raspworkbench.core.dag.Lifting;
import org.raspworkbench.core.dag.Naming;
import org.raspworkbench.core.dag.NodeFactory;
import org.raspworkbench.core.dag.RaspPrimitives;
import org.raspworkbench.core.dag.SOpValue;
import org.raspworkbench.core.dag.SelectorValue;
import org.raspworkbench.core.rasp.CallSite;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Program;
import org.raspworkbench.core.syntax.SourceText;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.syntax.Stmt;
import org.raspworkbench.core.syntax.Target;
import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Runs a program's statements at compile time, like the RASP REPL runs Python: functions, loops
 * and host values are ordinary, and every RASP primitive adds a node to the program's DAG.
 */
public final class Interpreter {
    /** Stands for {@code length} in the built-in scope until the program first uses it. */
    public static final HostObject LENGTH = new HostObject() {
        @Override public String typeName() { return "S-op"; }
        @Override public String repr() { return "<S-op length>"; }
    };

    /** @param itemRanges where each item of a list or tuple display was written; empty for any other expression */
    public record SettingEntry(String name, Value value, SourceRange valueRange, SourceRange nameRange,
                        List<SourceRange> itemRanges) {
    }

    public record OutputEntry(Value value, SourceRange range) {
    }

    private final SourceText text;
    private final Limits limits;
    private final NodeFactory nodes;
    private final Lifting lifting;
    private final ExprEvaluator exprs;
    private final RaspPrimitives primitives;
    private final Scope builtins;
    private final Scope globals;
    private final SurfaceSyntax syntax;
    private final Imports imports;
    private final Calls calls;
    /** The user's call into library code (our tracr lib) while it runs; null outside it. */
    private SourceRange libraryCall;
    private final Frame top = new Frame(null);
    private final List<SettingEntry> settings = new ArrayList<>();
    private OutputEntry output;
    private SOpValue lastAssigned;
    /** The top-level statement that assigned {@link #lastAssigned}. */
    private SourceRange lastAssignedRange;
    /** The modules imported so far in this run, by dotted path. */
    private final Map<String, Value> modules = new HashMap<>();
    /** Notes the run found (what Tracr would do differently), in the order found; one per message. */
    private final java.util.LinkedHashMap<String, org.raspworkbench.core.source.Diagnostic> notes =
            new java.util.LinkedHashMap<>();
    /** How often each call expression (by its offsets) has called a function so far. */
    private final Map<Long, Integer> callCounts = new HashMap<>();

    public Interpreter(SourceText text, Limits limits) {
        this(text, limits, SurfaceSyntax.RASP, Imports.NONE);
    }

    /**
     * A {@code .py} file ({@link SurfaceSyntax#PYTHON}) sees Python's built-ins only (RASP comes
     * from importing Tracr's modules), names S-ops as Tracr does (assignments do not name them) and
     * builds what Tracr's operator overloads build.
     */
    public Interpreter(SourceText text, Limits limits, SurfaceSyntax syntax, Imports imports) {
        this.text = text;
        this.limits = limits;
        this.syntax = syntax;
        this.imports = imports;
        boolean python = syntax == SurfaceSyntax.PYTHON;
        this.nodes = new NodeFactory(limits);
        this.lifting = new Lifting(nodes, python);
        this.exprs = new ExprEvaluator(this, lifting);
        this.primitives = new RaspPrimitives(this, nodes);
        this.calls = new Calls(this, primitives, lifting, syntax, text);
        this.builtins = new Scope(Scope.Kind.BUILTIN, null, Set.of());
        if (!python) {
            builtins.assign("tokens", nodes.tokens());
            builtins.assign("indices", nodes.indices());
            builtins.assign("length", LENGTH);
            builtins.assign("math", MathModule.VALUE);
        }
        for (Builtin b : Builtin.values()) {
            if (!python || b.isPython()) builtins.assign(b.pyName, new BuiltinValue(b));
        }
        this.globals = new Scope(Scope.Kind.GLOBAL, builtins, Set.of());
    }

    public SurfaceSyntax syntax() {
        return syntax;
    }

    /** Adds a predefined name (the Python built-ins of .py files that .rasp lacks). */
    public void defineBuiltin(String name, Value value) {
        builtins.assign(name, value);
    }

    /** A setting from a call such as Tracr's compile_rasp_to_model; it replaces an earlier one of that name. */
    public void addSetting(SettingEntry entry) {
        settings.removeIf(e -> e.name().equals(entry.name()));
        settings.add(entry);
    }

    /** The S-op the program compiles, when a call (not an output statement) says which. */
    public void output(OutputEntry entry) {
        output = entry;
    }

    /** Calls a value from native code, with the program's rules (for functions such as functools.reduce). */
    public Value callValue(Value callee, CallArgs args, Context ctx) {
        return call(callee, args, ctx);
    }

    /**
     * Runs library code (a module of the Python subset shipped with the workbench, parsed with
     * {@code PythonParser.parseLibrary}) in a scope of its own, and returns it as a module.
     */
    public ModuleValue runModule(String name, Program module) {
        Scope scope = new Scope(Scope.Kind.GLOBAL, builtins, Set.of());
        Context ctx = Context.program(limits, top);
        exec(module.statements(), scope, ctx);
        return new ModuleValue(name, scope);
    }

    /**
     * The module at {@code path} for this run, loaded by {@code load} the first time it is imported:
     * a module's top level runs once per program run, as in Python.
     */
    public Value module(String path, java.util.function.Supplier<Value> load) {
        Value m = modules.get(path);
        if (m == null) {
            m = load.get();
            modules.put(path, m);
        }
        return m;
    }

    public RaspPrimitives primitives() {
        return primitives;
    }

    public MathModule math() {
        return MathModule.VALUE;
    }

    Limits limits() {
        return limits;
    }

    public NodeFactory nodes() {
        return nodes;
    }

    public SourceText text() {
        return text;
    }

    public List<SettingEntry> settings() {
        return settings;
    }

    public OutputEntry output() {
        return output;
    }

    /** Records a note for the program, once: the first place that earned it keeps it. */
    public void note(org.raspworkbench.core.source.Diagnostic note) {
        notes.putIfAbsent(note.message(), note);
    }

    public List<org.raspworkbench.core.source.Diagnostic> notes() {
        return List.copyOf(notes.values());
    }

    public SOpValue lastAssigned() {
        return lastAssigned;
    }

    public SourceRange lastAssignedRange() {
        return lastAssignedRange;
    }

    /** A top-level variable's value after the run (for tests and tools); null when undefined. */
    public Value global(String name) {
        Value[] out = new Value[1];
        return globals.lookup(name, out) == Scope.Lookup.FOUND ? out[0] : null;
    }

    private CallSite callSite(FunctionValue f, SourceRange call) {
        long key = ((long) call.startOffset() << 32) | (call.endOffset() & 0xffffffffL);
        int occurrence = callCounts.merge(key, 1, Integer::sum);
        return new CallSite(f.name, call, text.slice(call), occurrence);
    }

    public void run(Program program) {
        nodes.enterFrame(top);
        exec(program.statements(), globals, Context.program(limits, top));
    }

    /**
     * What {@link #exec} returns for {@code break} and {@code continue}: objects of their own, told
     * apart by identity, that the enclosing loop consumes (the parser puts every break in a loop of
     * its function, so they never leave one).
     */
    private static final Value BREAK = new StrValue("<break>");
    private static final Value CONTINUE = new StrValue("<continue>");

    /** Runs statements; returns the value of a {@code return}, a loop signal, or null when none ran. */
    private Value exec(List<Stmt> body, Scope scope, Context ctx) {
        for (Stmt s : body) {
            ctx.step(s.range());
            Value result = exec(s, scope, ctx);
            if (result != null) return result;
        }
        return null;
    }

    private Value exec(Stmt s, Scope scope, Context ctx) {
        if (s instanceof Stmt.Assign a) {
            SOpValue before = lastAssigned;
            bind(a.target(), exprs.eval(a.value(), scope, ctx), scope, ctx, true);
            if (lastAssigned != before) lastAssignedRange = a.range();
        } else if (s instanceof Stmt.ExprStmt e) {
            exprs.eval(e.value(), scope, ctx);
        } else if (s instanceof Stmt.For f) {
            Value iterable = exprs.eval(f.iterable(), scope, ctx);
            for (Value v : Iteration.of(iterable, f.iterable().range())) {
                ctx.step(f.range());
                bind(f.target(), v, scope, ctx, false);
                Value result = exec(f.body(), scope, ctx);
                if (result == BREAK) break;
                if (result != null && result != CONTINUE) return result;
            }
        } else if (s instanceof Stmt.If i) {
            boolean yes = decide(exprs.eval(i.condition(), scope, ctx), i.condition().range());
            return exec(yes ? i.then() : i.otherwise(), scope, ctx);
        } else if (s instanceof Stmt.Return r) {
            return r.value().isPresent() ? exprs.eval(r.value().get(), scope, ctx) : NoneValue.NONE;
        } else if (s instanceof Stmt.Def d) {
            scope.assign(d.name(), new FunctionValue(d.name(), d.params(), exprs.defaults(d.params(), scope, ctx),
                    d.body(), null, Locals.of(d.params(), d.body()), scope, d.range()));
        } else if (s instanceof Stmt.AugAssign a) {
            Value current = exprs.eval(new org.raspworkbench.core.syntax.Expr.Name(a.name(), a.nameRange()), scope, ctx);
            Value result = lifting.binary(a.op(), current, exprs.eval(a.value(), scope, ctx), a.range(), ctx);
            SOpValue before = lastAssigned;
            bind(new Target.NameTarget(a.name(), a.nameRange()), result, scope, ctx, true);
            if (lastAssigned != before) lastAssignedRange = a.range();
        } else if (s instanceof Stmt.SetStmt st) {
            List<SourceRange> items = st.value() instanceof org.raspworkbench.core.syntax.Expr.Display d
                    ? d.items().stream().map(org.raspworkbench.core.syntax.Expr::range).toList() : List.of();
            settings.add(new SettingEntry(st.setting(), exprs.eval(st.value(), scope, ctx), st.value().range(),
                    st.nameRange(), items));
        } else if (s instanceof Stmt.Output o) {
            output = new OutputEntry(exprs.eval(o.value(), scope, ctx), o.value().range());
        } else if (s instanceof Stmt.While w) {
            while (decide(exprs.eval(w.condition(), scope, ctx), w.condition().range())) {
                ctx.step(w.range());
                Value result = exec(w.body(), scope, ctx);
                if (result == BREAK) break;
                if (result != null && result != CONTINUE) return result;
            }
        } else if (s instanceof Stmt.Assert a) {
            if (!decide(exprs.eval(a.condition(), scope, ctx), a.condition().range())) {
                String message = a.message().isPresent() ? ": " + exprs.eval(a.message().get(), scope, ctx).str() : "";
                throw Errors.value("AssertionError" + message, a.range());
            }
        } else if (s instanceof Stmt.Raise r) {
            Value e = r.exception().isPresent() ? exprs.eval(r.exception().get(), scope, ctx) : NoneValue.NONE;
            throw Errors.value(e instanceof NoneValue ? "an exception was raised" : e.str(), r.range());
        } else if (s instanceof Stmt.Import im) {
            ImportBinding.bind(im, scope, imports, this);
        } else if (s instanceof Stmt.Break) {
            return BREAK;
        } else if (s instanceof Stmt.Continue) {
            return CONTINUE;
        }
        return null;
    }

    /** Whether an if takes its branch; S-ops and selectors cannot decide while the program runs. */
    boolean decide(Value cond, SourceRange range) {
        if (cond instanceof SOpValue) {
            throw Errors.type("an S-op has a value at each position, so it cannot decide an 'if' while the program "
                    + "runs; to choose per position write 'a if condition else b'", range);
        }
        if (cond instanceof SelectorValue) throw Errors.type("a selector cannot decide an 'if'", range);
        return cond.truthy();
    }

    /** Binds a target; statement assignments also name S-ops and selectors (see {@link Naming}). */
    void bind(Target target, Value value, Scope scope, Context ctx, boolean naming) {
        if (target instanceof Target.NameTarget n) {
            scope.assign(n.name(), value);
            if (naming) {
                // In Tracr's Python an assignment is only a variable: S-ops get names from .named()
                if (syntax == SurfaceSyntax.RASP) Naming.assign(value, n.name(), n.range(), ctx.frame);
                if (value instanceof SOpValue sop && scope == globals && ctx.frame == top) lastAssigned = sop;
            }
            return;
        }
        if (target instanceof Target.StarTarget st) {
            throw Errors.syntax("a starred name must be part of a tuple or list it unpacks into", st.range());
        }
        Target.TupleTarget t = (Target.TupleTarget) target;
        List<Value> items = Iteration.list(value, target.range());
        if (Unpacking.starred(t, items, (sub, v) -> bind(sub, v, scope, ctx, naming), scope)) return;
        if (items.size() != t.items().size()) {
            String msg = items.size() > t.items().size() ? "too many values to unpack (expected " + t.items().size() + ")"
                    : "not enough values to unpack (expected " + t.items().size() + ", got " + items.size() + ")";
            throw Errors.value(msg, target.range());
        }
        for (int i = 0; i < items.size(); i++) bind(t.items().get(i), items.get(i), scope, ctx, naming);
    }

    /** Calls any callable value. */
    Value call(Value callee, CallArgs args, Context ctx) {
        return calls.call(callee, args, ctx);
    }

    Value callFunction(FunctionValue f, CallArgs args, Context ctx) {
        // A function of our library has no text in the user's file: what it builds, and its
        // errors, point at the user's call of it.
        boolean entersLibrary = libraryCall == null && f.range.isNone() && !args.range().isNone() && !ctx.plain;
        if (!entersLibrary) return callFunctionHere(f, args, ctx);
        libraryCall = args.range();
        nodes.libraryCall(args.range());
        try {
            return callFunctionHere(f, args, ctx);
        } catch (org.raspworkbench.core.source.RaspException e) {
            if (!e.diagnostic().range().isNone()) throw e;
            throw new org.raspworkbench.core.source.RaspException(e.diagnostic().kind(), "in " + f.name + "(): "
                    + e.diagnostic().message(), args.range());
        } finally {
            libraryCall = null;
            nodes.libraryCall(null);
        }
    }

    private Value callFunctionHere(FunctionValue f, CallArgs args, Context ctx) {
        List<Value> bound = Binding.bind(f, args);
        ctx.enter(args.range());
        Frame caller = ctx.frame;
        Frame frame = ctx.plain || args.range().isNone() ? new Frame(caller)
                : new Frame(caller, callSite(f, args.range()));
        ctx.frame = frame;
        if (!ctx.plain) nodes.enterFrame(frame);
        try {
            Scope scope = new Scope(Scope.Kind.FUNCTION, f.closure, f.locals);
            for (int i = 0; i < bound.size(); i++) scope.assign(f.params.get(i).name(), bound.get(i));
            if (f.lambdaBody != null) return exprs.eval(f.lambdaBody, scope, ctx);
            Value result = exec(f.body, scope, ctx);
            return result == null ? NoneValue.NONE : result;
        } finally {
            frame.end();
            ctx.frame = caller;
            if (!ctx.plain) nodes.enterFrame(caller);
            ctx.leave();
        }
    }
}
