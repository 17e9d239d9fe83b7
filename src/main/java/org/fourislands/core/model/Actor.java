package org.fourislands.core.model;

import org.fourislands.core.time.HistoricalDate;

/** A state or party in the story: Japan, the Russian Empire, the USSR, the United States, … */
public record Actor(String id, Names names, String kind, ColourRole colourRole, HistoricalDate from, HistoricalDate to) {}
