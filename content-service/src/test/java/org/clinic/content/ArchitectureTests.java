package org.clinic.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;

@AnalyzeClasses(packages = "org.clinic.content", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersDoNotTouchTheDatabase = noClasses()
            // Meta-annotated: page controllers (@Controller) as well as the API's @RestControllers.
            .that().areMetaAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
            .because("web code goes through a use case and a repository, never straight to SQL");

    @ArchTest
    static final ArchRule markdownRenderingStandsAlone = classes()
            .that().resideInAPackage("org.clinic.content.markdown..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.clinic.content.markdown..", "java..",
                    "org.commonmark..", "org.owasp.html..", "org.springframework.stereotype..")
            .because("what may reach a reader's browser is decided in one self-contained place");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("org.clinic.content.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresDoNotDependOnTheWebInfrastructure = noClasses()
            .that().resideOutsideOfPackage("org.clinic.content.web..")
            .should().dependOnClassesThat().resideInAPackage("org.clinic.content.web..");
}
