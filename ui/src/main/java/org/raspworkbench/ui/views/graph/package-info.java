/**
 * The S-op/selector dependency graph view. {@link org.raspworkbench.ui.views.graph.DependencyGraphBuilder}
 * turns a {@code RaspProgram} into nodes and input-to-consumer edges; a
 * {@link org.raspworkbench.ui.views.graph.GraphLayouter} (ELK layered, or a plain longest-path
 * layering when ELK fails) places them top to bottom off the FX thread; {@link
 * org.raspworkbench.ui.views.graph.GraphView} draws the result and feeds clicks into the shared
 * selection.
 */
package org.raspworkbench.ui.views.graph;
