package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watching a file whose folder cannot be watched. */
class FileWatcherTest {

    /** The JDK's watch services poll on a thread of this name until they are closed. */
    private static final String WATCH_SERVICE_THREAD = "FileSystemWatchService";

    @TempDir
    Path temp;

    @Test
    void aFolderThatCannotBeWatchedThrowsAndLeavesNoWatchServiceOpen() throws Exception {
        long idle = watchServiceThreads();
        try (FileWatcher watcher = new FileWatcher(temp.resolve("lesson.json"), Duration.ofMillis(10), () -> {})) {
            assertThat(watchServiceThreads()).as("an open watch service has its thread").isGreaterThan(idle);
        }
        awaitWatchServiceThreadsAtMost(idle);

        Path deleted = Files.createDirectory(temp.resolve("deleted"));
        Files.delete(deleted);
        assertThatThrownBy(() -> new FileWatcher(deleted.resolve("lesson.json"), Duration.ofMillis(10), () -> {}))
                .isInstanceOf(NoSuchFileException.class);
        awaitWatchServiceThreadsAtMost(idle);
    }

    /** A closed service's thread ends soon after the close; one never closed polls forever. */
    private static void awaitWatchServiceThreadsAtMost(long count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (watchServiceThreads() > count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(watchServiceThreads()).as("watch service threads still running").isLessThanOrEqualTo(count);
    }

    private static long watchServiceThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().equals(WATCH_SERVICE_THREAD))
                .count();
    }
}
