/**
 * Runs a program at compile time: the driver. Takes the program's syntax tree (from
 * {@code core.syntax}); checks its shape ({@link org.raspworkbench.core.program.StructureCheck}),
 * runs it with the host interpreter ({@code core.interpreter}), which builds the RASP graph through
 * {@code core.dag}, reads the settings ({@code core.settings}) and produces a {@link
 * org.raspworkbench.core.rasp.RaspProgram} (settings, output S-op, every S-op and selector with
 * final names, encodings and source ranges) or the diagnostics that stopped it ({@link
 * org.raspworkbench.core.program.ProgramRunner}, returning a {@link
 * org.raspworkbench.core.program.RunResult}).
 */
package org.raspworkbench.core.program;
