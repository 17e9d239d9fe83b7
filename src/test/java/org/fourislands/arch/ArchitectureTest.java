package org.fourislands.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the core (domain, data, time, status, geometry) free of JavaFX and of the UI above it. */
@AnalyzeClasses(packages = "org.fourislands", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAPackage("org.fourislands.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
            .because("the core must load, validate and compute without a screen");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheLayersAboveIt = noClasses().that().resideInAPackage("org.fourislands.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fourislands.ui..", "org.fourislands.app..", "org.fourislands.cli..");

    @ArchTest
    static final ArchRule uiFeaturesDoNotReachIntoTheApp = noClasses().that().resideInAPackage("org.fourislands.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fourislands.app..", "org.fourislands.cli..");
}
