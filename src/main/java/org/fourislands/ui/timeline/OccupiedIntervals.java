package org.fourislands.ui.timeline;

import java.util.Arrays;

/**
 * The stretches of a lane's row already taken by markers and names: intervals that never
 * overlap, kept sorted by start in two primitive arrays, cleared and reused from lane to lane.
 * A {@code TreeMap<Double, Double>} did the same with three objects per interval, a quarter of
 * what a timeline frame allocated at 100,000 events (docs/performance.md, session 9). Adding
 * shifts the later intervals along, and there is at most one interval for every few pixels
 * of the laid-out range (a marker is 11 px wide, a name wider), however many events it holds.
 */
final class OccupiedIntervals {

    private double[] starts = new double[64];
    private double[] ends = new double[64];
    private int size;

    void clear() {
        size = 0;
    }

    /** True when nothing taken overlaps {@code [from, to)}. */
    boolean isFree(double from, double to) {
        int before = lastStartingBefore(to);
        return before < 0 || ends[before] <= from;
    }

    /** Where the first interval starting after {@code x} starts, or infinity. */
    double nextStartAfter(double x) {
        int i = lastStartingBefore(Math.nextUp(x)) + 1;
        return i < size ? starts[i] : Double.POSITIVE_INFINITY;
    }

    /** Where the last interval starting before {@code x} ends, or minus infinity. */
    double lastEndBefore(double x) {
        int i = lastStartingBefore(x);
        return i < 0 ? Double.NEGATIVE_INFINITY : ends[i];
    }

    /** Takes {@code [start, end)}, which must be free. */
    void add(double start, double end) {
        int at = lastStartingBefore(start) + 1;
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        System.arraycopy(starts, at, starts, at + 1, size - at);
        System.arraycopy(ends, at, ends, at + 1, size - at);
        starts[at] = start;
        ends[at] = end;
        size++;
    }

    /** Index of the interval with the greatest start below {@code x}, or -1. */
    private int lastStartingBefore(double x) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < x) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return high;
    }
}
