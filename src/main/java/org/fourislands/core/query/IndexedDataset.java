package org.fourislands.core.query;

import java.util.Objects;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.status.IslandStatusIndex;

/**
 * A dataset with the indexes the explorer asks of it. They are built together, on the thread
 * that loads the dataset, because building them takes time: for 100,000 events about 0.3 s,
 * which the window spent frozen while the FX thread built them at the commit.
 */
public record IndexedDataset(
        Dataset dataset,
        IslandStatusIndex statusIndex,
        NameResolver names,
        EventSearch search,
        GlossaryIndex glossary,
        Bibliography bibliography) {

    public IndexedDataset {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(statusIndex, "statusIndex");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(glossary, "glossary");
        Objects.requireNonNull(bibliography, "bibliography");
    }

    /** Builds every index of {@code dataset}; call it off the FX thread. */
    public static IndexedDataset of(Dataset dataset) {
        NameResolver names = new NameResolver(dataset);
        return new IndexedDataset(dataset, new IslandStatusIndex(dataset), names, new EventSearch(dataset, names),
                new GlossaryIndex(dataset), new Bibliography(dataset));
    }
}
