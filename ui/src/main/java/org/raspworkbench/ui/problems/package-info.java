/**
 * The problems list: every error and warning of the latest compilation and of the current run,
 * with where it is and what kind it is; a click jumps to its text in the editor.
 */
package org.raspworkbench.ui.problems;
