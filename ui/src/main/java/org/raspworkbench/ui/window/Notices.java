package org.raspworkbench.ui.window;

import javafx.stage.Popup;
import javafx.stage.Window;

/** A short note over the bottom of the window that blocks nothing (the export toast's look), for any part of the IDE. */
public final class Notices {
    private Notices() {
    }

    /** Call on the FX thread; nothing is shown while the window is not. */
    public static void show(Window owner, String text) {
        if (owner == null || !owner.isShowing()) return;
        Popup p = ExportToast.show(owner, text);
        p.getContent().get(0).setId("notice");
    }
}
