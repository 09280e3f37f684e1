package org.raspworkbench.core.verification;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.value.Values;

/**
 * Makes the inputs of a plan in batches of one length each, lazily, so memory holds one batch:
 * exhaustive plans count through the vocabulary (shortest first, each length in vocabulary order);
 * sampled plans give the boundary cases, then the random inputs grouped by length.
 */
final class InputBatches implements Iterator<InputBatches.Batch> {
    /**
     * One batch: the inputs, and the same inputs as indices into the vocabulary (what the checkers
     * read: drawn as indices, no value is looked up again per position).
     */
    record Batch(List<List<Value>> inputs, int[][] tokens) {
        int size() {
            return inputs.size();
        }
    }

    private final List<Value> vocab;
    private final int batchSize;
    /** Fixed inputs still to give, grouped by length (boundary cases). */
    private final Iterator<Batch> fixed;
    /** For each length, how many inputs are still to make (all of them, or the sampled count). */
    private final long[] remaining;
    private final int minLength;
    private final boolean exhaustive;
    private final Random random;
    private int length;
    /** The next exhaustive input at the current length, as digits into the vocabulary. */
    private int[] digits;

    private InputBatches(List<Value> vocab, int batchSize, List<Batch> fixed, long[] remaining,
                         int minLength, boolean exhaustive, long seed) {
        this.vocab = vocab;
        this.batchSize = batchSize;
        this.fixed = fixed.iterator();
        this.remaining = remaining;
        this.minLength = minLength;
        this.exhaustive = exhaustive;
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.length = minLength;
    }

    /** How many distinct inputs lengths {@code min..max} over {@code v} tokens allow, saturating. */
    static long space(int v, int min, int max) {
        long total = 0;
        for (int n = min; n <= max; n++) {
            long count = 1;
            for (int i = 0; i < n && count != Long.MAX_VALUE; i++) {
                count = count > Long.MAX_VALUE / v ? Long.MAX_VALUE : count * v;
            }
            total = total > Long.MAX_VALUE - count ? Long.MAX_VALUE : total + count;
        }
        return total;
    }

    static InputPlan plan(CompileSettings settings, int min, int max, VerificationOptions options) {
        int v = settings.vocab().size();
        long space = space(v, min, max);
        if (space <= options.maxInputs()) return new InputPlan(true, min, max, space, space, options.seed(), 0, 0);
        int boundary = boundaryCases(settings.vocab(), min, max).size();
        return new InputPlan(false, min, max, space, (long) boundary + options.samples(), options.seed(), boundary,
                options.samples());
    }

    static InputBatches of(InputPlan plan, List<Value> vocab, int batchSize) {
        int lengths = plan.maxLength() - plan.minLength() + 1;
        long[] remaining = new long[lengths];
        List<Batch> fixed = new ArrayList<>();
        if (plan.exhaustive()) {
            for (int i = 0; i < lengths; i++) remaining[i] = space(vocab.size(), plan.minLength() + i, plan.minLength() + i);
        } else {
            Random lengthsDrawn = new Random(plan.seed());
            for (int i = 0; i < plan.samples(); i++) remaining[lengthsDrawn.nextInt(lengths)]++;
            Map<Integer, List<List<Value>>> byLength = new LinkedHashMap<>();
            for (List<Value> in : boundaryCases(vocab, plan.minLength(), plan.maxLength())) {
                byLength.computeIfAbsent(in.size(), k -> new ArrayList<>()).add(in);
            }
            Map<Value, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < vocab.size(); i++) index.putIfAbsent(vocab.get(i), i);
            for (List<List<Value>> group : byLength.values()) {
                for (int from = 0; from < group.size(); from += batchSize) {
                    List<List<Value>> inputs = group.subList(from, Math.min(group.size(), from + batchSize));
                    int[][] tokens = new int[inputs.size()][];
                    for (int b = 0; b < tokens.length; b++) {
                        tokens[b] = inputs.get(b).stream().mapToInt(index::get).toArray();
                    }
                    fixed.add(new Batch(inputs, tokens));
                }
            }
        }
        return new InputBatches(vocab, batchSize, fixed, remaining, plan.minLength(), plan.exhaustive(), plan.seed());
    }

    /**
     * Each token alone, every length's extremes all-equal (each token at the shortest and longest
     * length), and the vocabulary sorted and reversed at the longest length (evenly spread over the
     * sorted tokens, so every token appears when the length allows); distinct, in that order.
     */
    static List<List<Value>> boundaryCases(List<Value> vocab, int min, int max) {
        Set<List<Value>> out = new LinkedHashSet<>();
        if (min <= 1) {
            for (Value t : vocab) out.add(List.of(t));
        }
        for (int n : new int[]{min, max}) {
            for (Value t : vocab) out.add(repeat(t, n));
        }
        List<Value> sorted = Values.sortedDistinct(vocab);
        List<Value> ascending = new ArrayList<>();
        for (int i = 0; i < max; i++) ascending.add(sorted.get((int) ((long) i * sorted.size() / max)));
        out.add(ascending);
        List<Value> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);
        out.add(descending);
        return new ArrayList<>(out);
    }

    private static List<Value> repeat(Value t, int n) {
        List<Value> in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) in.add(t);
        return List.copyOf(in);
    }

    @Override
    public boolean hasNext() {
        if (fixed.hasNext()) return true;
        while (length - minLength < remaining.length && remaining[length - minLength] == 0) {
            length++;
            digits = null;
        }
        return length - minLength < remaining.length;
    }

    @Override
    public Batch next() {
        if (!hasNext()) throw new NoSuchElementException();
        if (fixed.hasNext()) return fixed.next();
        int slot = length - minLength;
        int count = (int) Math.min(batchSize, remaining[slot]);
        remaining[slot] -= count;
        List<List<Value>> batch = new ArrayList<>(count);
        int[][] tokens = new int[count][];
        for (int i = 0; i < count; i++) {
            tokens[i] = exhaustive ? nextInOrder() : draw();
            List<Value> in = new ArrayList<>(length);
            for (int t : tokens[i]) in.add(vocab.get(t));
            batch.add(in);
        }
        return new Batch(batch, tokens);
    }

    private int[] nextInOrder() {
        if (digits == null) digits = new int[length];
        int[] in = digits.clone();
        // count up, last position fastest, so inputs come in vocabulary order
        for (int i = length - 1; i >= 0; i--) {
            if (++digits[i] < vocab.size()) break;
            digits[i] = 0;
        }
        return in;
    }

    private int[] draw() {
        int[] in = new int[length];
        for (int i = 0; i < length; i++) in[i] = random.nextInt(vocab.size());
        return in;
    }
}
