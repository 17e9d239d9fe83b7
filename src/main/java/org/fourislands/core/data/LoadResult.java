package org.fourislands.core.data;

import java.util.List;
import org.fourislands.core.model.Dataset;

/** The outcome of loading a dataset: the dataset, or every problem found. Never an exception. */
public sealed interface LoadResult {

    /** A dataset that passed both the structural and the semantic pass. */
    record Loaded(Dataset dataset, String file) implements LoadResult {}

    /** A dataset that did not; {@code problems} lists them all, in file order. */
    record Failed(List<DatasetProblem> problems, String file) implements LoadResult {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
