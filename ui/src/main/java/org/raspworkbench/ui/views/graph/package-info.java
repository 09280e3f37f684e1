/**
 * The S-op/selector dependency graph view. {@link org.raspworkbench.ui.views.graph.DependencyGraphBuilder}
 * turns a {@code RaspProgram} into nodes and input-to-consumer edges; {@code NodeLayers} reads the
 * model's layer allocation into each node's badge and lane, and {@code CallSiteLabels} the
 * program's node origins into the call lines that tell same-text nodes apart; a
 * {@link org.raspworkbench.ui.views.graph.GraphLayouter} (ELK layered, in layer lanes when every
 * node has one, or a plain longest-path layering when ELK fails) places them top to bottom off the
 * FX thread; {@link org.raspworkbench.ui.views.graph.GraphView} draws the result inside a zooming,
 * fitting, panning viewport, feeds clicks into the shared selection and scrolls to it.
 */
package org.raspworkbench.ui.views.graph;
