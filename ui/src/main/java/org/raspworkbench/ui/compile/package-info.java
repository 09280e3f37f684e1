/**
 * Live compilation off the FX thread. Takes the editor's text (after typing pauses) and the example
 * input, compiles and runs them on a background executor through an {@link
 * org.raspworkbench.ui.compile.Engine}, keeps only the result of the latest request and hands it to
 * the {@link org.raspworkbench.ui.state.WorkbenchState} on the FX thread.
 */
package org.raspworkbench.ui.compile;
