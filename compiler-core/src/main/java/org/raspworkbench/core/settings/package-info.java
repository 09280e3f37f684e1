/**
 * Compile settings. Takes the {@code set} entries the interpreter met (each a value with its
 * source range); produces {@link org.raspworkbench.core.rasp.CompileSettings} or a diagnostic at
 * the offending setting ({@link org.raspworkbench.core.settings.SettingsBuilder}): vocab, length,
 * example input, causal, BOS/PAD and mlp_exactness, each with Tracr's defaults.
 */
package org.raspworkbench.core.settings;
