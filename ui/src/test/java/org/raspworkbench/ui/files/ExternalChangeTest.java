package org.raspworkbench.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.ui.testing.ScriptedDialogs;

/** A file edited by another program is reloaded when the buffer is clean, asked about when not, and never overwritten silently. */
class ExternalChangeTest {
    @TempDir
    Path dir;
    private final FileIo io = new FileIo();
    private final SimpleStringProperty text = new SimpleStringProperty("");
    private final DocumentModel document = new DocumentModel(text);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> compiled = new java.util.ArrayList<>();
    private FileActions files;

    @org.junit.jupiter.api.BeforeEach
    void actions() {
        files = new FileActions(document, new DocumentText() {
        @Override
        public String text() {
            return text.get();
        }

        @Override
        public void replaceDocument(String t) {
            text.set(t);
        }
    }, io, new RecentFiles(dir.resolve("home"), io, Runnable::run), dialogs, Runnable::run, compiled::add);
    }

    @AfterEach
    void close() {
        io.close();
    }

    private Path opened(String content) throws Exception {
        Path file = dir.resolve("p.rasp");
        Files.writeString(file, content);
        assertThat(files.openFile(file).get(10, TimeUnit.SECONDS)).isTrue();
        return file;
    }

    /** Another program's edit, with a later modification time as a real one would have. */
    private static void editBehindTheIdesBack(Path file, String content) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
    }

    @Test
    void aCleanBufferIsReloadedSilently() throws Exception {
        Path file = opened("a = tokens;");
        editBehindTheIdesBack(file, "a = tokens;\nb = a;");
        assertThat(files.checkDisk().get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(text.get()).isEqualTo("a = tokens;\nb = a;");
        assertThat(document.isDirty()).isFalse();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void nothingHappensWhenOnlyTheTimeChanged() throws Exception {
        Path file = opened("a = tokens;");
        editBehindTheIdesBack(file, "a = tokens;");
        assertThat(files.checkDisk().get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void aDirtyBufferAsksAndKeepsTheEditsWhenTold() throws Exception {
        Path file = opened("a = tokens;");
        text.set("a = tokens;\nmine = a;");
        editBehindTheIdesBack(file, "a = tokens;\ntheirs = a;");
        dialogs.reloadAnswers.push(false);
        assertThat(files.checkDisk().get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(dialogs.asked).containsExactly("reload p.rasp");
        assertThat(text.get()).isEqualTo("a = tokens;\nmine = a;");

        dialogs.asked.clear();
        editBehindTheIdesBack(file, "a = tokens;\ntheirs = a;\nmore = a;");
        dialogs.reloadAnswers.push(true);
        assertThat(files.checkDisk().get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(dialogs.asked).containsExactly("reload p.rasp");
        assertThat(text.get()).isEqualTo("a = tokens;\ntheirs = a;\nmore = a;");
    }

    @Test
    void savingNeverOverwritesAnotherProgramsEditWithoutAsking() throws Exception {
        Path file = opened("a = tokens;");
        text.set("a = tokens;\nmine = a;");
        editBehindTheIdesBack(file, "a = tokens;\ntheirs = a;");

        dialogs.overwriteAnswers.push(false);
        assertThat(files.save().get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(Files.readString(file)).isEqualTo("a = tokens;\ntheirs = a;");
        assertThat(dialogs.asked).containsExactly("overwrite p.rasp");
        assertThat(document.isDirty()).isTrue();

        dialogs.overwriteAnswers.push(true);
        assertThat(files.save().get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(file)).isEqualTo("a = tokens;\nmine = a;");
        // Our own save is not an external change, and the next save asks nothing.
        dialogs.asked.clear();
        assertThat(files.checkDisk().get(10, TimeUnit.SECONDS)).isFalse();
        text.set("a = tokens;\nmine = a;\nagain = a;");
        assertThat(files.save().get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(dialogs.asked).isEmpty();
    }
}
