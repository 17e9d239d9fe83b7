package org.fourislands.core.time;

/** How much of a historical date is known: only the year, the month, or the exact day. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY
}
