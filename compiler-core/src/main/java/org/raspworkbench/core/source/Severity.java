package org.raspworkbench.core.source;

public enum Severity { ERROR, WARNING }
