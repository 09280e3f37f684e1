package org.raspworkbench.ui.files;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The open document: the file it came from (none for a new document or a sample), its name, the
 * text last saved or loaded, and whether the editor's text differs from it. The window title binds
 * to {@link #titleProperty()}.
 */
public final class DocumentModel {
    public static final String APP_NAME = "RASP Workbench";
    public static final String EXTENSION = ".rasp";
    /** Tracr Python programs open, compile and save like .rasp ones. */
    public static final String PYTHON_EXTENSION = ".py";
    public static final String UNTITLED = "untitled" + EXTENSION;
    /** Put before the file name while there are unsaved changes. */
    public static final String DIRTY_MARK = "*";

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(UNTITLED);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(false);
    private final StringExpression title;
    private final ObservableValue<String> text;
    private String savedText = "";

    /** What menus and figure titles call a program: its file name without {@code .rasp}; null stays null. */
    public static String programName(String fileName) {
        return fileName != null && fileName.endsWith(EXTENSION)
                ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
    }

    public DocumentModel(ObservableValue<String> text) {
        this.text = text;
        text.addListener((obs, was, now) -> dirty.set(!Objects.equals(now, savedText)));
        title = Bindings.createStringBinding(
                () -> APP_NAME + " - " + (dirty.get() ? DIRTY_MARK : "") + name.get() + (sample.get() ? " (sample)" : ""),
                name, dirty, sample);
    }

    /** Records that {@code content} (now in the editor) was loaded from, or saved to, {@code path}. */
    public void loaded(Optional<Path> path, String displayName, String content, boolean isSample) {
        file.set(path.map(p -> p.toAbsolutePath().normalize()).orElse(null));
        name.set(displayName);
        sample.set(isSample);
        markSaved(content);
    }

    /** The editor's text equals {@code content}, which is what the file holds now. */
    public void markSaved(String content) {
        savedText = content;
        dirty.set(!Objects.equals(text.getValue(), savedText));
    }

    public void savedAs(Path path, String content) {
        loaded(Optional.of(path), path.getFileName().toString(), content, false);
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public boolean isSample() {
        return sample.get();
    }

    public StringExpression titleProperty() {
        return title;
    }
}
