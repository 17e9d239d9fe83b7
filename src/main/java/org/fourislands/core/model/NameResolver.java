package org.fourislands.core.model;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the {@code {{id}}} tokens in dataset text as island or place names in the reader's
 * naming convention, so that running text takes no side. Thread-safe once built.
 */
public final class NameResolver {

    /** A token naming an island or a place: {@code {{kunashiri-kunashir}}}. */
    public static final Pattern TOKEN = Pattern.compile("\\{\\{([a-z0-9]+(?:-[a-z0-9]+)*)\\}\\}");

    private final Map<String, Names> namesById = new HashMap<>();
    private final Map<String, Names> allSpellingsById = new HashMap<>();

    public NameResolver(Dataset dataset) {
        dataset.places().forEach(place -> {
            // Only the region's own places take a side's name; London stays London in every convention.
            namesById.put(place.id(), isInDisputedRegion(place.position()) ? place.names() : Names.english(place.names().en()));
            allSpellingsById.put(place.id(), place.names());
        });
        dataset.islands().forEach(island -> {
            namesById.put(island.id(), island.names());
            allSpellingsById.put(island.id(), island.names());
        });
    }

    /** The map's region, Hokkaido to Kamchatka: where naming conventions differ. */
    static boolean isInDisputedRegion(GeoPoint point) {
        return point.lon() >= 139 && point.lon() <= 158 && point.lat() >= 41 && point.lat() <= 52;
    }

    /** Replaces every token; an unknown id stays visible as the id itself rather than vanishing. */
    public String render(String text, NamingConvention convention, Script script) {
        return replaceTokens(text, id -> {
            Names names = namesById.get(id);
            return names == null ? null : names.display(convention, script);
        });
    }

    /** Every spelling of every token, for search: "Kunashiri Kunashir 国後島 Кунашир". */
    public String renderAllSpellings(String text) {
        return replaceTokens(text, this::allSpellingsOf);
    }

    /** Every spelling of the island or place {@code id}, or null for an unknown id. */
    public String allSpellingsOf(String id) {
        Names names = allSpellingsById.get(id);
        return names == null ? null : names.allSpellings();
    }

    /**
     * Replaces every token in {@code text} with {@code spelling} of its id, or with the id itself
     * where that gives null. Text without tokens is returned as it is.
     */
    public static String replaceTokens(String text, Function<String, String> spelling) {
        if (text == null || text.indexOf("{{") < 0) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int copied = 0;
        while (m.find()) {
            String id = m.group(1);
            String name = spelling.apply(id);
            out.append(text, copied, m.start()).append(name != null ? name : id);
            copied = m.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Calls {@code action} with the id of every token in {@code text}. */
    public static void forEachToken(String text, Consumer<String> action) {
        if (text == null) {
            return;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            action.accept(m.group(1));
        }
    }
}
