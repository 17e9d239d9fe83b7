package org.fourislands.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import org.fourislands.core.data.Credits;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** The About box credits the coastlines and the font, and carries their licence texts. */
@ExtendWith(ExplorerExtension.class)
class AboutBoxTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    @Test
    void itNamesTheIslandsInTheChosenConventionAndReadsEveryLicence(FxRobot robot) {
        Alert[] about = new Alert[1];
        robot.interact(() -> {
            harness.window.state().setNaming(NamingConvention.RUSSIAN);
            about[0] = AboutBox.create(harness.window.getScene().getWindow(), harness.window.state());
        });
        assertThat(about[0].getHeaderText()).contains("Iturup, Kunashir, Shikotan and ").doesNotContain("Etorofu", "Kunashiri");
        assertThat(about[0].getContentText()).contains("GSHHG", "LGPL", "Open Font License", "Show Details");

        @SuppressWarnings("unchecked")
        ComboBox<Credits.Licence> choice = (ComboBox<Credits.Licence>) about[0].getDialogPane().getExpandableContent().lookup("#about-licence");
        TextArea text = (TextArea) about[0].getDialogPane().getExpandableContent().lookup("#about-licence-text");
        // First the licence the application is under, then the list of its libraries.
        assertThat(text.getText()).contains("GNU GENERAL PUBLIC LICENSE", "Version 3");
        robot.interact(() -> choice.getSelectionModel().select(1));
        assertThat(text.getText()).contains("JFreeSVG", "Apache 2.0", "GSHHG");
        for (String heading : new String[] {"GNU LESSER GENERAL PUBLIC LICENSE", "SIL OPEN FONT LICENSE", "Apache License"}) {
            int index = choice.getItems().indexOf(choice.getItems().stream()
                    .filter(licence -> licence.text().contains(heading)).findFirst().orElseThrow());
            robot.interact(() -> choice.getSelectionModel().select(index));
            assertThat(text.getText()).contains(heading);
        }
    }
}
