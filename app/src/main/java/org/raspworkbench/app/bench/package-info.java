/**
 * {@code rasp bench --ui}: the IDE's residual heatmap driven headless (Monocle) through scroll,
 * zoom, step and all-snapshots frames. Takes compiled programs in view terms; produces the
 * JavaFX-thread time of each frame, summarised per program and action.
 */
package org.raspworkbench.app.bench;
