package org.raspworkbench.ui.views.intervention;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar's Interventions menu: the list and the sweep, and switching everything off. */
public final class InterventionsMenu {
    private InterventionsMenu() {
    }

    /** {@code showTab} brings the Interventions tab forward. */
    public static Menu of(InterventionsModel model, Runnable showTab) {
        MenuItem show = item("Show Interventions", "menu-interventions-show", showTab);
        show.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem sweep = item("Patch Every Component", "menu-interventions-sweep", () -> {
            showTab.run();
            model.runSweep();
        });
        sweep.disableProperty().bind(model.sweepingProperty());
        MenuItem off = item("All Interventions Off", "menu-interventions-off", model::disableAll);
        off.disableProperty().bind(Bindings.isEmpty(model.entries()));
        MenuItem remove = item("Remove All Interventions", "menu-interventions-remove", model::clear);
        remove.disableProperty().bind(Bindings.isEmpty(model.entries()));
        Menu menu = new Menu("Interventions", null, show, sweep, new SeparatorMenuItem(), off, remove);
        menu.setId("menu-interventions");
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
