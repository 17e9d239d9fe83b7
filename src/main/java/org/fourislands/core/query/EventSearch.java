package org.fourislands.core.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Interpretation;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.Names;
import org.fourislands.core.model.Quotation;

/**
 * Full-text search over event titles, summaries, quotations, interpretations and source titles.
 * Case-insensitive and blind to accents and macrons, so "kono" finds Kōno and "showa" Shōwa;
 * island tokens match every spelling of the island, and a one-word spelling of an island or
 * place in the query finds its other spellings too ("Khabomai" finds a quotation's "Habomai").
 * The text is folded once when the index is built. Immutable and thread-safe.
 */
public final class EventSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<HistoricalEvent> events;
    private final String[] folded;
    /**
     * Each one-word spelling of an island or place, folded, with every such spelling of the same
     * island or place: a quotation spells "Habomai" as its speaker did, and a student searching
     * for "Khabomai" or "Хабомаи" means the same islets.
     */
    private final Map<String, String[]> spellingsOf = new HashMap<>();
    /**
     * The words of the events, for suggestions: built the first time a query finds nothing, since
     * most sessions never need it. Two threads may both build it; either result is the same.
     */
    private volatile Vocabulary vocabulary;

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
        dataset.islands().forEach(island -> addSpellings(island.names()));
        dataset.places().forEach(place -> addSpellings(place.names()));
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

    /** Makes each one-word spelling in {@code names} stand for all of them (merged with any other name it already stands in). */
    private void addSpellings(Names names) {
        Set<String> spellings = new LinkedHashSet<>();
        for (String spelling : new String[] {names.jaLatn(), names.ja(), names.ruLatn(), names.ru()}) {
            String word = spelling == null ? "" : fold(spelling).strip();
            if (!word.isEmpty() && word.chars().noneMatch(Character::isWhitespace)) {
                spellings.add(word);
            }
        }
        if (spellings.size() < 2) {
            return;
        }
        for (String spelling : List.copyOf(spellings)) {
            String[] already = spellingsOf.get(spelling);
            if (already != null) {
                spellings.addAll(Arrays.asList(already));
            }
        }
        // A spelling that contains another adds no match ("kunashiri" holds "kunashir"), only a scan.
        String[] fewest = spellings.stream()
                .filter(spelling -> spellings.stream().noneMatch(other -> !other.equals(spelling) && spelling.contains(other)))
                .toArray(String[]::new);
        for (String spelling : spellings) {
            spellingsOf.put(spelling, fewest);
        }
    }

    /**
     * The words of a query, each with the spellings it stands for (itself alone for most words).
     * The spelling inside the word as typed comes first: most texts that match have it, and each
     * spelling tried before the one a text has is a scan of the whole text.
     */
    private String[][] spellingGroups(String[] words) {
        String[][] groups = new String[words.length][];
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String[] spellings = spellingsOf.get(word);
            if (spellings == null) {
                groups[i] = new String[] {word};
            } else {
                groups[i] = spellings.clone();
                Arrays.sort(groups[i], Comparator.comparing((String spelling) -> !word.contains(spelling)));
            }
        }
        return groups;
    }

    private static String foldWithTokens(String text, Function<String, String> foldedSpelling) {
        return NameResolver.replaceTokens(fold(text), foldedSpelling);
    }

    /**
     * Lower case, no accents or macrons: "Kōno" becomes "kono". Compatibility forms fold too
     * (NFKD): a Japanese input method's full-width "ｄｕｌｌｅｓ" and ideographic space, and a
     * no-break space pasted from a web page, become plain letters and spaces.
     */
    public static String fold(String text) {
        if (isAscii(text)) {
            // Nothing to decompose or strip.
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
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
        return search(query, null).events();
    }

    /**
     * The same search, made faster while a query is typed: when {@code query} only narrows
     * {@code previous} (each of its words lies inside one of the new words: "dul" then "dulles"),
     * what it finds is among what {@code previous} found, so only those events are searched.
     * {@code previous} may be null, or from another index, and is then ignored.
     */
    public Results search(String query, Results previous) {
        String[] words = wordsOf(query);
        if (words.length == 0) {
            return new Results(this, new String[0][], new int[0], List.of(), 0);
        }
        String[][] groups = spellingGroups(words);
        boolean narrowing = previous != null && previous.index == this && narrows(groups, previous.groups);
        int candidates = narrowing ? previous.matches.length : events.size();
        int[] matches = new int[candidates];
        int count = 0;
        for (int c = 0; c < candidates; c++) {
            int i = narrowing ? previous.matches[c] : c;
            if (containsOneOfEach(folded[i], groups)) {
                matches[count++] = i;
            }
        }
        List<HistoricalEvent> found = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            found.add(events.get(matches[m]));
        }
        return new Results(this, groups, Arrays.copyOf(matches, count), Collections.unmodifiableList(found), candidates);
    }

    /**
     * A query like {@code query} that finds events, with each misspelt word (one no event
     * contains) replaced by the nearest word the events use: "dules" gives "dulles", and
     * "dules okinwa" gives "dulles okinawa". Null when {@code query} finds events, when a
     * misspelt word is too far from every word, or when the words are each found but never
     * together.
     */
    public String suggestionFor(String query) {
        String[] words = wordsOf(query);
        String[] suggested = new String[words.length];
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (isUsed(word)) {
                suggested[i] = word;
            } else {
                suggested[i] = vocabulary().closestTo(word);
                if (suggested[i] == null) {
                    return null;
                }
                changed = true;
            }
        }
        String suggestion = String.join(" ", suggested);
        return changed && !search(suggestion).isEmpty() ? suggestion : null;
    }

    /** True when some event's text contains the folded {@code word}, or one of its other spellings. */
    private boolean isUsed(String word) {
        for (String spelling : spellingGroups(new String[] {word})[0]) {
            if (Vocabulary.isWordLike(spelling) ? vocabulary().hasWordContaining(spelling) : anyTextContains(spelling)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyTextContains(String text) {
        for (String eventText : folded) {
            if (eventText.contains(text)) {
                return true;
            }
        }
        return false;
    }

    private Vocabulary vocabulary() {
        Vocabulary built = vocabulary;
        if (built == null) {
            built = Vocabulary.of(folded);
            vocabulary = built;
        }
        return built;
    }

    /**
     * True when no new match can be outside the earlier ones: each earlier word (with its other
     * spellings) has a new word every spelling of which contains one of them. "dul" then "dulles"
     * narrows, and so does "kunashir" then "kunashir t"; "etor" then "etorofu", which also finds
     * "Iturup", does not.
     */
    private static boolean narrows(String[][] groups, String[][] earlier) {
        if (earlier.length == 0) {
            return false;
        }
        for (String[] old : earlier) {
            boolean inside = false;
            for (String[] spellings : groups) {
                if (Arrays.stream(spellings).allMatch(spelling -> Arrays.stream(old).anyMatch(spelling::contains))) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /** True when the folded {@code text} contains one spelling of each group. */
    private static boolean containsOneOfEach(String text, String[][] groups) {
        for (String[] spellings : groups) {
            boolean found = false;
            for (String spelling : spellings) {
                if (text.contains(spelling)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The words of a query, folded; none for a blank or null query. Every search of the app splits its query so. */
    public static String[] wordsOf(String query) {
        String folded = query == null ? "" : fold(query).strip();
        return folded.isEmpty() ? new String[0] : folded.split("\\s+");
    }

    /** True when the folded {@code text} contains each of {@code words} (from {@link #wordsOf}); true for none. */
    public static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** What one search found, in date order, and what the next search needs to narrow it. */
    public static final class Results {
        private final EventSearch index;
        private final String[][] groups;
        private final int[] matches;
        private final List<HistoricalEvent> events;
        private final int searched;

        private Results(EventSearch index, String[][] groups, int[] matches, List<HistoricalEvent> events, int searched) {
            this.index = index;
            this.groups = groups;
            this.matches = matches;
            this.events = events;
            this.searched = searched;
        }

        public List<HistoricalEvent> events() {
            return events;
        }

        /** How many events this search looked at: all of them, or what the search it narrowed found. */
        int searched() {
            return searched;
        }
    }
}
