package org.fourislands.ui.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.fourislands.core.model.HistoricalEvent;

/**
 * Where each lane's items go at one zoom level: events too close to tell apart are clustered
 * into a badge with a count; events whose date spans many pixels (ranges, or dates known only
 * to the month or year) become bars; labels are placed most important first, in the free space
 * to the right of their marker, truncated or dropped when space is short. Positions are kept in
 * "level pixels" (days × pixels per day), so panning at the same zoom reuses the layout; it is
 * recomputed only when the zoom level, the data or the highlighting changes, and never costs
 * more than O(n log n) in the events laid out.
 */
final class TimelineLayout {

    // Pixels at type scale 1; a layout multiplies them by its type scale, as the renderer does
    // its markers and type (a 4K export draws at twice the scale, and its names touched their markers).
    private static final double CLUSTER_GAP_PX = 7;
    private static final double CLUSTER_REACH_PX = 44;
    private static final double MARKER_PX = 11;
    private static final double SPAN_MIN_PX = 22;
    private static final double LABEL_GAP_PX = 6;
    private static final double MIN_LABEL_PX = 42;
    /**
     * The farthest a name may run left of its marker: a name reads as dated where it begins, and
     * "The Soviet Union dissolves and the Russian Federation takes over", whole on the left of its
     * 1991 marker, began at about 1964. A longer name on the left is shortened with an ellipsis.
     */
    private static final double MAX_LEFT_NAME_PX = 120;
    /** Room a cluster's count badge takes beyond its marker. */
    private static final double BADGE_EXTRA_PX = 14;
    /** Names are placed in this order: the most important first, then from left to right. */
    private static final Comparator<Item> MOST_IMPORTANT_FIRST = Comparator.<Item>comparingInt(item -> item.bestImportance)
            .thenComparingDouble(item -> item.x0);

    /** One drawable thing in a lane: a single event, a cluster, or a span bar. */
    final class Item {
        final int first;
        int last;
        double x0;
        double x1;
        int bestImportance;
        boolean span;
        boolean anyTouchesIsland;
        boolean anyMatchesSearch;
        String label;
        double labelWidth;
        boolean labelLeft;
        /** Where the last frame drew a bar's name (its left edge on screen), NaN when it drew none: for hit testing. */
        double nameDrawnAt = Double.NaN;

        Item(int first, double x0, double x1, int importance) {
            this.first = first;
            this.last = first;
            this.x0 = x0;
            this.x1 = x1;
            this.bestImportance = importance;
        }

        int count() {
            return last - first + 1;
        }

        double centre() {
            return (x0 + x1) / 2;
        }

        /** Right end of the marker, its count badge included. */
        double markerRight() {
            return x1 + (count() > 1 ? badgeExtraPx : 0);
        }

        /** Where a name beside the marker ends (on its left) or starts (on its right). */
        double nameAnchor(boolean onLeft) {
            return onLeft ? x0 - labelGapPx : x1 + labelGapPx;
        }

        /** Left end of the item's name, placed on that side. */
        double nameStart(boolean onLeft) {
            return onLeft ? nameAnchor(true) - labelWidth : nameAnchor(false);
        }

        /** Where the marker and the name the layout gave it begin, with the gap a name keeps. */
        double takenFrom() {
            return label != null && labelLeft ? nameStart(true) : x0 - labelGapPx;
        }

        /** Where the marker and its name end, with the gap a name keeps. */
        double takenTo() {
            return label != null && !labelLeft ? nameStart(false) + labelWidth : markerRight() + labelGapPx;
        }
    }

    /** Items of one lane, sorted by {@code x0}. */
    static final class LaneItems {
        final TimelineLanes.Lane lane;
        final List<Item> spans = new ArrayList<>();
        final List<Item> points = new ArrayList<>();

        LaneItems(TimelineLanes.Lane lane) {
            this.lane = lane;
        }

        /** The index of the first point that starts beyond {@code x} (level pixels); points are sorted by their start. */
        int firstPointAfter(double x) {
            int low = 0;
            int high = points.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (points.get(middle).x0 <= x) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    final double pxPerDay;
    /** The pixel constants above at this layout's type scale. */
    final double labelGapPx;
    final double minLabelPx;
    final double maxLeftNamePx;
    private final double clusterGapPx;
    private final double clusterReachPx;
    private final double markerPx;
    private final double spanMinPx;
    private final double badgeExtraPx;
    final double fromDay;
    final double toDay;
    /** True when bars' names and markers' names share one row of places (short lanes). */
    final boolean labelsShareARow;
    final List<LaneItems> lanes = new ArrayList<>();
    /** What the lane being laid out has taken: markers and their names, and bars' names (reused lane to lane). */
    private final OccupiedIntervals occupied = new OccupiedIntervals();
    private final OccupiedIntervals barNames = new OccupiedIntervals();

    /**
     * Lays out the events of every lane that reach into {@code [fromDay, toDay)}.
     *
     * @param typeScale the size of markers and type against the screen's (see {@link org.fourislands.render.Palette#typeScale})
     * @param labelsShareARow bars' names must keep clear of markers and their names too: the lane
     *     is too short for the two rows of text to miss each other
     * @param textWidth measures a label in the lane label font
     * @param displayTitle the title as shown (names rendered in the reader's convention)
     */
    TimelineLayout(TimelineLanes data, double pxPerDay, double fromDay, double toDay, Set<HistoricalEvent> touchingIsland,
            Set<HistoricalEvent> searchMatches, double typeScale, boolean labelsShareARow, ToDoubleFunction<String> textWidth,
            Function<HistoricalEvent, String> displayTitle) {
        this.pxPerDay = pxPerDay;
        labelGapPx = LABEL_GAP_PX * typeScale;
        minLabelPx = MIN_LABEL_PX * typeScale;
        maxLeftNamePx = MAX_LEFT_NAME_PX * typeScale;
        clusterGapPx = CLUSTER_GAP_PX * typeScale;
        clusterReachPx = CLUSTER_REACH_PX * typeScale;
        markerPx = MARKER_PX * typeScale;
        spanMinPx = SPAN_MIN_PX * typeScale;
        badgeExtraPx = BADGE_EXTRA_PX * typeScale;
        this.labelsShareARow = labelsShareARow;
        this.fromDay = fromDay;
        this.toDay = toDay;
        for (TimelineLanes.Lane lane : data.lanes) {
            LaneItems items = new LaneItems(lane);
            cluster(lane, items, touchingIsland, searchMatches);
            placeLabels(lane, items, textWidth, displayTitle);
            lanes.add(items);
        }
    }

    /**
     * One pass over the lane's events in the window, on primitive arrays: at 100,000 events a
     * new zoom level walks tens of thousands of them. The island and search sets are consulted
     * only when they can still change the group's flags.
     */
    private void cluster(TimelineLanes.Lane lane, LaneItems items, Set<HistoricalEvent> touchingIsland, Set<HistoricalEvent> searchMatches) {
        boolean searching = !searchMatches.isEmpty();
        double[] starts = lane.starts;
        double[] ends = lane.ends;
        Item open = null;
        for (int i = lane.firstReaching(fromDay); i < starts.length && starts[i] < toDay; i++) {
            if (ends[i] <= fromDay) {
                continue;
            }
            double x0 = starts[i] * pxPerDay;
            double x1 = ends[i] * pxPerDay;
            // A bar shows a date's real extent: a range, or a month or year. A single known day stays a marker.
            if (lane.coversMoreThanADay[i] && x1 - x0 >= spanMinPx) {
                Item span = new Item(i, x0, x1, lane.importance[i]);
                span.span = true;
                span.anyTouchesIsland = touches(touchingIsland, lane.events[i]);
                span.anyMatchesSearch = searching && searchMatches.contains(lane.events[i]);
                items.spans.add(span);
                continue;
            }
            double centre = (x0 + x1) / 2;
            double left = centre - markerPx / 2;
            double right = centre + markerPx / 2;
            // Markers too close to tell apart join the open group; a group also takes in anything
            // starting within a badge's reach, so that dense data gives a few readable badges
            // rather than a wall of them.
            if (open != null && (left - open.x1 < clusterGapPx || (open.count() > 1 && left - open.x0 < clusterReachPx))) {
                open.last = i;
                open.x1 = Math.max(open.x1, right);
                open.bestImportance = Math.min(open.bestImportance, lane.importance[i]);
                if (!open.anyTouchesIsland) {
                    open.anyTouchesIsland = touches(touchingIsland, lane.events[i]);
                }
                if (searching && !open.anyMatchesSearch) {
                    open.anyMatchesSearch = searchMatches.contains(lane.events[i]);
                }
                continue;
            }
            open = new Item(i, left, right, lane.importance[i]);
            open.anyTouchesIsland = touches(touchingIsland, lane.events[i]);
            open.anyMatchesSearch = searching && searchMatches.contains(lane.events[i]);
            items.points.add(open);
        }
    }

    private static boolean touches(Set<HistoricalEvent> touchingIsland, HistoricalEvent event) {
        return touchingIsland == null || touchingIsland.contains(event);
    }

    /**
     * Most important labels first. A label goes right of its marker, or left if the right is
     * taken and it is short enough ({@link #MAX_LEFT_NAME_PX}), or truncated to the free space on
     * the right (or on the left, within that bound); otherwise it is dropped. Occupied
     * intervals never overlap, so one neighbour lookup among them decides whether a place is
     * free.
     */
    private void placeLabels(TimelineLanes.Lane lane, LaneItems items, ToDoubleFunction<String> textWidth,
            Function<HistoricalEvent, String> displayTitle) {
        occupied.clear();
        List<Item> singles = new ArrayList<>();
        for (Item item : items.points) {
            occupied.add(item.x0, item.markerRight());
            if (item.count() == 1) {
                singles.add(item);
            }
        }
        singles.sort(MOST_IMPORTANT_FIRST);
        for (Item item : singles) {
            String title = displayTitle.apply(lane.events[item.first]);
            double width = textWidth.applyAsDouble(title);
            double right = item.nameAnchor(false);
            double left = item.nameAnchor(true) - width;
            if (occupied.isFree(right, right + width)) {
                place(item, title, width, right, false);
            } else if (width <= maxLeftNamePx && occupied.isFree(left, left + width)) {
                place(item, title, width, left, true);
            } else {
                // Shortened on the right; on the left only when the right has no room for even a
                // short name and the left has more: the 1951 peace treaty's right is cut short by
                // the marker of its entry into force, its left is open back to Yalta's name. (The
                // layout does not know where the plot begins, so the left, which may lie off it,
                // is not preferred for a name the right can hold.)
                double availableRight = occupied.nextStartAfter(right) - labelGapPx - right;
                double leftEnd = item.nameAnchor(true);
                double availableLeft = Math.min(maxLeftNamePx, leftEnd - labelGapPx - occupied.lastEndBefore(item.x0));
                boolean onLeft = availableRight < minLabelPx && availableLeft > availableRight;
                double available = Math.min(width, onLeft ? availableLeft : availableRight);
                String truncated = shortenedToFit(title, width, available, textWidth);
                double start = onLeft ? leftEnd - available : right;
                if (available >= minLabelPx && truncated != null && occupied.isFree(start, start + available)) {
                    double truncatedWidth = textWidth.applyAsDouble(truncated);
                    place(item, truncated, truncatedWidth, onLeft ? leftEnd - truncatedWidth : right, onLeft);
                }
            }
        }
        // A span's name goes inside its bar, at its start: whole, or shortened when the bar or the
        // next name leaves less room. Most important first, and never over another span's name, so
        // that dense data shows some names cleanly rather than all of them on top of each other;
        // in a short lane never over a marker or its name either.
        barNames.clear();
        OccupiedIntervals spanLabels = labelsShareARow ? occupied : barNames;
        List<Item> spans = new ArrayList<>(items.spans);
        spans.sort(MOST_IMPORTANT_FIRST);
        for (Item span : spans) {
            double start = span.x0 + 4;
            if (!spanLabels.isFree(start, start + minLabelPx)) {
                continue;
            }
            double room = Math.min(span.x1 - span.x0 - 8, spanLabels.nextStartAfter(start) - labelGapPx - start);
            String title = displayTitle.apply(lane.events[span.first]);
            double width = textWidth.applyAsDouble(title);
            String label = width <= room ? title : room >= minLabelPx ? shortenedToFit(title, width, room, textWidth) : null;
            if (label != null) {
                span.label = label;
                span.labelWidth = label == title ? width : textWidth.applyAsDouble(label);
                spanLabels.add(start, start + span.labelWidth);
            }
        }
    }

    /**
     * The name cut with an ellipsis to fit {@code room} pixels, measured: {@link #shortened}'s cut
     * is an estimate from the letter count, and a name it leaves too wide for a bar was not drawn
     * at all. Null when under four letters would remain.
     */
    static String shortenedToFit(String name, double width, double room, ToDoubleFunction<String> textWidth) {
        String shown = shortened(name, width, room);
        // A letter at a time off the estimate until it fits; each turn is shorter, so it ends.
        int keep = shown == null ? 0 : shown.length() - 1;
        while (shown != null && textWidth.applyAsDouble(shown) > room) {
            keep--;
            shown = keep >= 4 ? name.substring(0, keep).stripTrailing() + "…" : null;
        }
        return shown;
    }

    /** The title cut to fit {@code available} pixels with an ellipsis, estimated from its full width; null when under four letters would remain. */
    private static String shortened(String title, double width, double available) {
        int keep = (int) Math.floor(title.length() * (available - 12) / width);
        return keep >= 4 ? title.substring(0, Math.min(keep, title.length())).stripTrailing() + "…" : null;
    }

    private void place(Item item, String label, double width, double x, boolean onLeft) {
        item.label = label;
        item.labelWidth = width;
        item.labelLeft = onLeft;
        occupied.add(x, x + width);
    }

    /** True when this layout was made for that zoom level and covers the window. */
    boolean fits(double otherPxPerDay, double windowStart, double windowEnd) {
        return otherPxPerDay == pxPerDay && windowStart >= fromDay && windowEnd <= toDay;
    }
}
