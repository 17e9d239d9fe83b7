package org.fourislands.core.model;

import java.util.List;
import org.fourislands.core.time.HistoricalDate;

/** A survey table as its source prints it: answers as columns, respondent groups as rows. */
public record Poll(
        String id,
        String title,
        String question,
        HistoricalDate year,
        String pollster,
        String respondents,
        List<String> answers,
        List<PollRow> rows,
        String note,
        Citation source) {

    public Poll {
        answers = List.copyOf(answers);
        rows = List.copyOf(rows);
    }
}
