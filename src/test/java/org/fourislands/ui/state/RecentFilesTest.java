package org.fourislands.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.fourislands.testing.ThrowawayPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The recent-files list: most recent first, no repeats, at most eight, kept in preferences. */
class RecentFilesTest {

    @RegisterExtension
    final ThrowawayPreferences preferences = new ThrowawayPreferences();

    private final Preferences node = preferences.node();

    @Test
    void mostRecentFirstWithoutRepeatsAndAtMostEight() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 10; i++) {
            recent.add(Path.of("/lessons/lesson-" + i + ".json"));
        }
        recent.add(Path.of("/lessons/lesson-5.json"));
        assertThat(recent.list()).hasSize(RecentFiles.MAX);
        assertThat(recent.list().getFirst()).isEqualTo(Path.of("/lessons/lesson-5.json"));
        assertThat(recent.list().get(1)).isEqualTo(Path.of("/lessons/lesson-9.json"));
        assertThat(recent.list()).doesNotHaveDuplicates().doesNotContain(Path.of("/lessons/lesson-0.json"));
        // A second instance over the same preferences sees the same list: it persists.
        assertThat(new RecentFiles(node).list()).isEqualTo(recent.list());
    }

    @Test
    void aFileCanBeForgotten() {
        RecentFiles recent = new RecentFiles(node);
        recent.add(Path.of("/a.json"));
        recent.add(Path.of("/b.json"));
        recent.remove(Path.of("/a.json"));
        assertThat(recent.list()).containsExactly(Path.of("/b.json"));
    }
}
