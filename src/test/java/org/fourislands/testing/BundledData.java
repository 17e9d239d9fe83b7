package org.fourislands.testing;

import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.model.Dataset;

/** The bundled dataset, loaded once per test run for the tests that only read it. */
public final class BundledData {

    private static Dataset dataset;

    private BundledData() {}

    public static synchronized Dataset dataset() {
        if (dataset == null) {
            dataset = ((LoadResult.Loaded) new DatasetLoader().loadBundled()).dataset();
        }
        return dataset;
    }
}
