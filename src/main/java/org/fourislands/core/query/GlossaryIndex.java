package org.fourislands.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.GlossaryEntry;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.Names;

/**
 * Searches the glossary and finds its terms in running text. Like {@link EventSearch} it ignores
 * case, accents and macrons ("hoppo ryodo" finds Hoppō Ryōdo). Immutable and thread-safe.
 */
public final class GlossaryIndex {

    /** Names shorter than this are never linked in running text: too many false hits. */
    private static final int MIN_LINKED_LENGTH = 3;

    /** Where a glossary term or alias occurs in a text: {@code text.substring(start, end)}. */
    public record TermMatch(int start, int end, GlossaryEntry entry) {}

    private record Name(String folded, GlossaryEntry entry) {}

    private final List<GlossaryEntry> entries;
    private final List<String> foldedNames;
    private final List<String> foldedTexts;
    private final List<Name> names = new ArrayList<>();
    /** Every island's and place's names as the app renders them, each side and "Habomai / Khabomai". */
    private final List<String> placeNames = new ArrayList<>();
    /** The "A / B" names of both conventions, as their two sides. */
    private final List<String[]> placeNamePairs = new ArrayList<>();

    public GlossaryIndex(Dataset dataset) {
        NameResolver resolver = new NameResolver(dataset);
        entries = dataset.glossary().stream().sorted(Comparator.comparing(GlossaryIndex::sortKey)).toList();
        foldedNames = new ArrayList<>(entries.size());
        foldedTexts = new ArrayList<>(entries.size());
        for (GlossaryEntry entry : entries) {
            String allNames = entry.term() + "\n" + String.join("\n", entry.aliases());
            foldedNames.add(EventSearch.fold(allNames));
            foldedTexts.add(EventSearch.fold(allNames + "\n" + resolver.renderAllSpellings(entry.definition())));
            for (String name : listOf(entry.term(), entry.aliases())) {
                String folded = EventSearch.fold(name);
                if (folded.length() >= MIN_LINKED_LENGTH) {
                    names.add(new Name(folded, entry));
                }
            }
        }
        dataset.islands().forEach(island -> addPlaceNames(island.names()));
        dataset.places().forEach(place -> addPlaceNames(place.names()));
    }

    private void addPlaceNames(Names n) {
        for (String part : n.en().split(" / ")) {
            placeNames.add(part);
        }
        for (String name : new String[] {n.jaLatn(), n.ja(), n.ruLatn(), n.ru()}) {
            if (name != null) {
                placeNames.add(name);
            }
        }
        addPair(n.jaLatn(), n.ruLatn());
        addPair(n.ja(), n.ru());
    }

    private void addPair(String japanese, String russian) {
        if (japanese != null && russian != null && !japanese.equals(russian)) {
            placeNamePairs.add(new String[] {japanese, russian});
            placeNames.add(japanese + " / " + russian);
        }
    }

    private static List<String> listOf(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Orders "Two plus alpha" (in quotes) among the T's, ignoring case and accents. */
    private static String sortKey(GlossaryEntry entry) {
        return EventSearch.fold(entry.term()).replaceFirst("^[^\\p{L}\\p{N}]+", "");
    }

    /** Every entry, alphabetically by term. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /**
     * Entries containing every word of {@code query} in their term, aliases or definition: those
     * matching by name first, then those matching by definition, each alphabetical. A blank query
     * returns every entry.
     */
    public List<GlossaryEntry> search(String query) {
        String[] words = EventSearch.wordsOf(query);
        if (words.length == 0) {
            return entries;
        }
        List<GlossaryEntry> byName = new ArrayList<>();
        List<GlossaryEntry> byDefinition = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (EventSearch.containsAll(foldedNames.get(i), words)) {
                byName.add(entries.get(i));
            } else if (EventSearch.containsAll(foldedTexts.get(i), words)) {
                byDefinition.add(entries.get(i));
            }
        }
        byName.addAll(byDefinition);
        return byName;
    }

    /**
     * The first occurrence of each glossary entry in {@code text}, by its term or any alias,
     * as whole words, ignoring case and accents; the longest name wins where names overlap
     * ("Northern Territories Day" over "Northern Territories"). In text order, never overlapping.
     */
    public List<TermMatch> findTerms(String text) {
        FoldedText folded = FoldedText.of(text);
        List<TermMatch> candidates = new ArrayList<>();
        for (Name name : names) {
            int from = 0;
            int at;
            while ((at = folded.text().indexOf(name.folded(), from)) >= 0) {
                int end = at + name.folded().length();
                if (folded.isWordBoundary(at) && folded.isWordBoundary(end)) {
                    TermMatch whole = wholeName(text, new TermMatch(folded.originalStart(at), folded.originalEnd(end - 1), name.entry()));
                    if (whole != null) {
                        candidates.add(whole);
                    }
                }
                from = at + 1;
            }
        }
        candidates.sort(Comparator.comparingInt(TermMatch::start).thenComparing(m -> m.start() - m.end()));
        List<TermMatch> chosen = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        int covered = 0;
        for (TermMatch match : candidates) {
            if (match.start() >= covered && linked.add(match.entry().id())) {
                chosen.add(match);
                covered = match.end();
            }
        }
        return chosen;
    }

    /**
     * A link never cuts an island's or place's name as the app renders it: a match that is one
     * side of "Habomai / Khabomai" takes in the whole name, and one inside a longer name, such as
     * 樺太 in 北樺太 (Kita-Karafuto), is no match (null).
     */
    private TermMatch wholeName(String text, TermMatch match) {
        int length = match.end() - match.start();
        for (String[] pair : placeNamePairs) {
            String both = pair[0] + " / " + pair[1];
            if (length == pair[0].length() && text.regionMatches(true, match.start(), both, 0, both.length())) {
                return new TermMatch(match.start(), match.start() + both.length(), match.entry());
            }
            int start = match.end() - both.length();
            if (length == pair[1].length() && start >= 0 && text.regionMatches(true, start, both, 0, both.length())) {
                return new TermMatch(start, match.end(), match.entry());
            }
        }
        for (String name : placeNames) {
            if (name.length() <= length) {
                continue;
            }
            int from = Math.max(0, match.end() - name.length());
            int to = Math.min(match.start(), text.length() - name.length());
            for (int at = from; at <= to; at++) {
                if (text.regionMatches(true, at, name, 0, name.length()) && isWholeWord(text, at, at + name.length())) {
                    return null;
                }
            }
        }
        return match;
    }

    /** Whether {@code text.substring(start, end)} stands as a word of its own (always, in scripts without spaces). */
    private static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !FoldedText.joins(text.charAt(start - 1), text.charAt(start)))
                && (end == text.length() || !FoldedText.joins(text.charAt(end - 1), text.charAt(end)));
    }

    /** A text folded code point by code point, remembering where each folded char came from. */
    private record FoldedText(String text, int[] starts, int[] ends) {

        static FoldedText of(String original) {
            StringBuilder folded = new StringBuilder(original.length());
            int[] starts = new int[original.length() * 2 + 1];
            int[] ends = new int[original.length() * 2 + 1];
            int i = 0;
            while (i < original.length()) {
                int codePoint = original.codePointAt(i);
                int next = i + Character.charCount(codePoint);
                String piece = EventSearch.fold(original.substring(i, next));
                for (int k = 0; k < piece.length(); k++) {
                    if (folded.length() >= starts.length) {
                        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[folded.length()] = i;
                    ends[folded.length()] = next;
                    folded.append(piece.charAt(k));
                }
                i = next;
            }
            return new FoldedText(folded.toString(), starts, ends);
        }

        int originalStart(int foldedIndex) {
            return starts[foldedIndex];
        }

        int originalEnd(int foldedIndex) {
            return ends[foldedIndex];
        }

        /**
         * True between two chars that are not both parts of a word; scripts without spaces always
         * break. A hyphen between letters joins them into one word: Karafuto is not a word of
         * Minami-Karafuto, nor tōmin of moto-tōmin.
         */
        boolean isWordBoundary(int index) {
            if (index <= 0 || index >= text.length()) {
                return true;
            }
            char before = text.charAt(index - 1);
            char after = text.charAt(index);
            if (before == '-' && index >= 2) {
                return !(isWordChar(text.charAt(index - 2)) && isWordChar(after));
            }
            if (after == '-' && index + 1 < text.length()) {
                return !(isWordChar(before) && isWordChar(text.charAt(index + 1)));
            }
            return !joins(before, after);
        }

        /** Whether two neighbouring chars are parts of one word. */
        static boolean joins(char before, char after) {
            return isWordChar(before) && isWordChar(after);
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) && !Character.isIdeographic(c)
                    && Character.UnicodeBlock.of(c) != Character.UnicodeBlock.HIRAGANA
                    && Character.UnicodeBlock.of(c) != Character.UnicodeBlock.KATAKANA;
        }
    }
}
