package org.raspworkbench.ui.views.intervention;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.data.SubLayer;

/**
 * The intervention entries a view offers on right-click: for an S-op (its head or MLP, its
 * subspace, a value to write, a patch from the corrupted run) and for a whole sub-layer. Views
 * know only this interface; which entries exist and what they do is the interventions model's
 * business. {@link #NONE} offers nothing (a view used on its own, in tests or exports).
 */
public interface InterventionMenu {
    InterventionMenu NONE = new InterventionMenu() {
        @Override
        public List<MenuItem> forSop(SOp sop, Optional<Integer> position) {
            return List.of();
        }

        @Override
        public List<MenuItem> forSubLayer(SubLayer subLayer) {
            return List.of();
        }
    };

    /** Entries for {@code sop}; {@code position} is the stream position clicked, where the view has one. */
    List<MenuItem> forSop(SOp sop, Optional<Integer> position);

    /** Entries for a whole attention or MLP sub-layer. */
    List<MenuItem> forSubLayer(SubLayer subLayer);

    /** Shows {@code items} at the pointer of {@code event} over {@code owner}; nothing when there are none. */
    static void show(Node owner, ContextMenuEvent event, List<MenuItem> items) {
        event.consume();
        if (items.isEmpty()) return;
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("intervention-menu");
        menu.getItems().setAll(items);
        menu.setAutoHide(true);
        menu.show(owner, event.getScreenX(), event.getScreenY());
    }
}
