package org.raspworkbench.core.tracrapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.interpreter.Interpreter;
import org.raspworkbench.core.interpreter.Limits;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.SourceText;
import org.raspworkbench.core.syntax.SurfaceSyntax;

/**
 * The modules a run imports live as long as that run: the IDE compiles on every pause in typing,
 * and a module cache that kept runs alive would keep every one of their graphs.
 */
class TracrModulesLifetimeTest {
    @Test
    void aRunAndItsModulesAreFreedWhenTheRunIsDone() throws InterruptedException {
        WeakReference<Interpreter> run = importBothModules();
        for (int i = 0; i < 50 && run.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(run.get()).as("the interpreter of a finished run").isNull();
    }

    @Test
    void oneRunSeesOneLibraryModule() {
        Interpreter interpreter = new Interpreter(new SourceText(""), Limits.DEFAULT, SurfaceSyntax.PYTHON,
                TracrModules.IMPORTS);
        assertThat(TracrModules.IMPORTS.module("tracr.compiler.lib", SourceRange.NONE, interpreter))
                .isSameAs(TracrModules.IMPORTS.module("tracr.compiler.lib", SourceRange.NONE, interpreter));
    }

    private static WeakReference<Interpreter> importBothModules() {
        Interpreter interpreter = new Interpreter(new SourceText(""), Limits.DEFAULT, SurfaceSyntax.PYTHON,
                TracrModules.IMPORTS);
        TracrModules.IMPORTS.module("tracr.rasp.rasp", SourceRange.NONE, interpreter);
        TracrModules.IMPORTS.module("tracr.compiler.lib", SourceRange.NONE, interpreter);
        return new WeakReference<>(interpreter);
    }
}
