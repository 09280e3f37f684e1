package org.raspworkbench.core.interpreter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.raspworkbench.core.syntax.Target;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.Value;

/** Python's starred unpacking, {@code first, *rest = xs}: the starred name takes what the others leave, as a list. */
final class Unpacking {
    private Unpacking() {
    }

    /** Binds a tuple target holding a starred name; false (nothing bound) when it holds none. */
    static boolean starred(Target.TupleTarget t, List<Value> items, BiConsumer<Target, Value> bind, Scope scope) {
        int star = -1;
        for (int i = 0; i < t.items().size(); i++) if (t.items().get(i) instanceof Target.StarTarget) star = i;
        if (star < 0) return false;
        int after = t.items().size() - star - 1;
        if (items.size() < t.items().size() - 1) {
            throw Errors.value("not enough values to unpack (expected at least " + (t.items().size() - 1) + ", got "
                    + items.size() + ")", t.range());
        }
        for (int i = 0; i < star; i++) bind.accept(t.items().get(i), items.get(i));
        Target.StarTarget st = (Target.StarTarget) t.items().get(star);
        scope.assign(st.name(), new ListValue(new ArrayList<>(items.subList(star, items.size() - after))));
        for (int i = 0; i < after; i++) bind.accept(t.items().get(star + 1 + i), items.get(items.size() - after + i));
        return true;
    }
}
