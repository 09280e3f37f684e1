/**
 * The attention view: every used head's pattern (queries by keys, labelled with the tokens),
 * titled with the S-op it computes, drawn by the figures renderer. Takes a
 * {@link org.raspworkbench.ui.views.data.ModelDigest} and a
 * {@link org.raspworkbench.ui.views.data.TraceDigest}; clicking a head selects its S-op.
 */
package org.raspworkbench.ui.views.attention;
