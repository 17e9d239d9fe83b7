package org.fourislands.core.model;

import org.fourislands.core.time.HistoricalDate;

/** A bibliography entry. {@code url}, when present, is http or https (the validator checks). */
public record Source(
        String id, String author, String title, String publisher, HistoricalDate date, String url, SourceKind kind, String note) {

    /** "Author, Title, Publisher, Year" without the empty parts. */
    public String citationText() {
        StringBuilder text = new StringBuilder();
        if (author != null) {
            text.append(author).append(", ");
        }
        text.append('“').append(title).append('”');
        if (publisher != null) {
            text.append(", ").append(publisher);
        }
        if (date != null) {
            text.append(", ").append(date.year());
        }
        return text.toString();
    }
}
