package org.raspworkbench.ui.views;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The background thread the views compute on (layouts, decoding of large traces). */
public final class ViewTasks {
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rasp-views");
        t.setDaemon(true);
        return t;
    });

    private ViewTasks() {
    }

    public static Executor background() {
        return BACKGROUND;
    }
}
