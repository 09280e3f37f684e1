package org.raspworkbench.app;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.app.json.DiagnosticJson;
import org.raspworkbench.app.json.Json;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.source.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rasp check FILE...}: one JSON line per file with its errors; exit 0 when all are fine, 2 otherwise (3 if one error is ours: kind internal). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check programs for errors (running and compiling them); prints one JSON line per file.")
public final class CheckCommand extends JsonCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RASP program files")
    List<String> files = new ArrayList<>();

    @Override
    protected int run() {
        int status = 0;
        for (String name : files) {
            List<Diagnostic> errors = check(name);
            if (!errors.isEmpty()) status = Math.max(status, exitFor(errors));
            System.out.println(Json.line(g -> {
                g.writeStartObject();
                g.writeStringField("file", name);
                g.writeBooleanField("ok", errors.isEmpty());
                DiagnosticJson.writeErrorsField(g, errors);
                g.writeEndObject();
            }));
        }
        System.out.flush();
        return status;
    }

    /** Runs and compiles the program, so that what Tracr cannot compile is reported as well. */
    private static List<Diagnostic> check(String name) {
        ProgramFile file = ProgramFile.read(name);
        if (file.problem().isPresent()) return List.of(file.problem().get());
        RunResult run = ProgramRunner.run(file.text().get());
        if (!run.ok()) return run.errors();
        Compilation compiled = Compiler.compile(run.program().get());
        return compiled.diagnostics().stream().filter(Diagnostic::isError).toList();
    }
}
