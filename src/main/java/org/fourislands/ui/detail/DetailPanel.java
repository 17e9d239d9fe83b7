package org.fourislands.ui.detail;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Quotation;
import org.fourislands.ui.common.ScrollPanes;
import org.fourislands.ui.common.SourceLinks;
import org.fourislands.ui.common.Texts;
import org.fourislands.ui.glossary.GlossaryLinks;
import org.fourislands.ui.state.ExplorerState;

/**
 * The detail panel for the selected event: date with its precision, category, actors, islands,
 * summary (its glossary terms as links), quotations, attributed interpretations side by side,
 * sources as links, and related events.
 * Rebuilt on selection or naming change only, never per frame.
 */
public final class DetailPanel extends ScrollPane {

    private final ExplorerState state;
    private final SourceLinks links;
    private final VBox content = new VBox();
    /** The panel shows whichever was selected last: the island or the event. */
    private boolean showingIsland;

    /** @param linkOpener opens an http(s) address in the system browser */
    public DetailPanel(ExplorerState state, Consumer<String> linkOpener) {
        this.state = state;
        this.links = new SourceLinks(state, linkOpener);
        getStyleClass().add("detail-panel");
        content.getStyleClass().add("detail-content");
        ScrollPanes.readingPane(this, content);
        setFocusTraversable(true);
        state.selectedEventProperty().addListener((obs, old, event) -> {
            showingIsland = event == null && state.getSelectedIsland() != null;
            rebuild();
        });
        state.selectedIslandProperty().addListener((obs, old, island) -> {
            showingIsland = island != null;
            rebuild();
        });
        state.mapDataProperty().addListener(obs -> rebuild());
        state.namingProperty().addListener(obs -> rebuild());
        state.scriptProperty().addListener(obs -> rebuild());
        state.datasetProperty().addListener(obs -> rebuild());
        state.perspectiveProperty().addListener(obs -> rebuild());
        rebuild();
    }

    private void rebuild() {
        // A link followed from the keyboard or the mouse is rebuilt away with the rest: the focus
        // stays with the panel, not at the window's first control (the Names box).
        if (focusIsInside()) {
            requestFocus();
        }
        content.getChildren().clear();
        if (state.canGoBackProperty().get()) {
            content.getChildren().add(backLink());
        }
        HistoricalEvent event = state.getSelectedEvent();
        Dataset dataset = state.getDataset();
        if (showingIsland && state.getSelectedIsland() != null && dataset != null) {
            new IslandDetail(state, content).build(state.getSelectedIsland());
            setVvalue(0);
            return;
        }
        if (event == null || dataset == null) {
            content.getChildren().add(paragraph("Select an event to read what happened, who said what, and the sources. "
                    + "Click an island on the map to see its names, area, history and events.", "detail-hint"));
            return;
        }
        Label title = styled(new Label(state.render(event.title())), "detail-title");
        title.setId("detail-title");
        content.getChildren().addAll(title, paragraph(dateLine(event), "detail-meta"));

        addFacts(event, dataset);
        content.getChildren().add(GlossaryLinks.linkedText(state, state.render(event.summary()), "detail-summary"));

        if (!event.quotations().isEmpty()) {
            content.getChildren().add(heading("Quotations"));
            for (Quotation quotation : event.quotations()) {
                VBox box = styled(new VBox(), "quotation");
                box.getChildren().add(paragraph("“" + quotation.text() + "”", "quotation-text"));
                String who = "— " + quotation.speaker() + (quotation.date() != null ? ", " + quotation.date().toDisplayText() : "");
                box.getChildren().add(paragraph(who, "quotation-speaker"));
                box.getChildren().add(links.citation(quotation.source()));
                content.getChildren().add(box);
            }
        }
        if (!event.interpretations().isEmpty()) {
            content.getChildren().add(heading("Interpretations, side by side"));
            content.getChildren().add(new PerspectiveColumns(state, event.interpretations(), links));
        }
        content.getChildren().add(heading("Sources"));
        for (Citation citation : event.sources()) {
            content.getChildren().add(links.citation(citation));
        }
        if (!event.relatedEventIds().isEmpty()) {
            content.getChildren().add(heading("Related events"));
            VBox related = styled(new VBox(), "related-events");
            for (String id : event.relatedEventIds()) {
                dataset.event(id).ifPresent(other -> {
                    Hyperlink link = new Hyperlink(other.date().toIso() + " " + state.render(other.title()));
                    link.setWrapText(true);
                    link.setOnAction(a -> state.setSelectedEvent(other));
                    related.getChildren().add(link);
                });
            }
            content.getChildren().add(related);
        }
        setVvalue(0);
    }

    /** "◀ Back" to the event or island read before (Alt+Left), above what the panel reads now. */
    private Hyperlink backLink() {
        Hyperlink back = new Hyperlink("◀ Back");
        back.setId("detail-back");
        back.getStyleClass().add("detail-back");
        back.setTooltip(new javafx.scene.control.Tooltip("Back to the event or island read before (Alt+Left)"));
        back.setOnAction(a -> state.goBack());
        return back;
    }

    private boolean focusIsInside() {
        for (Node node = getScene() == null ? null : getScene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node == content) {
                return true;
            }
        }
        return false;
    }

    private void addFacts(HistoricalEvent event, Dataset dataset) {
        List<String> actors = event.actorIds().stream()
                .map(id -> dataset.actor(id).map(a -> a.names().en()).orElse(id))
                .toList();
        List<String> islands = event.islandIds().stream()
                .map(id -> dataset.island(id).map(i -> i.names().display(state.getNaming(), state.getScript())).orElse(id))
                .toList();
        if (!actors.isEmpty()) {
            content.getChildren().add(paragraph("Actors: " + String.join(", ", actors), "detail-facts"));
        }
        if (!islands.isEmpty()) {
            content.getChildren().add(paragraph("Islands: " + String.join(", ", islands), "detail-facts"));
        }
    }

    private static String dateLine(HistoricalEvent event) {
        String when = event.date().toDisplayText();
        if (event.endDate() != null) {
            when += " – " + event.endDate().toDisplayText();
        }
        String precision = switch (event.date().precision()) {
            case YEAR -> "known to the year";
            case MONTH -> "known to the month";
            case DAY -> "exact day";
        };
        return when + "  ·  " + precision + "  ·  " + event.category().label();
    }

    static Label heading(String text) {
        return Texts.heading(text);
    }

    static Label paragraph(String text, String styleClass) {
        return Texts.paragraph(text, styleClass);
    }

    static <T extends Node> T styled(T node, String styleClass) {
        return Texts.styled(node, styleClass);
    }
}
