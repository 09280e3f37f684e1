package org.raspworkbench.app;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.json.DiagnosticJson;
import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rasp check FILE...}: one JSON line per file with its errors and notes (where Tracr itself
 * would fail but we compile); exit 0 when no file has errors, 2 otherwise (3 if one error is ours:
 * kind internal).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check programs for errors (running and compiling them); prints one JSON line per file.")
public final class CheckCommand extends JsonCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RASP program files")
    List<String> files = new ArrayList<>();

    @Override
    protected int run() {
        int status = 0;
        for (String name : files) {
            List<Diagnostic> found = check(name);
            List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
            List<Diagnostic> notes = found.stream().filter(d -> d.severity() == Severity.NOTE).toList();
            if (!errors.isEmpty()) status = Math.max(status, exitFor(errors));
            System.out.println(JsonText.line(g -> {
                g.writeStartObject();
                g.writeStringField("file", name);
                g.writeBooleanField("ok", errors.isEmpty());
                DiagnosticJson.writeErrorsField(g, errors);
                DiagnosticJson.writeNotesField(g, notes);
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
        RunResult run = ProgramRunner.run(file.text().get(), file.syntax());
        if (!run.ok()) return run.errors();
        Compilation compiled = Compiler.compile(run.program().get());
        return compiled.diagnostics();
    }
}
