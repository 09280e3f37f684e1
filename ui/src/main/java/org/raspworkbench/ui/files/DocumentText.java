package org.raspworkbench.ui.files;

/** The editor as file actions need it: read the text, replace it with a file's. */
public interface DocumentText {
    String text();

    void replaceDocument(String text);
}
