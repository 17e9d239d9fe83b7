package org.fourislands.core.model;

import java.util.List;

/** A term a student meets in the sources, with its definition and sources. */
public record GlossaryEntry(
        String id, String term, List<String> aliases, String definition, List<Citation> sources, List<String> relatedIds, List<String> eventIds) {

    public GlossaryEntry {
        aliases = List.copyOf(aliases);
        sources = List.copyOf(sources);
        relatedIds = List.copyOf(relatedIds);
        eventIds = List.copyOf(eventIds);
    }
}
