package org.raspworkbench.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core must stay free of UI toolkits, and ANTLR must not leak out of the syntax stage. */
class ArchitectureTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.raspworkbench.core");

    @Test
    void coreHasNoUiToolkit() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                "org.fxmisc..", "org.raspworkbench.ui..", "org.raspworkbench.app..").check(core);
    }

    @Test
    void antlrStaysInsideSyntax() {
        noClasses().that().resideOutsideOfPackage("org.raspworkbench.core.syntax..")
                .should().dependOnClassesThat().resideInAPackage("org.antlr..")
                .allowEmptyShould(true)
                .check(core);
    }
}
