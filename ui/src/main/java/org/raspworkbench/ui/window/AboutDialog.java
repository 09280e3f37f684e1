package org.raspworkbench.ui.window;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** Help > About: the version and where the IDE keeps its settings, its autosaved text and its log. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static Menu helpMenu(OwnedDialogs dialogs, Path settings, Path state, String log) {
        MenuItem about = new MenuItem("About RASP Workbench");
        about.setId("menu-about");
        about.setOnAction(e -> dialogs.show(dialog(settings, state, log)));
        Menu help = new Menu("Help", null, about);
        help.setId("menu-help");
        return help;
    }

    static Alert dialog(Path settings, Path state, String log) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text(settings, state, log), ButtonType.OK);
        alert.setTitle("About RASP Workbench");
        alert.setHeaderText("RASP Workbench" + (version != null ? " " + version : ""));
        alert.getDialogPane().setId("about-dialog");
        alert.setResizable(true);
        return alert;
    }

    public static String text(Path settings, Path state, String log) {
        return "RASP programs compiled to Tracr's transformers.\n\n"
                + "Log: " + log + "\n"
                + "Settings: " + settings + "\n"
                + "Autosaved text: " + state.resolve("autosave") + "\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version");
    }
}
