package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Why a weights export failed, said in the user's terms rather than as an exception's name. */
class WeightsExportMessagesTest {
    private final Path dir = Path.of("/data/out").toAbsolutePath();

    @Test
    void aFolderWithoutWritePermissionIsSaidToBeNotWritable() {
        String m = WeightsExportActions.describe(dir, new AccessDeniedException(dir.resolve(".weights.npz123.tmp").toString()));
        assertThat(m).startsWith("Cannot export the weights to " + dir + ": the folder is not writable")
                .endsWith("Nothing in the folder was changed.").doesNotContain("Exception");
    }

    @Test
    void aFileInPlaceOfTheFolderIsNamedAsSuch() {
        assertThat(WeightsExportActions.describe(dir, new FileAlreadyExistsException(dir.toString())))
                .contains("it is a file, not a folder");
    }

    @Test
    void theSystemsReasonIsKeptForOtherFailures() {
        assertThat(WeightsExportActions.describe(dir, new FileSystemException(dir + "/weights.npz", null,
                "No space left on device"))).contains(": No space left on device.");
        assertThat(WeightsExportActions.describe(dir, new IOException()))
                .contains(": IOException.");
    }
}
