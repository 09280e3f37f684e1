package org.raspworkbench.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.ui.compile.CoreEngine;
import org.raspworkbench.ui.compile.Engine;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.RunOutcome;

/**
 * The real engine, recording which threads call it and which texts it compiles; a gate can hold
 * compilations back to show that the window stays usable while one is under way.
 */
public final class RecordingEngine implements Engine {
    private final Engine real = new CoreEngine();
    public final List<String> threads = new CopyOnWriteArrayList<>();
    public final List<String> compiled = new CopyOnWriteArrayList<>();
    public final AtomicInteger waiting = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public CompileOutcome compile(String source) {
        return compile(source, SurfaceSyntax.RASP);
    }

    @Override
    public CompileOutcome compile(String source, SurfaceSyntax syntax) {
        threads.add(Thread.currentThread().getName());
        waiting.incrementAndGet();
        try {
            gate.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waiting.decrementAndGet();
        compiled.add(source);
        return real.compile(source, syntax);
    }

    @Override
    public RunOutcome run(CompileOutcome compiled, String inputText) {
        threads.add(Thread.currentThread().getName());
        return real.run(compiled, inputText);
    }

    /** From now on compilations wait until {@link #open()}. */
    public void close() {
        gate = new CountDownLatch(1);
    }

    public void open() {
        gate.countDown();
    }
}
