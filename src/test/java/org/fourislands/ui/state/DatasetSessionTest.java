package org.fourislands.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fourislands.core.data.DatasetProblem;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.model.Dataset;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What a load that throws, instead of returning its problems, does to the session. */
@ExtendWith(ApplicationExtension.class)
class DatasetSessionTest {

    @Test
    void aLoadThatThrowsIsReportedAsAFailedLoadAndTheDataStays(FxRobot robot) throws Exception {
        Dataset bundled = BundledData.dataset();
        ExplorerState state = new ExplorerState();
        DatasetSession session = new DatasetSession(state, file -> {
            if (file == null) {
                return new LoadResult.Loaded(bundled, "four-islands.json");
            }
            throw new IllegalStateException("an index that could not be built");
        });
        robot.interact(session::loadBundled);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.getDataset() != null);

        robot.interact(() -> session.load(Path.of("lessons", "lesson.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.lastFailureProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        LoadResult.Failed failure = session.lastFailureProperty().get();
        assertThat(failure.file()).isEqualTo("lesson.json");
        assertThat(failure.problems()).extracting(DatasetProblem::toString).containsExactly(
                "lesson.json: could not be loaded because of an unexpected error in Four Islands: "
                        + "java.lang.IllegalStateException: an index that could not be built");
        assertThat(state.getDataset()).isSameAs(bundled);
        assertThat(session.currentFileProperty().get()).isNull();
    }
}
