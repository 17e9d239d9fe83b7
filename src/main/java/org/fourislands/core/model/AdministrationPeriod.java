package org.fourislands.core.model;

import org.fourislands.core.time.HistoricalDate;

/**
 * Who administered an island from {@code from} (inclusive) until {@code to} (exclusive; null
 * while it lasts), and the event that began it.
 */
public record AdministrationPeriod(
        String islandId, String administratorId, HistoricalDate from, HistoricalDate to, String beganWithEventId, String note) {}
