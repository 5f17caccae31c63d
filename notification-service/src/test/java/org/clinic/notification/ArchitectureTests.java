package org.clinic.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "org.clinic.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersDoNotTouchTheDatabaseDirectly = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule mailKnowsNothingAboutKafkaOrTheDeliveryLog = noClasses()
            .that().resideInAPackage("..notification.mail..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.kafka..", "org.springframework.kafka..",
                    "..notification.delivery..", "..notification.appointment..");

    @ArchTest
    static final ArchRule smsKnowsNothingAboutKafkaOrTheDeliveryLog = noClasses()
            .that().resideInAPackage("..notification.sms..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.kafka..", "org.springframework.kafka..", "..notification.delivery..");

    @ArchTest
    static final ArchRule deliveryDoesNotDependOnWhatCausedTheMessage = noClasses()
            .that().resideInAPackage("..notification.delivery..")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.appointment..",
                    "..notification.message..", "..notification.reminder..", "..notification.outbox..",
                    "org.clinic.events..");

    /** Kafka stays at the edges: the consumer, its error handling, and the outbox relay. */
    @ArchTest
    static final ArchRule onlyTheEdgesKnowKafka = noClasses()
            .that().resideInAnyPackage("..notification.message..", "..notification.reminder..",
                    "..notification.delivery..", "..notification.preference..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");
}
