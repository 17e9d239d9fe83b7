package org.fourislands.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Source;
import org.fourislands.testing.BundledData;
import org.fourislands.ui.state.ExplorerState;
import org.fourislands.ui.state.StudyPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The UI opens only http and https links, even for a dataset that reached it without the
 * validator (which refuses other schemes too: see the malformed fixtures 40 and 41).
 */
@ExtendWith(ApplicationExtension.class)
class SourceLinksTest {

    private final List<String> opened = new ArrayList<>();
    private final StackPane root = new StackPane();
    private ExplorerState state;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 400, 200));
        stage.show();
    }

    private Hyperlink linkFor(FxRobot robot, String url) {
        Dataset bundled = BundledData.dataset();
        Source source = bundled.sources().getFirst();
        Source tampered = new Source(source.id(), source.author(), source.title(), source.publisher(), source.date(), url, source.kind(), source.note());
        List<Source> sources = new ArrayList<>(bundled.sources());
        sources.set(0, tampered);
        Dataset dataset = new Dataset(bundled.title(), bundled.defaultFrom(), bundled.defaultTo(), bundled.actors(), bundled.islands(),
                bundled.administration(), bundled.claims(), bundled.borders(), bundled.events(), bundled.places(), sources,
                bundled.tours(), bundled.glossary(), bundled.polls());
        Hyperlink[] link = new Hyperlink[1];
        robot.interact(() -> {
            state = new ExplorerState();
            state.setDataset(dataset);
            link[0] = new SourceLinks(state, opened::add).link(tampered, "the source");
            root.getChildren().setAll(link[0]);
        });
        return link[0];
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "data:text/html,hi"})
    void otherSchemesAreRefused(String url, FxRobot robot) {
        Hyperlink link = linkFor(robot, url);
        robot.clickOn(link);
        assertThat(opened).isEmpty();
        assertThat(link.getStyleClass()).contains("refused-link");
        // Instead, the link shows the entry in the bibliography, where the address can be read.
        assertThat(state.getStudyPanel()).isEqualTo(StudyPanel.SOURCES);
        assertThat(state.getSelectedSource().url()).isEqualTo(url);
    }

    @Test
    void webLinksOpenThroughTheAppsOpener(FxRobot robot) {
        Hyperlink link = linkFor(robot, "https://www.mofa.go.jp/region/europe/russia/territory/");
        robot.clickOn(link);
        assertThat(opened).containsExactly("https://www.mofa.go.jp/region/europe/russia/territory/");
    }

    @Test
    void openRefusesDirectlyToo(FxRobot robot) {
        linkFor(robot, "https://example.org/");
        SourceLinks links = new SourceLinks(state, opened::add);
        assertThat(links.open("javascript:alert(1)")).isFalse();
        assertThat(links.open("file:/etc/passwd")).isFalse();
        assertThat(opened).isEmpty();
    }
}
