/**
 * Labelled bases and vector spaces (Tracr's {@code craft/bases.py}). Value-set inference turns each
 * S-op into the directions it owns: one per value when categorical, one when numerical.
 */
package org.raspworkbench.core.bases;
