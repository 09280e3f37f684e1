/**
 * The one path for a program's inputs, whoever gives them ({@code --input}, the IDE's input field,
 * {@code set example}, the forward pass): JSON text read with Python's {@code json.loads} rules and
 * the place of every token ({@link org.raspworkbench.core.input.InputJson}), then one check of the
 * tokens against the program's vocab, {@code max_seq_len} and trailing PAD
 * ({@link org.raspworkbench.core.input.InputChecker}). Takes text or values plus the
 * {@link org.raspworkbench.core.rasp.CompileSettings}; produces the tokens or diagnostics with
 * ranges.
 */
package org.raspworkbench.core.input;
