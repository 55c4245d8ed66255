package dev.newsdigest.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependency rules (see DESIGN.md: data moves one way; ingest and chat meet only in storage and app). A dependency
 * pointing the wrong way fails the build.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsdigest");

    @Test
    void digestEngineNeverDependsOnTheApplication() {
        noClasses().that().resideInAPackage("dev.newsdigest.digest..")
                .should().dependOnClassesThat().resideInAPackage("dev.newsdigest.bot..")
                .check(CLASSES);
    }

    @Test
    void ingestNeverDependsOnChatOrDelivery() {
        noClasses().that().resideInAPackage("dev.newsdigest.bot.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsdigest.bot.chat..", "dev.newsdigest.bot.delivery..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void chatAndDeliveryNeverDependOnIngest() {
        noClasses().that().resideInAnyPackage("dev.newsdigest.bot.chat..", "dev.newsdigest.bot.delivery..")
                .should().dependOnClassesThat().resideInAPackage("dev.newsdigest.bot.ingest..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void configNeverDependsOnTheLayersAboveIt() {
        noClasses().that().resideInAPackage("dev.newsdigest.bot.config..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsdigest.bot.ingest..",
                        "dev.newsdigest.bot.chat..", "dev.newsdigest.bot.delivery..", "dev.newsdigest.bot.app..")
                .check(CLASSES);
    }

    /**
     * Storage implements the ports the chat core and delivery own (SubscriptionStore, OutboxStore, ...: adapters
     * depend on ports, as in DESIGN.md's buckpal model), but never reaches up into ingest, the application, the
     * command layer or a chat platform.
     */
    @Test
    void storageNeverDependsOnTheLayersAboveIt() {
        noClasses().that().resideInAPackage("dev.newsdigest.bot.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsdigest.bot.ingest..",
                        "dev.newsdigest.bot.app..", "dev.newsdigest.bot.http..", "dev.newsdigest.bot.chat.command..",
                        "dev.newsdigest.bot.chat.telegram..", "dev.newsdigest.bot.chat.slack..",
                        "dev.newsdigest.bot.chat.console..", "dev.newsdigest.bot.chat.okhttp..")
                .check(CLASSES);
    }

    /** The chat core (commands, messages, ports) knows no platform, no database and no delivery mechanics. */
    @Test
    void chatCoreNeverDependsOnPlatformsStorageOrDelivery() {
        noClasses().that().resideInAnyPackage("dev.newsdigest.bot.chat", "dev.newsdigest.bot.chat.message..",
                        "dev.newsdigest.bot.chat.port..", "dev.newsdigest.bot.chat.command..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsdigest.bot.chat.telegram..",
                        "dev.newsdigest.bot.chat.slack..", "dev.newsdigest.bot.chat.console..",
                        "dev.newsdigest.bot.storage..", "dev.newsdigest.bot.delivery..", "dev.newsdigest.bot.http..")
                .check(CLASSES);
    }

    /** Delivery talks to chats only through the ChatGateway port and to the database only through its ports. */
    @Test
    void deliveryNeverDependsOnPlatformsOrStorage() {
        noClasses().that().resideInAPackage("dev.newsdigest.bot.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsdigest.bot.chat.telegram..",
                        "dev.newsdigest.bot.chat.slack..", "dev.newsdigest.bot.chat.console..",
                        "dev.newsdigest.bot.storage..", "dev.newsdigest.bot.app..")
                .check(CLASSES);
    }

    /** Each platform adapter stands alone: Telegram code never uses Slack code and the other way round. */
    @Test
    void platformAdaptersAreIndependent() {
        noClasses().that().resideInAPackage("dev.newsdigest.bot.chat.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsdigest.bot.chat.slack..",
                        "dev.newsdigest.bot.chat.console..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.newsdigest.bot.chat.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsdigest.bot.chat.telegram..",
                        "dev.newsdigest.bot.chat.console..")
                .check(CLASSES);
    }

    @Test
    void configNeverDependsOnStorage() {
        noClasses().that().resideInAPackage("dev.newsdigest.bot.config..")
                .should().dependOnClassesThat().resideInAPackage("dev.newsdigest.bot.storage..")
                .check(CLASSES);
    }
}
