package org.raspworkbench.ui.files;

/** A sample program shipped with the IDE: its file name, the first line of its comment, its text. */
public record Sample(String fileName, String summary, String text) {
    /** The name shown in the menu: the file name without {@code .rasp}. */
    public String title() {
        return DocumentModel.programName(fileName);
    }
}
