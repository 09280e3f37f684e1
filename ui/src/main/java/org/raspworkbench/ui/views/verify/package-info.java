/**
 * The Verify panel: runs {@code rasp verify}'s check of the compiled model against the program in
 * the background (with progress and Cancel), shows counts, causes with their verified fixes (which
 * it can write into the program's text) and the counterexamples grouped by cause; after every
 * compile a quick bounded check gives a badge. Takes the shown {@link
 * org.raspworkbench.core.model.CompiledModel}; produces a {@link
 * org.raspworkbench.core.verification.VerificationReport} for display and, on a click, the input
 * and sub-layer to show in the debugger.
 */
package org.raspworkbench.ui.views.verify;
