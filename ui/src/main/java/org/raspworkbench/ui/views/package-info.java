/**
 * Views of a compiled RASP model: the dependency graph, the layer allocation, residual heatmaps,
 * per-token inspection and attention patterns. Each view is a self-contained JavaFX component
 * bound to its own view-model; its inputs are a shared S-op selection plus the program, the
 * compiled model, the forward trace, the current snapshot and the directions just written.
 * Heavy work (graph layout) runs on {@link org.raspworkbench.ui.views.ViewTasks}, never on the
 * FX thread; colours and fonts come from {@code views.css}.
 */
package org.raspworkbench.ui.views;
