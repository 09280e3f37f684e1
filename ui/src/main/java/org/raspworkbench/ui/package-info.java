/**
 * The IDE application shell: {@link org.raspworkbench.ui.WorkbenchLauncher} (called by the
 * command line), the JavaFX {@link org.raspworkbench.ui.WorkbenchApp}, and {@link
 * org.raspworkbench.ui.Workbench}, the composition root that creates the state, the background
 * services, the editor and the window and wires them together.
 */
package org.raspworkbench.ui;
