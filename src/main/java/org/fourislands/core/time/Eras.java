package org.fourislands.core.time;

import java.util.List;

/**
 * The era bands under the timeline: Russian and Soviet states, and Japanese imperial eras
 * (gengō). Dates are the standard ones: the Meiji era from 23 October 1868 (8 September 1868 in
 * the old calendar), Taishō from 30 July 1912, Shōwa from 25 December 1926, Heisei from
 * 8 January 1989, Reiwa from 1 May 2019; the USSR from the Union Treaty of 30 December 1922 to
 * 26 December 1991.
 */
public final class Eras {

    /** One band: its label, span (end exclusive, null while it lasts) and which row it is drawn in. */
    public record Era(String label, String nativeLabel, HistoricalDate from, HistoricalDate to, Row row) {}

    /** The two rows of era bands. */
    public enum Row { RUSSIA, JAPAN }

    public static final List<Era> ALL = List.of(
            new Era("Russian Empire", "Российская империя", HistoricalDate.ofYear(1721), HistoricalDate.ofDay(1917, 9, 14), Row.RUSSIA),
            new Era("Revolution and civil war", "Революция", HistoricalDate.ofDay(1917, 9, 14), HistoricalDate.ofDay(1922, 12, 30), Row.RUSSIA),
            new Era("USSR", "СССР", HistoricalDate.ofDay(1922, 12, 30), HistoricalDate.ofDay(1991, 12, 26), Row.RUSSIA),
            new Era("Russian Federation", "Российская Федерация", HistoricalDate.ofDay(1991, 12, 26), null, Row.RUSSIA),
            new Era("Edo (Tokugawa)", "江戸", HistoricalDate.ofYear(1603), HistoricalDate.ofDay(1868, 10, 23), Row.JAPAN),
            new Era("Meiji", "明治", HistoricalDate.ofDay(1868, 10, 23), HistoricalDate.ofDay(1912, 7, 30), Row.JAPAN),
            new Era("Taishō", "大正", HistoricalDate.ofDay(1912, 7, 30), HistoricalDate.ofDay(1926, 12, 25), Row.JAPAN),
            new Era("Shōwa", "昭和", HistoricalDate.ofDay(1926, 12, 25), HistoricalDate.ofDay(1989, 1, 8), Row.JAPAN),
            new Era("Heisei", "平成", HistoricalDate.ofDay(1989, 1, 8), HistoricalDate.ofDay(2019, 5, 1), Row.JAPAN),
            new Era("Reiwa", "令和", HistoricalDate.ofDay(2019, 5, 1), null, Row.JAPAN));

    private Eras() {}
}
