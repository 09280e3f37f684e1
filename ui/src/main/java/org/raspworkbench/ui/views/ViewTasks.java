package org.raspworkbench.ui.views;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.raspworkbench.ui.compile.BackgroundThreads;

/** The background thread the views compute on (layouts), shared by every view of the window. */
public final class ViewTasks {
    private static final ExecutorService BACKGROUND = BackgroundThreads.named("rasp-views");

    private ViewTasks() {
    }

    public static Executor background() {
        return BACKGROUND;
    }
}
