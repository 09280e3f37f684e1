/**
 * The residual heatmap view: one snapshot (or the strip of all of them) with positions across and
 * every basis direction down, grouped by S-op, drawn by the figures renderer so the screen shows
 * exactly what an export writes. Takes a {@link org.raspworkbench.ui.views.data.ModelDigest} and a
 * {@link org.raspworkbench.ui.views.data.TraceDigest}; hovering reports direction, position, token
 * and value; clicking a group selects its S-op.
 */
package org.raspworkbench.ui.views.heatmap;
