/**
 * The circuits of the shown model in its own labelled bases: per head the QK and OV grids beside
 * the head's attention pattern on the current input, per MLP its function table next to the
 * program's (mismatches marked), and the direct attribution of the output at one position. Takes
 * the compiled model and the run the views show (a patched run while interventions are on);
 * core.circuits computes the circuits on a background thread and ui.figures draws them, on
 * screen and in exports alike.
 */
package org.raspworkbench.ui.views.circuits;
