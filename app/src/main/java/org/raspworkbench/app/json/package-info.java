/**
 * The JSON the command line prints: values ({@link org.raspworkbench.app.json.ValueJson}) and
 * diagnostics ({@link org.raspworkbench.app.json.DiagnosticJson}), in one place so every command
 * prints them alike.
 */
package org.raspworkbench.app.json;
