package org.raspworkbench.app;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.SurfaceSyntax;

/** A program file's text, or the reason it could not be read, in the user's words. */
public record ProgramFile(String name, Optional<String> text, Optional<Diagnostic> problem) {
    /** Which syntax the file is written in: a {@code .py} file is Tracr Python, any other {@code .rasp}. */
    public SurfaceSyntax syntax() {
        return SurfaceSyntax.of(name);
    }

    public static ProgramFile read(String name) {
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) return failed(name, "'" + name + "' is a folder, not a program file");
            return new ProgramFile(name, Optional.of(Files.readString(path, StandardCharsets.UTF_8)), Optional.empty());
        } catch (NoSuchFileException e) {
            return failed(name, "the file '" + name + "' does not exist");
        } catch (MalformedInputException e) {
            return failed(name, "the file '" + name + "' is not UTF-8 text");
        } catch (IOException | RuntimeException e) {
            return failed(name, "the file '" + name + "' cannot be read: " + e.getMessage());
        }
    }

    private static ProgramFile failed(String name, String message) {
        return new ProgramFile(name, Optional.empty(),
                Optional.of(Diagnostic.error(ErrorKind.VALUE, message, SourceRange.NONE)));
    }
}
