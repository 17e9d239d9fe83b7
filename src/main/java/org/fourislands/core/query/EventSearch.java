package org.fourislands.core.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Interpretation;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.Quotation;
import org.fourislands.core.model.Source;

/**
 * Full-text search over event titles, summaries, quotations, interpretations and source titles.
 * Case-insensitive and blind to accents and macrons, so "kono" finds Kōno and "showa" Shōwa;
 * island tokens match every spelling of the island. The text is folded once when the index is
 * built. Immutable and thread-safe.
 */
public final class EventSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<HistoricalEvent> events;
    private final String[] folded;

    public EventSearch(Dataset dataset) {
        NameResolver names = new NameResolver(dataset);
        Map<String, Source> sources = dataset.sourcesById();
        events = dataset.events();
        folded = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            HistoricalEvent event = events.get(i);
            StringBuilder text = new StringBuilder(512);
            text.append(names.renderAllSpellings(event.title())).append('\n').append(names.renderAllSpellings(event.summary()));
            for (Quotation quotation : event.quotations()) {
                text.append('\n').append(quotation.text()).append(' ').append(quotation.speaker());
            }
            for (Interpretation interpretation : event.interpretations()) {
                text.append('\n').append(interpretation.attribution()).append(' ').append(names.renderAllSpellings(interpretation.text()));
            }
            for (Citation citation : event.sources()) {
                Source source = sources.get(citation.sourceId());
                if (source != null) {
                    text.append('\n').append(source.title()).append(' ').append(source.author() == null ? "" : source.author());
                }
            }
            folded[i] = fold(text.toString());
        }
    }

    /** Lower case, no accents or macrons: "Kōno" becomes "kono". */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Events containing every word of {@code query}, in date order; empty for a blank query. */
    public List<HistoricalEvent> search(String query) {
        String[] words = fold(query).trim().split("\\s+");
        List<HistoricalEvent> found = new ArrayList<>();
        if (words.length == 0 || words[0].isEmpty()) {
            return found;
        }
        for (int i = 0; i < events.size(); i++) {
            boolean all = true;
            for (String word : words) {
                if (!folded[i].contains(word)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                found.add(events.get(i));
            }
        }
        return found;
    }
}
