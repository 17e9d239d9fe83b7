package org.fourislands.core.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The words of the events' folded text (runs of letters and digits with a letter in them), by
 * how many events use each, for suggesting the word a misspelt query word was meant to be
 * ("dules" → "dulles"). Words without a letter are left out: suggesting one year for another
 * would mislead. Immutable and thread-safe.
 */
final class Vocabulary {

    /** Words this long or longer are split text (Japanese runs on without spaces), not words. */
    private static final int LONGEST_WORD = 40;
    private static final int SHORTEST_WORD = 3;

    /** The words a suggestion may be, by length, in alphabetical order (so that equals are settled the same way every time). */
    private final Map<Integer, List<String>> wordsByLength;
    /** How many events use each word, of any length. */
    private final Map<String, Integer> eventsUsing;

    private Vocabulary(Map<Integer, List<String>> wordsByLength, Map<String, Integer> eventsUsing) {
        this.wordsByLength = wordsByLength;
        this.eventsUsing = eventsUsing;
    }

    /** The vocabulary of {@code foldedTexts}, one per event. */
    static Vocabulary of(String[] foldedTexts) {
        Map<String, int[]> eventsUsing = new HashMap<>();
        for (String text : foldedTexts) {
            Set<String> seenInEvent = new HashSet<>();
            int length = text.length();
            int i = 0;
            while (i < length) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                boolean hasLetter = false;
                while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                    hasLetter |= Character.isLetter(text.charAt(i));
                    i++;
                }
                if (hasLetter) {
                    String word = text.substring(start, i);
                    if (seenInEvent.add(word)) {
                        eventsUsing.computeIfAbsent(word, w -> new int[1])[0]++;
                    }
                }
            }
        }
        Map<String, Integer> uses = new HashMap<>();
        Map<Integer, List<String>> byLength = new HashMap<>();
        eventsUsing.forEach((word, count) -> {
            uses.put(word, count[0]);
            if (word.length() >= SHORTEST_WORD && word.length() < LONGEST_WORD) {
                byLength.computeIfAbsent(word.length(), n -> new ArrayList<>()).add(word);
            }
        });
        byLength.replaceAll((n, words) -> words.stream().sorted().toList());
        return new Vocabulary(Map.copyOf(byLength), Map.copyOf(uses));
    }

    /**
     * True when some event's text contains {@code letters}, a run of letters and digits: such a
     * run lies inside one word. Much faster than searching the texts when events repeat their
     * words, as 100,000 do.
     */
    boolean hasWordContaining(String letters) {
        for (String word : eventsUsing.keySet()) {
            if (word.contains(letters)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} is a run of letters and digits with a letter: what this vocabulary holds. */
    static boolean isWordLike(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isLetterOrDigit) && text.chars().anyMatch(Character::isLetter);
    }

    /**
     * The word fewest edits away from the folded {@code word} (letters inserted, deleted or
     * changed); null when none is close enough. Short words allow fewer edits: one edit turns
     * most three-letter words into many others. Among words as close, one that starts with the
     * same letter wins (a slip rarely falls on the first letter: "dules" is "dulles", not
     * "rules"), then the one more events use.
     */
    String closestTo(String word) {
        int allowed = allowedEdits(word.length());
        if (allowed == 0 || word.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        String closest = null;
        int closestRank = Integer.MAX_VALUE;
        for (int length = word.length() - allowed; length <= word.length() + allowed; length++) {
            for (String candidate : wordsByLength.getOrDefault(length, List.of())) {
                int edits = distance.apply(word, candidate);
                if (edits < 0) {
                    continue;
                }
                int rank = edits * 2 + (candidate.charAt(0) == word.charAt(0) ? 0 : 1);
                if (rank < closestRank || rank == closestRank && eventsUsing.get(candidate) > eventsUsing.get(closest)) {
                    closest = candidate;
                    closestRank = rank;
                }
            }
        }
        return closest;
    }

    private static int allowedEdits(int length) {
        return length < SHORTEST_WORD ? 0 : length < 5 ? 1 : 2;
    }
}
