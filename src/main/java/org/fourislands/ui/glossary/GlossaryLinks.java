package org.fourislands.ui.glossary;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.fourislands.core.model.GlossaryEntry;
import org.fourislands.core.query.GlossaryIndex;
import org.fourislands.ui.state.ExplorerState;

/**
 * Running text with its glossary terms as links: hovering one shows the definition, clicking it
 * opens the entry in the glossary view (through the shared state, never the view itself).
 */
public final class GlossaryLinks {

    private GlossaryLinks() {}

    /** {@code text} (already rendered) as a flow of words and glossary links, each styled {@code styleClass}. */
    public static TextFlow linkedText(ExplorerState state, String text, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll("linked-text", styleClass);
        GlossaryIndex index = state.glossaryIndex();
        int at = 0;
        if (index != null) {
            for (GlossaryIndex.TermMatch match : index.findTerms(text)) {
                if (match.start() > at) {
                    flow.getChildren().add(plain(text.substring(at, match.start())));
                }
                flow.getChildren().add(link(state, text.substring(match.start(), match.end()), match.entry()));
                at = match.end();
            }
        }
        if (at < text.length()) {
            flow.getChildren().add(plain(text.substring(at)));
        }
        flow.setAccessibleText(text);
        return flow;
    }

    private static Text plain(String text) {
        Text node = new Text(text);
        node.getStyleClass().add("flow-text");
        return node;
    }

    private static Hyperlink link(ExplorerState state, String text, GlossaryEntry entry) {
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add("glossary-link");
        Tooltip definition = new Tooltip(entry.term() + ": " + state.render(entry.definition()));
        definition.setWrapText(true);
        definition.setMaxWidth(420);
        definition.setShowDelay(Duration.millis(300));
        definition.setShowDuration(Duration.INDEFINITE);
        link.setTooltip(definition);
        link.setAccessibleHelp("Glossary: " + entry.term() + ". Press to open it in the glossary.");
        link.setOnAction(a -> state.showGlossaryEntry(entry));
        return link;
    }
}
