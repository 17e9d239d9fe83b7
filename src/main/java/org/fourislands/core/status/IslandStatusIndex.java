package org.fourislands.core.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fourislands.core.model.Actor;
import org.fourislands.core.model.AdministrationPeriod;
import org.fourislands.core.model.Claim;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Island;
import org.fourislands.core.time.HistoricalDate;

/**
 * Answers "status of island X on date D" in O(log n) with no allocation, so the map can ask for
 * every island on every frame while the playhead is dragged. All statuses are worked out once,
 * per island, between consecutive change points; a query is a binary search. Immutable and
 * thread-safe after construction.
 */
public final class IslandStatusIndex {

    /**
     * One island's statuses: {@code statuses[k]} holds from {@code starts[k]} to {@code starts[k+1]};
     * the same as segments, made once (the timeline draws them in every frame).
     */
    private record Timeline(long[] starts, IslandStatus[] statuses, IslandStatus unknown, List<Segment> segments) {

        Timeline(long[] starts, IslandStatus[] statuses, IslandStatus unknown) {
            this(starts, statuses, unknown, segmentsOf(starts, statuses));
        }

        private static List<Segment> segmentsOf(long[] starts, IslandStatus[] statuses) {
            List<Segment> segments = new ArrayList<>(starts.length);
            for (int k = 0; k < starts.length; k++) {
                long end = k + 1 < starts.length ? starts[k + 1] : Long.MAX_VALUE;
                segments.add(new Segment(starts[k], end, statuses[k]));
            }
            return List.copyOf(segments);
        }
    }

    private final Map<String, Timeline> timelines = new HashMap<>();
    private final Map<String, List<AdministrationPeriod>> historyByUnit = new HashMap<>();

    public IslandStatusIndex(Dataset dataset) {
        Map<String, Actor> actors = dataset.actorsById();
        Map<String, List<AdministrationPeriod>> periodsByUnit = new HashMap<>();
        Map<String, List<Claim>> claimsByUnit = new HashMap<>();
        dataset.administration().forEach(p -> periodsByUnit.computeIfAbsent(p.islandId(), k -> new ArrayList<>()).add(p));
        dataset.claims().forEach(c -> claimsByUnit.computeIfAbsent(c.islandId(), k -> new ArrayList<>()).add(c));
        periodsByUnit.values().forEach(list -> list.sort(Comparator.comparing(AdministrationPeriod::from)));

        Map<String, Timeline> byUnit = new HashMap<>();
        for (Island island : dataset.islands()) {
            String unit = island.statusUnitId();
            Timeline timeline = byUnit.computeIfAbsent(unit, u -> build(u,
                    periodsByUnit.getOrDefault(u, List.of()), claimsByUnit.getOrDefault(u, List.of()), actors));
            timelines.put(island.id(), timeline);
            historyByUnit.put(island.id(), List.copyOf(periodsByUnit.getOrDefault(unit, List.of())));
        }
    }

    private static Timeline build(String unit, List<AdministrationPeriod> periods, List<Claim> claims, Map<String, Actor> actors) {
        TreeSet<Long> changePoints = new TreeSet<>();
        periods.forEach(p -> {
            changePoints.add(p.from().startEpochDay());
            if (p.to() != null) {
                changePoints.add(p.to().startEpochDay());
            }
        });
        claims.forEach(c -> {
            changePoints.add(c.from().startEpochDay());
            if (c.to() != null) {
                changePoints.add(c.to().startEpochDay());
            }
        });
        long[] starts = changePoints.stream().mapToLong(Long::longValue).toArray();
        IslandStatus[] statuses = new IslandStatus[starts.length];
        for (int k = 0; k < starts.length; k++) {
            long day = starts[k];
            AdministrationPeriod period = periods.stream().filter(p -> covers(p.from(), p.to(), day)).findFirst().orElse(null);
            Actor administrator = period == null ? null : actors.get(period.administratorId());
            List<Claim> other = new ArrayList<>();
            List<Claim> own = new ArrayList<>();
            for (Claim claim : claims) {
                if (covers(claim.from(), claim.to(), day)) {
                    (period != null && claim.claimantId().equals(period.administratorId()) ? own : other).add(claim);
                }
            }
            statuses[k] = new IslandStatus(unit, administrator, period, other, own);
        }
        return new Timeline(starts, statuses, IslandStatus.unknown(unit));
    }

    private static boolean covers(HistoricalDate from, HistoricalDate to, long day) {
        return from.startEpochDay() <= day && (to == null || day < to.startEpochDay());
    }

    /**
     * The status of {@code islandId} on the day {@code epochDay}; a Habomai islet answers for its
     * group. For an island of the dataset it is one instance for every day of a stretch of
     * unchanged status and every island of a unit, so callers may compare by identity.
     */
    public IslandStatus statusOn(String islandId, long epochDay) {
        Timeline timeline = timelines.get(islandId);
        if (timeline == null) {
            return IslandStatus.unknown(islandId);
        }
        int at = Arrays.binarySearch(timeline.starts(), epochDay);
        int index = at >= 0 ? at : -at - 2;
        return index < 0 ? timeline.unknown() : timeline.statuses()[index];
    }

    /** The status at the end of {@code date}: on its last day, for a month or a year (decision 0014). */
    public IslandStatus statusOn(String islandId, HistoricalDate date) {
        return statusOn(islandId, date.lastEpochDay());
    }

    /** One stretch of unchanged status: from {@code startDay} until {@code endDay} (exclusive; {@link Long#MAX_VALUE} while it lasts). */
    public record Segment(long startDay, long endDay, IslandStatus status) {}

    /** The island's history as consecutive segments of unchanged status, for the timeline's status strips. */
    public List<Segment> segments(String islandId) {
        Timeline timeline = timelines.get(islandId);
        return timeline == null ? List.of() : timeline.segments();
    }

    /** The administration periods of an island (its group's, for an islet), oldest first. */
    public List<AdministrationPeriod> administrationHistory(String islandId) {
        return historyByUnit.getOrDefault(islandId, List.of());
    }
}
