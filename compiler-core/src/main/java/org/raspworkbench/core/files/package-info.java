/**
 * Writing files so that a reader sees either the old content or the new one, never half of it:
 * bytes in, a replaced file out (see {@link org.raspworkbench.core.files.AtomicFiles}).
 */
package org.raspworkbench.core.files;
