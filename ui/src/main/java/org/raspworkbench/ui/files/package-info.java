/**
 * Documents and files: the open document's view-model (file, saved text, dirty mark, window title),
 * new/open/save/save as with a prompt before unsaved text is lost, the recent-files list persisted
 * in the user's config folder, and the samples shipped in the jar. Every read and write runs on a
 * background thread; results come back to the FX thread.
 */
package org.raspworkbench.ui.files;
