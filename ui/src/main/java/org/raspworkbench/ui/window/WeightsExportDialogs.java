package org.raspworkbench.ui.window;

import java.nio.file.Path;
import java.util.Optional;
import org.raspworkbench.core.export.DType;

/**
 * The questions File > Export Weights asks: which folder, which element type (and whether an
 * export already there may be replaced), then where the files went or why they could not be
 * written. The window answers with a folder chooser and owned dialogs; tests answer directly.
 * Every method runs on the FX thread.
 */
public interface WeightsExportDialogs {
    /** The folder to write into, or empty when the user cancels the chooser. */
    Optional<Path> chooseFolder(String program);

    /**
     * The element type to write {@code program}'s weights in, or empty to give up; {@code replaces}
     * says the folder already holds a {@code weights.npz} that the export would replace.
     */
    Optional<DType> confirm(String program, Path folder, boolean replaces);

    /** The export is complete in {@code folder}. */
    void exported(String program, Path folder, DType dtype);

    /** The export failed; {@code message} is in the user's terms and the folder is as it was. */
    void failed(String message);
}
