/**
 * What the views need from a compiled model and its forward pass, in view terms and free of
 * JavaFX: snapshot and sub-layer numbering, the residual stream grouped by owning S-op, the
 * layer allocation, and the decoding of a residual vector into one value per S-op. Takes
 * {@code core.rasp} nodes, plain arrays and the evaluator's values; produces small records the views bind to.
 */
package org.raspworkbench.ui.views.data;
