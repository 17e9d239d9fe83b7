package org.fourislands.ui.sources;

import static org.fourislands.ui.common.Texts.heading;
import static org.fourislands.ui.common.Texts.paragraph;
import static org.fourislands.ui.common.Texts.styled;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Source;
import org.fourislands.core.query.Bibliography;
import org.fourislands.core.query.EventSearch;
import org.fourislands.ui.common.SearchableList;
import org.fourislands.ui.common.SourceLinks;
import org.fourislands.ui.state.ExplorerState;

/**
 * The bibliography: every source of the dataset, searchable, and for the selected one its full
 * reference, its web address (opened only if http or https) and the events that cite it;
 * clicking an event selects it and shows its details.
 */
public final class BibliographyView extends SearchableList<Bibliography.Entry> {

    public BibliographyView(ExplorerState state, Consumer<String> linkOpener) {
        this(state, new SourceLinks(state, linkOpener), new SimpleObjectProperty<>());
    }

    private BibliographyView(ExplorerState state, SourceLinks links, ObjectProperty<Bibliography.Entry> selectedEntry) {
        super("bibliography", "sources", selectedEntry,
                query -> search(state.bibliography(), query),
                entry -> entry.source().citationText() + "  (" + count(entry.citingEvents().size()) + ")",
                (entry, pane) -> describe(state, links, entry, pane));
        // The list's selection is an entry; the shared state's is its source. Keep them in step.
        selectedEntry.addListener((obs, old, entry) -> {
            if (entry != null && entry.source() != state.getSelectedSource()) {
                state.selectedSourceProperty().set(entry.source());
            }
        });
        state.selectedSourceProperty().addListener((obs, old, source) -> selectedEntry.set(entryOf(state, source)));
        state.datasetProperty().addListener(obs -> refresh());
        selectedEntry.set(entryOf(state, state.getSelectedSource()));
    }

    private static Bibliography.Entry entryOf(ExplorerState state, Source source) {
        return source == null || state.bibliography() == null ? null : state.bibliography().entry(source.id());
    }

    private static List<Bibliography.Entry> search(Bibliography bibliography, String query) {
        if (bibliography == null) {
            return List.of();
        }
        String[] words = EventSearch.wordsOf(query);
        return bibliography.entries().stream()
                .filter(entry -> EventSearch.containsAll(EventSearch.fold(entry.source().citationText() + " " + entry.source().kind()), words))
                .toList();
    }

    private static String count(int events) {
        return events == 1 ? "1 event" : events + " events";
    }

    private static void describe(ExplorerState state, SourceLinks links, Bibliography.Entry entry, VBox pane) {
        Source source = entry.source();
        Label title = paragraph(source.citationText(), "bibliography-title");
        title.setId("bibliography-title");
        pane.getChildren().add(title);
        pane.getChildren().add(paragraph(source.kind().toString().toLowerCase(java.util.Locale.ROOT)
                + (source.date() == null ? "" : " · " + source.date().toDisplayText()), "detail-meta"));
        if (source.url() != null) {
            pane.getChildren().add(links.link(source, source.url()));
        }
        if (source.note() != null) {
            pane.getChildren().add(paragraph(source.note(), "detail-facts"));
        }
        pane.getChildren().add(heading("Cited by " + count(entry.citingEvents().size())));
        VBox events = styled(new VBox(), "related-events");
        events.setId("bibliography-events");
        for (HistoricalEvent event : entry.citingEvents()) {
            Hyperlink link = new Hyperlink(event.date().toIso() + " " + state.render(event.title()));
            link.setWrapText(true);
            link.setOnAction(a -> state.showEventDetails(event));
            events.getChildren().add(link);
        }
        pane.getChildren().add(events);
    }
}
