package org.raspworkbench.ui.views.token;

import org.raspworkbench.ui.views.data.DecodedValue;

/** One position of the "model | program" row: the stream position, its token, and the output S-op there. */
public record OutputCell(int position, String token, DecodedValue value) {
}
