package org.fourislands.core.model;

import java.util.Objects;

/**
 * The names of one thing in each convention: a neutral English name, the Japanese name in
 * romaji and in Japanese script, and the Russian name transliterated and in Cyrillic. Any but
 * {@code en} may be absent (null), in which case display falls back to the English name.
 */
public record Names(String en, String jaLatn, String ja, String ruLatn, String ru) {

    public Names {
        Objects.requireNonNull(en, "en");
    }

    public static Names english(String en) {
        return new Names(en, null, null, null, null);
    }

    /** The name to show under a convention, e.g. "Etorofu / Iturup" for {@link NamingConvention#BOTH}. */
    public String display(NamingConvention convention, Script script) {
        String japanese = script == Script.NATIVE ? firstOf(ja, jaLatn) : jaLatn;
        String russian = script == Script.NATIVE ? firstOf(ru, ruLatn) : ruLatn;
        return switch (convention) {
            case JAPANESE -> firstOf(japanese, en);
            case RUSSIAN -> firstOf(russian, en);
            case BOTH -> {
                if (japanese == null && russian == null) {
                    yield en;
                }
                if (japanese == null || russian == null || japanese.equals(russian)) {
                    yield firstOf(japanese, russian);
                }
                yield japanese + " / " + russian;
            }
        };
    }

    /** Every spelling, for search. */
    public String allSpellings() {
        StringBuilder all = new StringBuilder(en);
        for (String name : new String[] {jaLatn, ja, ruLatn, ru}) {
            if (name != null) {
                all.append(' ').append(name);
            }
        }
        return all.toString();
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
