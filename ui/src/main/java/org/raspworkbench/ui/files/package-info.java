/**
 * Documents and files: the open document's view-model (file, saved text, dirty mark, window title),
 * new/open/save/save as with a prompt before unsaved text is lost, the recent-files list persisted
 * in the user's config folder, and the samples shipped in the jar. Saves replace the file
 * atomically and refuse to overwrite another program's edit unasked ({@link
 * org.raspworkbench.ui.files.DiskStamp}); a file changed on disk is reloaded or asked about.
 * Unsaved text is autosaved to the state folder and offered back after a crash ({@link
 * org.raspworkbench.ui.files.Autosave}, {@link org.raspworkbench.ui.files.Recovery}). Every read
 * and write runs on a background thread; results come back to the FX thread.
 */
package org.raspworkbench.ui.files;
