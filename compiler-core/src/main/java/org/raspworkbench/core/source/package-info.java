/**
 * Source positions and diagnostics shared by every stage: each problem a user can cause is a
 * {@link org.raspworkbench.core.source.Diagnostic} with a kind, a sentence and the range of text it
 * is about.
 */
package org.raspworkbench.core.source;
