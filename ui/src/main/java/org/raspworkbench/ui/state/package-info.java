/**
 * The IDE's shared view-model. It takes the results the background services hand over on the FX
 * thread (compilations, forward traces) and exposes them as JavaFX properties that every view binds
 * to: the latest compilation and the last good one (kept on screen, marked stale, while the text has
 * errors), the example input, the current trace, the selected S-op and the debugger's position.
 * Nothing here compiles, evaluates or touches the disk.
 */
package org.raspworkbench.ui.state;
