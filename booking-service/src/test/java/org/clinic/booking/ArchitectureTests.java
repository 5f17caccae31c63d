package org.clinic.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "org.clinic.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /**
     * Controllers speak HTTP, page controllers included; SQL lives in repositories, so every query is in one
     * findable place per feature.
     */
    @ArchTest
    static final ArchRule controllersDoNotTouchJdbc = noClasses().that().areAnnotatedWith(RestController.class)
            .or().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().areAssignableTo(JdbcClient.class);

    /**
     * Kafka is the business of the topic declarations and the shared outbox relay (out) and of the delivery-status
     * consumer (in); use cases only write outbox rows in their transaction.
     */
    @ArchTest
    static final ArchRule onlyMessagingKnowsKafka = noClasses().that()
            .resideOutsideOfPackages("..messaging..", "..delivery..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka..");

    /** The slot arithmetic stays free of web and persistence concerns, which keeps it unit-testable. */
    @ArchTest
    static final ArchRule slotCalculatorIsPure = noClasses().that().haveSimpleName("SlotCalculator")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..");
}
