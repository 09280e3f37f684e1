/**
 * The product's JSON writer: values as Python's {@code json} writes them
 * ({@link org.raspworkbench.core.json.ValueJson}), diagnostics with their ranges
 * ({@link org.raspworkbench.core.json.DiagnosticJson}), a verification report
 * ({@link org.raspworkbench.core.json.VerifyJson}) and a compiled model's trace in the golden
 * files' schema ({@link org.raspworkbench.core.json.TraceJson}). Takes core records; produces JSON
 * text ({@link org.raspworkbench.core.json.JsonText}). Every command, the export files and the
 * golden test write through here, so what ships is what the tests check.
 */
package org.raspworkbench.core.json;
