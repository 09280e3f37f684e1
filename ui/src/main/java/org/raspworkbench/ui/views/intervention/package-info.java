/**
 * Interventions in the IDE: takes the shown compilation and its clean run (from
 * {@link org.raspworkbench.ui.state.WorkbenchState}), the corrupted input and the list the user
 * builds from the views' right-click entries; produces, on a background thread through
 * core.intervention, the patched run in view terms (a {@link
 * org.raspworkbench.ui.views.intervention.PatchOutcome}: the trace every view shows, the marks
 * they draw, what changed), and the patch-every-component sweep as a figure. Holds the list
 * panel, the corrupted input field, the PATCHED banner and the sweep view.
 */
package org.raspworkbench.ui.views.intervention;
