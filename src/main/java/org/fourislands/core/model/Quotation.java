package org.fourislands.core.model;

import org.fourislands.core.time.HistoricalDate;

/** Words someone said or wrote, verbatim, with who said them and where they are recorded. */
public record Quotation(String text, String speaker, HistoricalDate date, String context, Citation source) {}
