/**
 * {@code rasp convert}: a program's RASP DAG (with its settings, value sets and source text) written
 * back as a program in either surface syntax, {@code .rasp} or Tracr Python, that builds the same DAG
 * with the same names, encodings and settings and so compiles to the same model.
 * {@link org.raspworkbench.core.convert.ProgramConverter} is the driver:
 * {@link org.raspworkbench.core.convert.ProgramToPlan} turns the DAG into a
 * {@link org.raspworkbench.core.convert.ConversionPlan} (one step per S-op and selector, each
 * function either a readable lambda, guessed by {@code FunctionRecovery} / {@code PredicateRecovery}
 * from the program's text and accepted by {@code FunctionCheck} on its value sets, or an exact
 * {@code FunctionTable}), and {@link org.raspworkbench.core.convert.PlanToRasp} /
 * {@link org.raspworkbench.core.convert.PlanToTracr} print it.
 */
package org.raspworkbench.core.convert;
