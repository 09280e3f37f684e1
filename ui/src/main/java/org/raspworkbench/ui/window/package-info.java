/**
 * The main window: menus and tool bar, the editor with the problems list beside the example input,
 * debugger strip and model views, and the status bar; plus the glue that keeps the editor's marks
 * (squiggles, selection, debugger step, breakpoints) in step with the workbench state. Figure
 * export takes the views' model and trace, asks with the export dialog ({@code ExportDialogs.Offer}
 * in, {@code ExportDialogs.Target} out), and writes a {@code FigureSheet} off the FX thread. Also where
 * the window goes (saved {@link org.raspworkbench.ui.window.WindowGeometry} and the screens in, the
 * bounds to open at out, kept in {@code window.properties}) and how dialogs are shown over it
 * without changing its state ({@link org.raspworkbench.ui.window.OwnedDialogs}).
 */
package org.raspworkbench.ui.window;
