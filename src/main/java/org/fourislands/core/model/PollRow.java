package org.fourislands.core.model;

import java.util.List;

/** One respondent group's answers, in percent, in the order of the poll's answers. */
public record PollRow(String group, List<Double> values) {

    public PollRow {
        values = List.copyOf(values);
    }

    public double total() {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}
