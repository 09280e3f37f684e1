/**
 * Runs a program at compile time. Takes the program's text (via {@code core.syntax}); produces a
 * {@link org.raspworkbench.core.rasp.RaspProgram} (settings, output S-op, every S-op and selector
 * with final names, encodings and source ranges) or the diagnostics that stopped it
 * ({@link org.raspworkbench.core.program.ProgramRunner}).
 *
 * <p>Host values behave as in Python; operators on S-ops build maps and sequence maps the way
 * Tracr's operator overloads do; every loop, call and collection is bounded by {@link
 * org.raspworkbench.core.program.Limits}.
 */
package org.raspworkbench.core.program;
