package org.raspworkbench.core.interpreter;

import java.util.List;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.syntax.Stmt;
import org.raspworkbench.core.value.Value;

/**
 * Python's import statements in a .py file: {@code import a.b as c} binds the module,
 * {@code import a.b} binds {@code a}, {@code from a import x} binds x, and {@code from a import *}
 * every public name of {@code a}; {@link Imports} finds the modules.
 */
final class ImportBinding {
    private ImportBinding() {
    }

    static void bind(Stmt.Import im, Scope scope, Imports imports, Interpreter interpreter) {
        if (im.from().isPresent()) {
            imports.moduleFor(im.from().get(), im.names().stream().map(Stmt.ImportedName::name).toList(), im.range(),
                    interpreter);
        }
        for (Stmt.ImportedName n : im.names()) {
            if (n.name().equals("*")) {
                Value module = imports.module(im.from().orElseThrow(), im.range(), interpreter);
                List<String> names = module instanceof HasAttributes m ? m.publicNames() : List.of();
                if (names.isEmpty()) {
                    throw new RaspException(ErrorKind.UNSUPPORTED, "'from " + im.from().get()
                            + " import *' is not supported: import the names you use", n.range());
                }
                for (String name : names) scope.assign(name, ((HasAttributes) module).attribute(name, n.range()));
                continue;
            }
            Value v;
            if (im.from().isPresent()) {
                Value module = imports.module(im.from().get(), im.range(), interpreter);
                v = module instanceof HasAttributes m ? m.attribute(n.name(), n.range())
                        : imports.module(im.from().get() + "." + n.name(), n.range(), interpreter);
            } else if (n.alias().isPresent()) {
                v = imports.module(n.name(), n.range(), interpreter);
            } else {
                imports.module(n.name(), n.range(), interpreter);
                v = imports.module(n.boundName(), n.range(), interpreter);
            }
            scope.assign(n.boundName(), v);
        }
    }
}
