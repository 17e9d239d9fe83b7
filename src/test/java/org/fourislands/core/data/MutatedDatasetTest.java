package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Island;
import org.fourislands.core.query.IndexedDataset;
import org.fourislands.testing.DatasetEdits;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset broken in 400 seeded random ways ({@link DatasetEdits}). Whatever the
 * edit, the loader must answer with the dataset or with problems each located by line, column
 * and JSON path, and never throw; a dataset it accepts must index and answer status queries.
 * This found the byte-order mark and the byte that is not UTF-8 reported without a path
 * (session 22). {@code MutatedDatasetWindowTest} takes the edits that load through the window.
 */
class MutatedDatasetTest {

    private static final int EDITS = 400;
    private static final long SEED = 20261124L;

    @Test
    void everyEditLoadsOrIsReportedWithItsPlace() {
        DatasetEdits edits = new DatasetEdits(SEED);
        DatasetLoader loader = new DatasetLoader();
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        for (int i = 0; i < EDITS; i++) {
            DatasetEdits.Edited edited = edits.next();
            try {
                LoadResult result = loader.load("edited.json", edited.bytes());
                if (result instanceof LoadResult.Loaded(Dataset dataset, String file)) {
                    loaded++;
                    queryEverything(dataset);
                } else {
                    List<DatasetProblem> problems = ((LoadResult.Failed) result).problems();
                    if (problems.isEmpty()) {
                        failures.add(edited.what() + ": failed with no problem listed");
                    }
                    for (DatasetProblem problem : problems) {
                        if (problem.line() < 1 || problem.column() < 1 || !problem.path().startsWith("$") || problem.message().isBlank()) {
                            failures.add(edited.what() + ": not located: " + problem);
                        }
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(edited.what() + ": threw " + e);
            }
        }
        assertThat(failures).isEmpty();
        // Both outcomes must be exercised for the test to mean anything.
        assertThat(loaded).isBetween(EDITS / 20, EDITS - EDITS / 20);
    }

    private static void queryEverything(Dataset dataset) {
        IndexedDataset indexed = IndexedDataset.of(dataset);
        dataset.coveredSpan();
        for (Island island : dataset.islands()) {
            indexed.statusIndex().segments(island.id());
            for (long day = -60_000; day < 25_000; day += 997) {
                indexed.statusIndex().statusOn(island.id(), day);
            }
        }
    }
}
