/**
 * The compiler's entry point: {@link org.raspworkbench.core.Compiler} takes a program's text (or
 * its RASP DAG) and runs the passes one after another, as Tracr's {@code compiling.py} does
 * (graph, static validation, value sets and bases, craft blocks, layer allocation, model), producing
 * a {@link org.raspworkbench.core.Compilation}: the program, the compiled model and every
 * diagnostic. Running the model is {@link org.raspworkbench.core.model.ForwardPass}.
 */
package org.raspworkbench.core;
