package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Padded inputs as Tracr's compiled model takes them: {@code [BOS] + input + [PAD] * k}. The PAD
 * token is the program's {@code pad} name (which the vocabulary cannot hold); only a run of them at
 * the end is padding. The model masks PAD positions as attention keys, and the RASP program is
 * evaluated on the input before them.
 */
public final class Padding {
    private Padding() {
    }

    /** Whether {@code token} is the PAD token of these settings. */
    public static boolean isPad(Value token, CompileSettings settings) {
        return token instanceof StrValue s && s.value().equals(settings.pad()) && !settings.vocab().contains(token);
    }

    /** How many tokens come before the trailing PAD tokens. */
    public static int unpaddedLength(List<Value> input, CompileSettings settings) {
        int n = input.size();
        while (n > 0 && isPad(input.get(n - 1), settings)) n--;
        return n;
    }

    /** The position of the first PAD token that a real token follows, or -1 when there is none. */
    public static int misplacedPad(List<Value> input, CompileSettings settings) {
        int end = unpaddedLength(input, settings);
        for (int i = 0; i < end; i++) {
            if (isPad(input.get(i), settings)) return i;
        }
        return -1;
    }
}
