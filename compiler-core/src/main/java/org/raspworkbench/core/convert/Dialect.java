package org.raspworkbench.core.convert;

/** Which language an expression is printed in; plain-value expressions differ only in a few names. */
enum Dialect {
    RASP, PYTHON
}
