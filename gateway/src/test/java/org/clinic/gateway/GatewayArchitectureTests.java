package org.clinic.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    /**
     * Identity in layers: throttling (and later sessions) know nothing of sign-in; auth (accounts, tokens, sign-in)
     * knows nothing of the pages and APIs built on it (login, account, staff).
     */
    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.clinic.gateway.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule authKnowsNothingOfThePagesBuiltOnIt = noClasses()
            .that().resideInAPackage("..gateway.auth..")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.login..", "..gateway.account..",
                    "..gateway.staff..");

    @ArchTest
    static final ArchRule requestIdsAndErrorsStandAlone = noClasses()
            .that().resideInAnyPackage("..gateway.requestid..", "..gateway.errors..")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.auth..", "..gateway.routing..");
}
