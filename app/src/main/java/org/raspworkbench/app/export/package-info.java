/**
 * {@code rasp export weights} and {@code rasp export heatmap}: a program file in, an export
 * directory or a figure file out, headless. Failures print {@code {"errors": [...]}} as
 * {@code rasp check} does and exit with status 2.
 */
package org.raspworkbench.app.export;
