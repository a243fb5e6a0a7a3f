package org.pyvm.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md: the bytecode package depends on nothing of ours, and the VM side (vm, objects,
 * modules) never sees the front end or the compiler, so that pyvm.jar can run compiled files on its own.
 */
class LayeringTest {
    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pyvm");
    }

    @Test
    void bytecodeDependsOnNothingOfOurs() {
        classes().that().resideInAPackage("org.pyvm.bytecode..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.pyvm.bytecode..", "java..")
                .check(main);
    }

    @Test
    void vmSideNeverSeesTheToolchain() {
        noClasses().that().resideInAnyPackage("org.pyvm.vm..", "org.pyvm.objects..", "org.pyvm.modules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pyvm.parse..", "org.pyvm.ast..",
                        "org.pyvm.compiler..", "org.pyvm.cli..", "org.antlr..", "com.fasterxml..", "picocli..")
                .allowEmptyShould(true)
                .check(main);
    }
}
