package org.fourislands.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the core (domain, data, time, status, geometry) free of JavaFX and of the UI above it,
 * and the drawing interface free of JavaFX.
 */
@AnalyzeClasses(packages = "org.fourislands", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] JAVA_FX = {"javafx..", "com.sun.javafx..", "org.controlsfx.."};

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAPackage("org.fourislands.core..")
            .should().dependOnClassesThat().resideInAnyPackage(JAVA_FX)
            .because("the core must load, validate and compute without a screen");

    @ArchTest
    static final ArchRule renderHasNoJavaFx = noClasses().that().resideInAPackage("org.fourislands.render..")
            .should().dependOnClassesThat().resideInAnyPackage(JAVA_FX)
            .because("the renderers draw SVG and PDF exports through Java2D with no screen");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheLayersAboveIt = noClasses().that().resideInAPackage("org.fourislands.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fourislands.ui..", "org.fourislands.app..", "org.fourislands.cli..");

    @ArchTest
    static final ArchRule uiFeaturesDoNotReachIntoTheApp = noClasses().that().resideInAPackage("org.fourislands.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fourislands.app..", "org.fourislands.cli..");
}
