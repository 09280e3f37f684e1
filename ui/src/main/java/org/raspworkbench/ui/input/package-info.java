/**
 * The strip above the model views: the example input the model runs on (prefilled from the
 * program's {@code set example}; editing it re-runs the model), what is wrong with it, and whether
 * the views show a stale program or a compilation is under way.
 */
package org.raspworkbench.ui.input;
