package org.fourislands.ui.glossary;

import static org.fourislands.ui.common.Texts.heading;
import static org.fourislands.ui.common.Texts.paragraph;
import static org.fourislands.ui.common.Texts.styled;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.GlossaryEntry;
import org.fourislands.ui.common.SearchableList;
import org.fourislands.ui.common.SourceLinks;
import org.fourislands.ui.state.ExplorerState;

/**
 * The glossary: a search field (ignoring case and accents), the terms, and the selected term's
 * definition with its other names, sources, related terms and events. Shows the shared state's
 * selected glossary entry, so a glossary link anywhere opens its entry here.
 */
public final class GlossaryView extends SearchableList<GlossaryEntry> {

    public GlossaryView(ExplorerState state, Consumer<String> linkOpener) {
        this(state, new SourceLinks(state, linkOpener));
    }

    private GlossaryView(ExplorerState state, SourceLinks links) {
        super("glossary", "glossary", state.selectedGlossaryEntryProperty(),
                query -> state.glossaryIndex() == null ? List.of() : state.glossaryIndex().search(query),
                GlossaryEntry::term,
                (entry, pane) -> describe(state, links, entry, pane));
        state.datasetProperty().addListener(obs -> refresh());
        state.namingProperty().addListener(obs -> refresh());
        state.scriptProperty().addListener(obs -> refresh());
    }

    private static void describe(ExplorerState state, SourceLinks links, GlossaryEntry entry, VBox pane) {
        Dataset dataset = state.getDataset();
        Label term = styled(new Label(entry.term()), "detail-title");
        term.setId("glossary-term");
        term.setWrapText(true);
        pane.getChildren().add(term);
        if (!entry.aliases().isEmpty()) {
            pane.getChildren().add(paragraph("Also: " + String.join(" · ", entry.aliases()), "detail-meta"));
        }
        Label definition = paragraph(state.render(entry.definition()), "detail-summary");
        definition.setId("glossary-definition");
        pane.getChildren().add(definition);
        if (!entry.sources().isEmpty()) {
            pane.getChildren().add(heading("Sources"));
            for (Citation citation : entry.sources()) {
                pane.getChildren().add(links.citation(citation));
            }
        }
        List<GlossaryEntry> related = entry.relatedIds().stream()
                .flatMap(id -> dataset.glossary().stream().filter(g -> g.id().equals(id)))
                .toList();
        if (!related.isEmpty()) {
            pane.getChildren().add(heading("Related terms"));
            VBox box = styled(new VBox(), "related-terms");
            for (GlossaryEntry other : related) {
                Hyperlink link = new Hyperlink(other.term());
                link.setOnAction(a -> state.showGlossaryEntry(other));
                box.getChildren().add(link);
            }
            pane.getChildren().add(box);
        }
        if (!entry.eventIds().isEmpty()) {
            pane.getChildren().add(heading("Events"));
            VBox box = styled(new VBox(), "related-events");
            entry.eventIds().forEach(id -> dataset.event(id).ifPresent(event -> {
                Hyperlink link = new Hyperlink(event.date().toIso() + " " + state.render(event.title()));
                link.setWrapText(true);
                link.setOnAction(a -> state.showEventDetails(event));
                box.getChildren().add(link);
            }));
            pane.getChildren().add(box);
        }
    }
}
