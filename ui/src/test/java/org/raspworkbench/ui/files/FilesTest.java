package org.raspworkbench.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.ui.testing.ScriptedDialogs;

class FilesTest {
    @TempDir
    Path dir;
    private final FileIo io = new FileIo();
    private final SimpleStringProperty text = new SimpleStringProperty("");
    private final DocumentModel document = new DocumentModel(text);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> compiled = new java.util.ArrayList<>();
    private RecentFiles recent;
    private FileActions actions;

    private FileActions actions() {
        recent = new RecentFiles(dir.resolve("home"), io, Runnable::run);
        DocumentText editor = new DocumentText() {
            @Override
            public String text() {
                return text.get();
            }

            @Override
            public void replaceDocument(String t) {
                text.set(t);
            }
        };
        actions = new FileActions(document, editor, io, recent, dialogs, Runnable::run, compiled::add);
        return actions;
    }

    @AfterEach
    void close() {
        io.close();
    }

    @Test
    void theTitleNamesTheFileAndMarksUnsavedChanges() {
        assertThat(document.titleProperty().get()).isEqualTo("RASP Workbench - untitled.rasp");
        text.set("x = 1;");
        assertThat(document.titleProperty().get()).isEqualTo("RASP Workbench - *untitled.rasp");
        document.savedAs(dir.resolve("prog.rasp"), "x = 1;");
        assertThat(document.titleProperty().get()).isEqualTo("RASP Workbench - prog.rasp");
    }

    @Test
    void openSaveAndRecentFilesRoundTrip() throws Exception {
        Path file = dir.resolve("a.rasp");
        Files.writeString(file, "a = tokens;");
        FileActions files = actions();
        assertThat(files.openFile(file).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(text.get()).isEqualTo("a = tokens;");
        assertThat(compiled).containsExactly("a = tokens;");
        assertThat(document.isDirty()).isFalse();

        text.set("a = tokens;\nb = a;");
        assertThat(document.isDirty()).isTrue();
        assertThat(files.save().get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(file)).isEqualTo("a = tokens;\nb = a;");
        assertThat(document.isDirty()).isFalse();

        Path copy = dir.resolve("b.rasp");
        dialogs.saveAnswers.push(Optional.of(copy));
        assertThat(files.saveAs().get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(document.file()).contains(copy.toAbsolutePath().normalize());
        assertThat(recent.files()).containsExactly(copy.toAbsolutePath().normalize(), file.toAbsolutePath().normalize());

        // Another session reads the same list back, newest first.
        io.async(() -> null).get(10, TimeUnit.SECONDS);
        RecentFiles again = new RecentFiles(dir.resolve("home"), io, Runnable::run);
        assertThat(again.load().get(10, TimeUnit.SECONDS))
                .containsExactly(copy.toAbsolutePath().normalize(), file.toAbsolutePath().normalize());
    }

    @Test
    void unsavedTextIsNeverLostWithoutAsking() {
        FileActions files = actions();
        text.set("precious");
        dialogs.unsavedAnswers.push(FileDialogs.UnsavedChoice.CANCEL);
        files.newDocument();
        assertThat(text.get()).isEqualTo("precious");
        dialogs.unsavedAnswers.push(FileDialogs.UnsavedChoice.DISCARD);
        files.openSample(new Sample("s.rasp", "a sample", "s = tokens;"));
        assertThat(text.get()).isEqualTo("s = tokens;");
        assertThat(document.isSample()).isTrue();
        assertThat(dialogs.asked).containsExactly("unsaved untitled.rasp", "unsaved untitled.rasp");
    }

    @Test
    void savingASampleAsksWhereToPutIt() throws Exception {
        FileActions files = actions();
        files.openSample(new Sample("s.rasp", "a sample", "s = tokens;"));
        Path target = dir.resolve("mine.rasp");
        dialogs.saveAnswers.push(Optional.of(target));
        assertThat(files.save().get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(dialogs.asked).containsExactly("save s.rasp");
        assertThat(Files.readString(target)).isEqualTo("s = tokens;");
        assertThat(document.isSample()).isFalse();
    }

    @Test
    void aMissingFileIsReportedAndDroppedFromTheRecentList() throws Exception {
        FileActions files = actions();
        Path gone = dir.resolve("gone.rasp");
        recent.add(gone);
        assertThat(files.openFile(gone).get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("gone.rasp");
        assertThat(recent.files()).isEmpty();
    }

    @Test
    void everySampleShipsInTheJarWithASummary() {
        List<Sample> samples = SampleCatalog.load();
        assertThat(samples).extracting(Sample::title).contains("reverse", "hist", "sort", "sat3_verifier", "password");
        assertThat(samples).allSatisfy(s -> assertThat(s.summary()).isNotBlank());
        assertThat(SampleCatalog.summary("# hist: how many times\nx")).isEqualTo("how many times");
    }
}
