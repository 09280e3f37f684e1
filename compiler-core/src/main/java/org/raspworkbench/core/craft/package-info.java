/**
 * Craft blocks: MLPs and attention heads expressed on labelled vector spaces, built from S-ops and
 * their bases exactly as Tracr's {@code craft/chamber} builds them.
 */
package org.raspworkbench.core.craft;
