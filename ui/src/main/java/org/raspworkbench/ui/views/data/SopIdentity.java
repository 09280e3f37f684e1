package org.raspworkbench.ui.views.data;

import org.raspworkbench.core.rasp.RaspExpr;

/**
 * When two nodes stand for the same S-op. Names are unique and final within a program, and a
 * recompiled program gives an unchanged S-op the same name, so a selection survives a recompile.
 * (Record equality would walk the whole DAG and compare functions by identity.)
 */
public final class SopIdentity {
    private SopIdentity() {
    }

    public static boolean same(RaspExpr a, RaspExpr b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        return a.name().equals(b.name());
    }
}
