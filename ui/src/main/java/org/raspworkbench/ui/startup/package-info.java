/**
 * Start-up and the session's safety nets. How long the IDE takes to come up: takes the moments the
 * window was shown, the opened file's text was highlighted and the first model was drawn (on the FX
 * thread), and produces the one line {@code rasp open FILE --timings} prints, in milliseconds since
 * the JVM started. The IDE's log file in the state folder ({@link org.raspworkbench.ui.startup.IdeLog})
 * and the one handler of uncaught exceptions, which logs them and produces a notice for the user
 * ({@link org.raspworkbench.ui.startup.UncaughtErrors}).
 */
package org.raspworkbench.ui.startup;
