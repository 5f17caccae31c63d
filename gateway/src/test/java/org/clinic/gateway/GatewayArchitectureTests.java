package org.clinic.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Staff identity must not grow into the proxy: auth is plain WebFlux and knows nothing of routing or of
 * Spring Cloud Gateway, and only routing touches the gateway's filter API. Request ids and error rendering
 * stand alone, so every feature can use them.
 */
@AnalyzeClasses(packages = "org.clinic.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayArchitectureTests {

    @ArchTest
    static final ArchRule authKnowsNothingOfRouting = noClasses()
            .that().resideInAPackage("..gateway.auth..")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.routing..", "org.springframework.cloud.gateway..");

    @ArchTest
    static final ArchRule onlyRoutingUsesTheGatewayFilterApi = noClasses()
            .that().resideOutsideOfPackage("..gateway.routing..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.cloud.gateway..");

    @ArchTest
    static final ArchRule requestIdsAndErrorsStandAlone = noClasses()
            .that().resideInAnyPackage("..gateway.requestid..", "..gateway.errors..")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.auth..", "..gateway.routing..");
}
