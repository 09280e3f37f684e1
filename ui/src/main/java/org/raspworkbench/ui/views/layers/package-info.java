/**
 * The layer allocation view: one column per layer, split into its attention and MLP sub-layers,
 * each listing the S-ops it computes and the heads or hidden units it uses, under a header with
 * the model's size. Takes a {@link org.raspworkbench.ui.views.data.ModelDigest}; clicking an S-op
 * sets the shared selection; the sub-layer of the current debugger step is highlighted.
 */
package org.raspworkbench.ui.views.layers;
