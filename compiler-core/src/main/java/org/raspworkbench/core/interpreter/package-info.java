/**
 * The host interpreter: runs the statements and expressions of a syntax tree with Python's
 * semantics for plain values ({@code core.value}). Takes a {@code core.syntax} program and a
 * {@link org.raspworkbench.core.interpreter.Limits}; produces the final bindings, the settings
 * entries it met and errors as diagnostics with source ranges. Scopes, calls (positional, keyword,
 * {@code *args}), built-ins, methods of {@code str}/{@code list}/{@code dict}, {@code math},
 * iteration and indexing live here; every loop, call and collection is bounded by {@code Limits}.
 *
 * <p>Calls of RASP primitives and operators whose operands are S-ops are handed to {@code
 * core.dag}, which calls back into the interpreter to evaluate user functions (the two packages
 * refer to each other by design: a lambda passed to {@code map} is host code).
 */
package org.raspworkbench.core.interpreter;
