package org.raspworkbench.ui.views.token;

import org.raspworkbench.ui.views.data.DecodedValue;

/**
 * One position of the "model | program" row: the stream position, its token, the output S-op
 * there, and whether an intervention changed it against the clean run.
 */
public record OutputCell(int position, String token, DecodedValue value, boolean changed) {
}
