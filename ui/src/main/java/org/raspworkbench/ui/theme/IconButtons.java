package org.raspworkbench.ui.theme;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The flat, icon-only buttons of the tool bar, the debugger strip and the find bar; the tip says what they do. */
public final class IconButtons {
    private IconButtons() {
    }

    public static Button flat(Feather icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    public static Button flat(String id, Feather icon, String tip, Runnable action) {
        Button b = flat(icon, tip);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
