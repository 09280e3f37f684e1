package org.raspworkbench.core.testsupport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;

/** Helpers to look at a program's DAG in tests. */
public final class Dags {
    private Dags() {
    }

    /** The nodes the output depends on, in id order. */
    public static List<RaspExpr> reachable(RaspProgram p) {
        Map<Integer, RaspExpr> seen = new HashMap<>();
        Deque<RaspExpr> todo = new ArrayDeque<>();
        todo.push(p.output());
        while (!todo.isEmpty()) {
            RaspExpr e = todo.pop();
            if (seen.putIfAbsent(e.id(), e) == null) e.children().forEach(todo::push);
        }
        List<RaspExpr> out = new ArrayList<>(seen.values());
        out.sort(Comparator.comparingInt(RaspExpr::id));
        return out;
    }
}
