package org.raspworkbench.core.interpreter;


import java.util.Iterator;
import java.util.NoSuchElementException;
import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

/** Python's lazy {@code range}: {@code for i in range(10**9)} costs nothing until it loops. */
public final class RangeValue implements HostObject, Iterable<Value> {
    final long start;
    final long stop;
    final long step;

    RangeValue(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long size() {
        if (step > 0) return start >= stop ? 0 : (stop - start - 1) / step + 1;
        return start <= stop ? 0 : (start - stop - 1) / (-step) + 1;
    }

    long get(long i) {
        return start + i * step;
    }

    boolean contains(Value v) {
        if (!(v instanceof org.raspworkbench.core.value.NumericValue n) || !n.isIntegral()) return false;
        long x = n.asLong();
        if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
        return (x - start) % step == 0;
    }

    @Override
    public Iterator<Value> iterator() {
        return new Iterator<>() {
            private long i;
            private final long n = size();

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Value next() {
                if (i >= n) throw new NoSuchElementException();
                return IntValue.of(get(i++));
            }
        };
    }

    @Override
    public String typeName() {
        return "range";
    }

    @Override
    public boolean truthy() {
        return size() > 0;
    }

    @Override
    public String repr() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RangeValue r)) return false;
        long n = size();
        if (n != r.size()) return false;
        if (n == 0) return true;
        return start == r.start && (n == 1 || step == r.step);
    }

    @Override
    public int hashCode() {
        long n = size();
        return Long.hashCode(n) * 31 + (n == 0 ? 0 : Long.hashCode(start) * 17 + (n == 1 ? 0 : Long.hashCode(step)));
    }
}
