/**
 * How long the IDE takes to come up: takes the moments the window was shown, the opened file's
 * text was highlighted and the first model was drawn (on the FX thread), and produces the one
 * line {@code rasp open FILE --timings} prints, in milliseconds since the JVM started.
 */
package org.raspworkbench.ui.startup;
