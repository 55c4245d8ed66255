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
    void storageAndConfigNeverDependOnTheLayersAboveThem() {
        noClasses().that().resideInAnyPackage("dev.newsdigest.bot.storage..", "dev.newsdigest.bot.config..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsdigest.bot.ingest..",
                        "dev.newsdigest.bot.chat..", "dev.newsdigest.bot.delivery..", "dev.newsdigest.bot.app..")
                .check(CLASSES);
    }

    @Test
    void configNeverDependsOnStorage() {
        noClasses().that().resideInAPackage("dev.newsdigest.bot.config..")
                .should().dependOnClassesThat().resideInAPackage("dev.newsdigest.bot.storage..")
                .check(CLASSES);
    }
}
