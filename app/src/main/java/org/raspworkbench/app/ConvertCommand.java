package org.raspworkbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.raspworkbench.core.convert.Conversion;
import org.raspworkbench.core.convert.ConvertTarget;
import org.raspworkbench.core.convert.ProgramConverter;
import org.raspworkbench.core.files.AtomicFiles;
import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasp convert FILE --to rasp|tracr [--out FILE]}: the program in the other syntax (a
 * {@code .py} file is read as Tracr Python), with the same names and settings, compiling to the
 * same model. Without {@code --out} the program's text is printed; with it the file is replaced
 * atomically and {@code {"written": [FILE]}} printed. Errors print as {@code rasp check} prints
 * them, with exit status 2; the program's warnings go to stderr.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Write a program in the other syntax: .rasp as Tracr Python (--to tracr), Tracr Python as .rasp"
                + " (--to rasp); same names, settings and model.")
public final class ConvertCommand extends JsonCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "a .rasp program or a Tracr Python (.py) script")
    String file;

    @Option(names = "--to", required = true, paramLabel = "rasp|tracr", description = "the syntax to write")
    ConvertTarget to;

    @Option(names = "--out", paramLabel = "FILE", description = "write the program there instead of printing it")
    Path out;

    @Override
    protected int run() {
        ProgramFile source = ProgramFile.read(file);
        if (source.problem().isPresent()) return fail(List.of(source.problem().get()));
        Conversion converted = ProgramConverter.convert(source.text().get(), Path.of(file).getFileName().toString(), to);
        if (converted.text().isEmpty()) return fail(converted.errors());
        // the program's warnings go to stderr, as rasp trace prints its notes: stdout is the program
        for (Diagnostic d : converted.diagnostics()) {
            System.err.println(d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.range().start().line()
                    + ":" + d.range().start().column() + ": " + d.message());
        }
        if (out == null) {
            System.out.print(converted.text().get());
            System.out.flush();
            return 0;
        }
        try {
            AtomicFiles.writeString(out, converted.text().get());
        } catch (IOException e) {
            return fail(List.of(Diagnostic.error(ErrorKind.VALUE, "cannot write '" + out + "': " + e.getMessage(),
                    SourceRange.NONE)));
        }
        System.out.println(JsonText.line(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("written");
            g.writeString(out.toString());
            g.writeEndArray();
            g.writeEndObject();
        }));
        System.out.flush();
        return 0;
    }
}
