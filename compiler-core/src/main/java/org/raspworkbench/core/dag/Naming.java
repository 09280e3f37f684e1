package org.raspworkbench.core.dag;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raspworkbench.core.interpreter.Frame;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;

/**
 * The naming rules. An assignment names an unnamed S-op or selector; a value named inside a call
 * that has returned takes the name its caller (or the caller's caller, ...) assigns; any other named
 * value keeps its name (an alias), so a function never renames what it is given. Once
 * the program has run, unnamed values get {@code <kind>_<n>} and names are made unique: the first
 * created keeps a name, later ones become {@code x_2}, {@code x_3}, ... (the output's own graph
 * first, so its labels are Tracr's).
 *
 * <p>Tracr counterparts (google-deepmind/tracr, {@code tracr/rasp/rasp.py}): {@code RASPExpr.named}
 * and {@code annotate} (an assignment's name), the {@code default_name} annotator with its
 * per-class table {@code _default_name_by_class} (the {@code <kind>} of an unnamed value),
 * {@code RASPExpr.unique_id} and {@code label} (name plus a number, which
 * {@code tracr/compiler/rasp_to_graph.py} {@code extract_rasp_graph} uses as the node id), and the
 * fixed labels of {@code TokensType}, {@code IndicesType} and {@code LengthType}. Tracr numbers
 * every expression from one global counter; here unnamed values are numbered per kind and a name
 * the user wrote only gets a suffix when it clashes.
 */
public final class Naming {
    /** Names that belong to the model itself: an S-op of the program never takes them. */
    private static final List<String> RESERVED = List.of("tokens", "indices", "one");

    private Naming() {
    }

    public static void assign(Value value, String name, SourceRange nameRange, Frame frame) {
        if (!(value instanceof NodeValue v)) return;
        Node node = v.node;
        if (node.fixedName) return;
        // Only the calls that led to the naming call may rename, never a function the value was passed to.
        if (node.name == null || !node.owner.active() && frame.isCallerOf(node.owner)) {
            node.name = name;
            node.nameRange = nameRange;
            node.owner = frame;
        }
    }

    /**
     * The final, unique name of every node, indexed by id. The nodes the output depends on are
     * named first, in creation order, so that the model's labels are the ones Tracr would give
     * that graph; nodes the output does not need (a map fused away, an unused copy) come after.
     */
    public static String[] finalNames(List<Node> nodes, Node output) {
        return finalNames(nodes, output, false);
    }

    /**
     * With {@code tracrDefaults} (a .py file) an unnamed value is called by its kind alone, as
     * Tracr's default name without the {@code _<id>} of its label: {@code map}, then {@code map_2}
     * where two share it.
     */
    public static String[] finalNames(List<Node> nodes, Node output, boolean tracrDefaults) {
        String[] base = new String[nodes.size()];
        Map<NodeKind, Integer> counters = new EnumMap<>(NodeKind.class);
        for (Node n : nodes) {
            if (n.name != null) {
                base[n.id] = n.name;
            } else if (n.fallbackName != null) {
                base[n.id] = n.fallbackName;
            } else if (tracrDefaults) {
                base[n.id] = n.kind.defaultName();
            } else {
                int k = counters.merge(n.kind, 1, Integer::sum);
                base[n.id] = n.kind.defaultName() + "_" + k;
            }
        }
        boolean[] needed = reachable(nodes, output);
        String[] out = new String[nodes.size()];
        Set<String> taken = new HashSet<>(RESERVED);
        for (Node n : nodes) {
            if (isBuiltin(n) && (needed[n.id] || n.kind == NodeKind.TOKENS || n.kind == NodeKind.INDICES)) {
                out[n.id] = n.name;
                taken.add(n.name);
            }
        }
        // the smallest free suffix of each name is at or above the last one given: names are only ever
        // taken, so the search resumes there (a .py file's 3,000 unnamed maps are all called "map")
        Map<String, Integer> nextSuffix = new java.util.HashMap<>();
        for (boolean pass : new boolean[] {true, false}) {
            for (Node n : nodes) {
                if (out[n.id] != null || needed[n.id] != pass) continue;
                String name = base[n.id];
                if (taken.contains(name)) {
                    int k = nextSuffix.getOrDefault(name, 2);
                    while (taken.contains(name + "_" + k)) k++;
                    nextSuffix.put(name, k + 1);
                    name = name + "_" + k;
                }
                taken.add(name);
                out[n.id] = name;
            }
        }
        return out;
    }

    private static boolean[] reachable(List<Node> nodes, Node output) {
        boolean[] seen = new boolean[nodes.size()];
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(output);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (seen[n.id]) continue;
            seen[n.id] = true;
            for (Node c : n.children) todo.push(c);
        }
        return seen;
    }

    /** tokens, indices (and their annotated copies) and length keep their names whatever else is called so. */
    private static boolean isBuiltin(Node n) {
        return n.fixedName && (n.kind == NodeKind.TOKENS || n.kind == NodeKind.INDICES || "length".equals(n.name));
    }
}
