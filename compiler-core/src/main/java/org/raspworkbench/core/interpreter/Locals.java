package org.raspworkbench.core.interpreter;


import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.raspworkbench.core.syntax.Param;
import org.raspworkbench.core.syntax.Stmt;
import org.raspworkbench.core.syntax.Target;

/** Python's rule for a function's local names: its parameters and every name its body assigns. */
public final class Locals {
    private Locals() {
    }

    static Set<String> of(List<Param> params, List<Stmt> body) {
        Set<String> out = new HashSet<>();
        for (Param p : params) out.add(p.name());
        if (body != null) collect(body, out);
        return Set.copyOf(out);
    }

    private static void collect(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Assign a) {
                target(a.target(), out);
            } else if (s instanceof Stmt.AugAssign a) {
                out.add(a.name());
            } else if (s instanceof Stmt.For f) {
                target(f.target(), out);
                collect(f.body(), out);
            } else if (s instanceof Stmt.If i) {
                collect(i.then(), out);
                collect(i.otherwise(), out);
            } else if (s instanceof Stmt.Def d) {
                out.add(d.name());
            } else if (s instanceof Stmt.While w) {
                collect(w.body(), out);
            } else if (s instanceof Stmt.Import im) {
                for (Stmt.ImportedName n : im.names()) if (!n.name().equals("*")) out.add(n.boundName());
            }
        }
    }

    private static void target(Target t, Set<String> out) {
        if (t instanceof Target.NameTarget n) {
            out.add(n.name());
        } else if (t instanceof Target.StarTarget st) {
            out.add(st.name());
        } else {
            for (Target x : ((Target.TupleTarget) t).items()) target(x, out);
        }
    }
}
