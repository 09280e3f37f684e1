/**
 * The debugger: walks the forward pass one sub-layer at a time (forward, back, run to the next
 * breakpoint or the end, jump to a layer) by moving the {@link
 * org.raspworkbench.ui.state.DebuggerState}'s snapshot, and the strip of controls that does it.
 */
package org.raspworkbench.ui.debugger;
