package org.raspworkbench.core.verification;

import org.raspworkbench.core.value.Value;

/**
 * A setting that, after recompiling with it and verifying the same inputs again, removes a cause.
 *
 * @param setting    the program's setting ({@code mlp_exactness}, {@code max_seq_len}), or
 *                   {@code dtype} (the precision the model runs in)
 * @param value      the value found (the smallest change that works; {@code "float64"} for dtype)
 * @param verified   whether the re-verification agrees on every input it checked
 * @param agreeAfter how many inputs agree after the change
 * @param checked    how many inputs the re-verification checked
 */
public record VerifiedFix(String setting, Value value, boolean verified, long agreeAfter, long checked) {
}
