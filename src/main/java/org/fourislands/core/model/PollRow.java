package org.fourislands.core.model;

import java.util.List;

/** One respondent group's answers, in percent, in the order of the poll's answers. */
public record PollRow(String group, List<Double> values) {

    public PollRow {
        values = List.copyOf(values);
    }

    /** The row's percentages added up (the bundled polls' tests check a full table comes to 100). */
    public double total() {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}
