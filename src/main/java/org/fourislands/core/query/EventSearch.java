package org.fourislands.core.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Interpretation;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.Quotation;

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

    /** Folds the text of every event of {@code dataset}; {@code names} spells its island tokens. */
    public EventSearch(Dataset dataset, NameResolver names) {
        // Folding is the index's cost, and most of what is folded repeats: every island's
        // spellings and every source's title recur across events, so each is folded once. Text is
        // folded before its tokens are replaced (token ids are lower-case ASCII, which folding
        // keeps), so that plain ASCII text takes the fast path.
        Map<String, String> foldedSpellings = new HashMap<>();
        Function<String, String> foldedSpelling = id -> foldedSpellings.computeIfAbsent(id, key -> {
            String spellings = names.allSpellingsOf(key);
            return spellings == null ? null : fold(spellings);
        });
        Map<String, String> foldedSources = new HashMap<>();
        dataset.sources().forEach(source -> foldedSources.put(source.id(),
                fold(source.title() + ' ' + (source.author() == null ? "" : source.author()))));
        events = dataset.events();
        folded = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            HistoricalEvent event = events.get(i);
            StringBuilder text = new StringBuilder(256);
            text.append(foldWithTokens(event.title(), foldedSpelling)).append('\n').append(foldWithTokens(event.summary(), foldedSpelling));
            for (Quotation quotation : event.quotations()) {
                text.append('\n').append(fold(quotation.text() + ' ' + quotation.speaker()));
            }
            for (Interpretation interpretation : event.interpretations()) {
                text.append('\n').append(fold(interpretation.attribution())).append(' ').append(foldWithTokens(interpretation.text(), foldedSpelling));
            }
            for (Citation citation : event.sources()) {
                String source = foldedSources.get(citation.sourceId());
                if (source != null) {
                    text.append('\n').append(source);
                }
            }
            folded[i] = text.toString();
        }
    }

    private static String foldWithTokens(String text, Function<String, String> foldedSpelling) {
        return NameResolver.replaceTokens(fold(text), foldedSpelling);
    }

    /** Lower case, no accents or macrons: "Kōno" becomes "kono". */
    public static String fold(String text) {
        if (isAscii(text)) {
            // Nothing to decompose or strip.
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
