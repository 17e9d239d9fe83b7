package org.fourislands.core.model;

import java.util.List;
import org.fourislands.core.time.HistoricalDate;

/**
 * A survey table as its source prints it: answers as columns, respondent groups as rows. The
 * {@code question} is the survey's own wording, as the source gives it; null when the source
 * does not give it.
 */
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

    /** The question as a chart shows it: the wording in quotation marks, or that the source does not give it. */
    public String questionAsShown() {
        return question == null ? "Question wording not given in the source." : "“" + question + "”";
    }
}
