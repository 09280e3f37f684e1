/**
 * Compile-time values with Python's semantics (equality across bool/int/float, hashing, {@code str},
 * {@code repr}, ordering). Shared by the program runner, the RASP evaluator and the compiler, which
 * all compare and print values the way a Python user expects.
 */
package org.raspworkbench.core.value;
