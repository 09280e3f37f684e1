package org.raspworkbench.core.source;

/**
 * How bad a diagnostic is: an error stops compilation, a warning flags a likely mistake, a note
 * says where we knowingly do something other than Tracr (the model still compiles).
 */
public enum Severity { ERROR, WARNING, NOTE }
