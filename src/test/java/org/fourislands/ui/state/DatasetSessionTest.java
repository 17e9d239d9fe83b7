package org.fourislands.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.DatasetProblem;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.model.Dataset;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What a load that throws, instead of returning its problems, does to the session; and loads asked for one after another. */
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

    /**
     * The user opens lesson B while the watched lesson A is saved: the reload of A ran after B's
     * load and put A back on screen, with nothing said. Both requests are made in one turn of the
     * FX thread, so that neither load can commit between them.
     */
    @Test
    void aReloadAskedWhileAnotherFileOpensDoesNotPutTheOldFileBack(FxRobot robot) throws Exception {
        Path a = Path.of("lessons", "a.json");
        Path b = Path.of("lessons", "b.json");
        Dataset lessonA = BundledData.dataset();
        Dataset lessonB = ((LoadResult.Loaded) new DatasetLoader().load(Path.of("src/test/resources/datasets/minimal.json"))).dataset();
        List<Path> reads = new CopyOnWriteArrayList<>();
        ExplorerState state = new ExplorerState();
        DatasetSession session = new DatasetSession(state, file -> {
            reads.add(file);
            return file.equals(a) ? new LoadResult.Loaded(lessonA, "a.json") : new LoadResult.Loaded(lessonB, "b.json");
        });
        robot.interact(() -> session.load(a));
        waitForTheLoads();
        assertThat(state.getDataset()).isSameAs(lessonA);

        robot.interact(() -> {
            session.load(b);
            session.reload();
        });
        waitForTheLoads();

        assertThat(state.getDataset()).isSameAs(lessonB);
        assertThat(session.currentFileProperty().get()).isEqualTo(b);
        assertThat(session.lastFailureProperty().get()).isNull();
        // The reload read the file being opened again, for a save may have come after its first read.
        assertThat(reads).containsExactly(a, b, b);
    }

    /** Until every load asked for so far has run and its result has reached the FX thread. */
    private static void waitForTheLoads() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Loading.submit(done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
