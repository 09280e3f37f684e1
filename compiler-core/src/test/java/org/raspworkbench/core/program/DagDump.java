package org.raspworkbench.core.program;

import java.nio.file.Files;
import java.nio.file.Path;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.testsupport.Dags;

/** Prints a program's reachable DAG (a debugging aid, not a test). */
public final class DagDump {
    public static void main(String[] args) throws Exception {
        RunResult r = ProgramRunner.run(Files.readString(Path.of(args[0])));
        if (!r.ok()) {
            System.out.println(r.diagnostics());
            return;
        }
        RaspProgram p = r.program().get();
        for (RaspExpr e : Dags.reachable(p)) {
            String enc = e instanceof SOp s ? s.encoding().label() : "selector";
            StringBuilder kids = new StringBuilder();
            for (RaspExpr c : e.children()) kids.append(' ').append(c.name());
            System.out.println(e.id() + " " + e.getClass().getSimpleName() + " " + e.name() + " [" + enc + "] <-"
                    + kids + "   `" + p.settings() .vocab().size() + "`");
        }
    }
}
