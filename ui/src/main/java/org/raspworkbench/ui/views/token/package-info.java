/**
 * Per-token inspection: for one position at the current snapshot, each S-op's value as the
 * residual decodes it beside the value the RASP program gives (mismatches marked), and the raw
 * residual vector of that position as bars. Takes a {@link org.raspworkbench.ui.views.data.ModelDigest}
 * and a {@link org.raspworkbench.ui.views.data.TraceDigest}; decoding is
 * {@link org.raspworkbench.ui.views.data.ResidualDecoder}'s.
 */
package org.raspworkbench.ui.views.token;
