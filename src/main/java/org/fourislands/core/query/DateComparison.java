package org.fourislands.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fourislands.core.model.Actor;
import org.fourislands.core.model.AdministrationPeriod;
import org.fourislands.core.model.Border;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.fourislands.core.status.IslandStatus;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.core.time.HistoricalDate;

/**
 * What changed between two dates: which islands passed to another administering state, which
 * borders came into force or ended, and which events lie between. The two maps of the compare
 * view show the status at the end of each date, as the main map does (decision 0014): "1875" is
 * the map after that year's exchange of Sakhalin for the Kurils. The events listed run from the
 * first day of the earlier date to the last day of the later one, so that comparing "1875" with
 * "1946" includes the treaty of 7 May 1875 and the incorporation of 2 February 1946. Immutable.
 *
 * @param earlier the date that ends first (the order they were given in does not matter): of
 *     "1945" and "1945-08-28", the day
 * @param later the date that ends last
 */
public record DateComparison(
        HistoricalDate earlier,
        HistoricalDate later,
        List<AdministrationChange> administrationChanges,
        List<BorderChange> borderChanges,
        List<HistoricalEvent> eventsBetween) {

    public DateComparison {
        administrationChanges = List.copyOf(administrationChanges);
        borderChanges = List.copyOf(borderChanges);
        eventsBetween = List.copyOf(eventsBetween);
    }

    /**
     * An island unit (the Habomai islets count as their group) administered by someone else on
     * the later date. {@code before} or {@code after} is null where the data names no administrator.
     *
     * @param periodsBetween the administration periods that began after the earlier date, up to the later one, oldest first
     */
    public record AdministrationChange(Island island, Actor before, Actor after, List<AdministrationPeriod> periodsBetween) {
        public AdministrationChange {
            periodsBetween = List.copyOf(periodsBetween);
        }
    }

    /** How a border's being in force differs between the two dates. */
    public enum BorderChangeKind {
        /** Not in force on the earlier date, in force on the later one. */
        APPEARED,
        /** In force on the earlier date, not on the later one. */
        ENDED,
        /** Came into force and ended again between the two dates. */
        CAME_AND_WENT
    }

    public record BorderChange(Border border, BorderChangeKind kind) {}

    /** Compares the dataset on two dates, given in either order. */
    public static DateComparison compare(Dataset dataset, IslandStatusIndex index, HistoricalDate a, HistoricalDate b) {
        // Statuses and borders as each date ended (decision 0014), so the dates are ordered by
        // their last days: "1945" ends after "1945-08-28", though it begins before it.
        int byLastDay = Long.compare(a.lastEpochDay(), b.lastEpochDay());
        HistoricalDate earlier = byLastDay < 0 || (byLastDay == 0 && a.compareTo(b) <= 0) ? a : b;
        HistoricalDate later = earlier == a ? b : a;
        long from = earlier.lastEpochDay();
        long to = later.lastEpochDay();

        List<AdministrationChange> administration = new ArrayList<>();
        for (Island island : dataset.islands()) {
            if (island.partOf() != null) {
                continue;
            }
            IslandStatus before = index.statusOn(island.id(), from);
            IslandStatus after = index.statusOn(island.id(), to);
            if (!Objects.equals(idOf(before.administrator()), idOf(after.administrator()))) {
                List<AdministrationPeriod> between = index.administrationHistory(island.id()).stream()
                        .filter(p -> p.from().startEpochDay() > from && p.from().startEpochDay() <= to)
                        .toList();
                administration.add(new AdministrationChange(island, before.administrator(), after.administrator(), between));
            }
        }

        List<BorderChange> borders = new ArrayList<>();
        for (Border border : dataset.borders()) {
            boolean inForceBefore = inForce(border, from);
            boolean inForceAfter = inForce(border, to);
            if (!inForceBefore && inForceAfter) {
                borders.add(new BorderChange(border, BorderChangeKind.APPEARED));
            } else if (inForceBefore && !inForceAfter) {
                borders.add(new BorderChange(border, BorderChangeKind.ENDED));
            } else if (!inForceBefore && border.from().startEpochDay() > from && border.to() != null && border.to().startEpochDay() <= to) {
                borders.add(new BorderChange(border, BorderChangeKind.CAME_AND_WENT));
            }
        }

        // The events of both dates' whole span: the year's, when a year is compared with a day in it.
        long eventsStart = Math.min(a.startEpochDay(), b.startEpochDay());
        long eventsEnd = Math.max(a.endEpochDayExclusive(), b.endEpochDayExclusive());
        List<HistoricalEvent> events = dataset.events().stream()
                .filter(e -> e.startEpochDay() >= eventsStart && e.startEpochDay() < eventsEnd)
                .toList();
        return new DateComparison(earlier, later, administration, borders, events);
    }

    private static boolean inForce(Border border, long day) {
        return border.from().startEpochDay() <= day && (border.to() == null || day < border.to().startEpochDay());
    }

    private static String idOf(Actor actor) {
        return actor == null ? null : actor.id();
    }
}
