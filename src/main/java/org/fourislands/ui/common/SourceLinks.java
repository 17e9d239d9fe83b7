package org.fourislands.ui.common;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.fourislands.core.data.WebLinks;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Source;
import org.fourislands.ui.state.ExplorerState;

/**
 * Makes every citation a link. A source with a web address opens it in the system browser,
 * through the opener the app passes in; any other scheme ({@code file:}, {@code javascript:}, …)
 * is refused here as well as by the validator, so a dataset built around the loader still cannot
 * open one. A source without an address opens its entry in the bibliography.
 */
public final class SourceLinks {

    private final ExplorerState state;
    private final Consumer<String> opener;

    /** @param opener opens an http(s) address in the system browser */
    public SourceLinks(ExplorerState state, Consumer<String> opener) {
        this.state = state;
        this.opener = opener;
    }

    /** Opens {@code url} if it is an http or https link; returns false, and opens nothing, otherwise. */
    public boolean open(String url) {
        if (url == null || !WebLinks.isWebLink(url)) {
            return false;
        }
        opener.accept(url);
        return true;
    }

    /** A link for a citation: the formatted source and its locator. */
    public Node citation(Citation citation) {
        Source source = state.getDataset() == null ? null : state.getDataset().sourcesById().get(citation.sourceId());
        if (source == null) {
            Label missing = new Label(citation.sourceId());
            missing.getStyleClass().add("source-text");
            return missing;
        }
        String text = source.citationText() + (citation.locator() == null ? "" : ", " + citation.locator());
        return link(source, text);
    }

    /** A link for a bibliography entry, showing {@code text}. */
    public Hyperlink link(Source source, String text) {
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add("source-link");
        link.setWrapText(true);
        link.setMinHeight(Label.USE_PREF_SIZE);
        if (source.url() == null) {
            link.setTooltip(new Tooltip("No web address: show it in the bibliography"));
            link.setOnAction(a -> state.showSource(source));
        } else if (WebLinks.isWebLink(source.url())) {
            link.setTooltip(new Tooltip(source.url()));
            link.setOnAction(a -> open(source.url()));
        } else {
            link.getStyleClass().add("refused-link");
            link.setTooltip(new Tooltip("Not opened: only http and https addresses are opened (" + source.url() + ")"));
            link.setOnAction(a -> state.showSource(source));
        }
        link.setAccessibleHelp(link.getTooltip().getText());
        return link;
    }
}
