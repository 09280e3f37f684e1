package org.raspworkbench.app;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.input.ParsedInput;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.value.Value;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs a command runs on: each {@code --input} parsed against the program's settings, or
 * the program's {@code set example} when none is given; {@code errors} is empty when all parse.
 */
public record CommandInputs(List<List<Value>> runs, List<Diagnostic> errors) {
    public static CommandInputs parse(List<String> jsons, CompileSettings settings) {
        return parse(jsons, settings, SurfaceSyntax.RASP);
    }

    /** As {@link #parse(List, CompileSettings)}; a missing input is asked for in the program's own syntax. */
    public static CommandInputs parse(List<String> jsons, CompileSettings settings, SurfaceSyntax syntax) {
        List<List<Value>> runs = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (String json : jsons) {
            ParsedInput parsed = InputParser.parse(json, settings);
            parsed.values().ifPresent(runs::add);
            errors.addAll(parsed.errors());
        }
        if (jsons.isEmpty()) {
            if (settings.example().isEmpty()) {
                errors.add(Diagnostic.error(ErrorKind.VALUE, "no input: give --input or " + exampleHint(syntax),
                        SourceRange.NONE));
            } else {
                runs.add(settings.example().get());
            }
        }
        return new CommandInputs(List.copyOf(runs), List.copyOf(errors));
    }

    /** How a program of this syntax states its example input. */
    static String exampleHint(SurfaceSyntax syntax) {
        return syntax == SurfaceSyntax.PYTHON ? "call model.apply([bos, ...]) in the script"
                : "add 'set example ...;' to the program";
    }

    /** The arguments {@code eval} and {@code trace} share: the program file and its inputs. */
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "FILE", description = "a RASP program file")
        String file;

        @Option(names = "--input", paramLabel = "JSON",
                description = "an input: a JSON list such as [1,2,3] or a JSON string such as \"abc\" (repeatable)")
        List<String> inputs = new ArrayList<>();

        CommandInputs parse(CompileSettings settings) {
            return CommandInputs.parse(inputs, settings, SurfaceSyntax.of(file));
        }
    }
}
