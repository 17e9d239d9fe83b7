package org.fourislands.ui.detail;

import static org.fourislands.ui.detail.DetailPanel.heading;
import static org.fourislands.ui.detail.DetailPanel.paragraph;
import static org.fourislands.ui.detail.DetailPanel.styled;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.AdministrationPeriod;
import org.fourislands.core.model.Claim;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.Names;
import org.fourislands.core.status.IslandFacts;
import org.fourislands.ui.state.ExplorerState;

/**
 * The island panel: names in every convention and script, the area computed from the map's
 * polygons, the administration history with the event that began each period, the claims, and
 * every event that touches the island.
 */
final class IslandDetail {

    private final ExplorerState state;
    private final VBox content;
    IslandDetail(ExplorerState state, VBox content) {
        this.state = state;
        this.content = content;
    }

    void build(Island island) {
        Dataset dataset = state.getDataset();
        Label title = styled(new Label(island.names().display(state.getNaming(), state.getScript())), "detail-title");
        title.setId("detail-title");
        content.getChildren().addAll(title, styled(new Label(island.isDisputed() ? "One of the disputed islands" : "Shown for context"),
                "detail-meta"));
        content.getChildren().add(namesGrid(island.names()));

        MapData map = state.getMapData();
        if (map != null) {
            List<String> units = IslandFacts.unitAndIslets(dataset, island.id());
            double area = map.coastline().areaKm2(units);
            Label areaLabel = paragraph(String.format(Locale.ROOT, "Area: %,.1f km² (computed from the GSHHG coastline on an equal-area projection%s)",
                    area, units.size() > 1 ? ", all islets together" : ""), "detail-facts");
            areaLabel.setId("island-area");
            content.getChildren().add(areaLabel);
        }
        if (island.note() != null) {
            content.getChildren().add(paragraph(state.render(island.note()), "detail-summary"));
        }

        content.getChildren().add(heading("Who administered it"));
        for (AdministrationPeriod period : state.getStatusIndex().administrationHistory(island.id())) {
            String who = dataset.actor(period.administratorId()).map(a -> a.names().en()).orElse(period.administratorId());
            String when = period.from().toDisplayText() + " – " + (period.to() == null ? "today" : period.to().toDisplayText());
            VBox row = styled(new VBox(), "history-row");
            row.getChildren().add(paragraph(when + ": " + who, "history-period"));
            dataset.event(period.beganWithEventId()).ifPresent(event -> row.getChildren().add(eventLink("Began with: ", event)));
            content.getChildren().add(row);
        }
        List<Claim> claims = dataset.claims().stream()
                .filter(c -> c.islandId().equals(island.statusUnitId())).toList();
        if (!claims.isEmpty()) {
            content.getChildren().add(heading("Who claimed it"));
            for (Claim claim : claims) {
                String who = dataset.actor(claim.claimantId()).map(a -> a.names().en()).orElse(claim.claimantId());
                String when = claim.from().toDisplayText() + " – " + (claim.to() == null ? "today" : claim.to().toDisplayText());
                content.getChildren().add(paragraph(who + ", " + when + ": " + state.render(claim.basis()), "claim-row"));
            }
        }
        List<HistoricalEvent> events = IslandFacts.eventsTouching(dataset, island.id());
        content.getChildren().add(heading("Events (" + events.size() + ")"));
        for (HistoricalEvent event : events) {
            content.getChildren().add(eventLink(event.date().toIso() + "  ", event));
        }
    }

    private Hyperlink eventLink(String prefix, HistoricalEvent event) {
        Hyperlink link = new Hyperlink(prefix + state.render(event.title()));
        link.getStyleClass().add("event-link");
        link.setWrapText(true);
        link.setOnAction(a -> state.setSelectedEvent(event));
        return link;
    }

    private static GridPane namesGrid(Names names) {
        GridPane grid = styled(new GridPane(), "names-grid");
        String[][] rows = {
            {"English", names.en()},
            {"Japanese", join(names.jaLatn(), names.ja())},
            {"Russian", join(names.ruLatn(), names.ru())},
        };
        for (int r = 0; r < rows.length; r++) {
            grid.add(styled(new Label(rows[r][0]), "names-key"), 0, r);
            grid.add(styled(new Label(rows[r][1]), "names-value"), 1, r);
        }
        return grid;
    }

    private static String join(String latin, String nativeScript) {
        if (latin == null && nativeScript == null) {
            return "—";
        }
        if (latin == null || nativeScript == null) {
            return latin != null ? latin : nativeScript;
        }
        return latin + "  " + nativeScript;
    }
}
