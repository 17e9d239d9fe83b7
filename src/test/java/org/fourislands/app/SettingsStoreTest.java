package org.fourislands.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.testing.ReadOnlyFolder;
import org.fourislands.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The settings file: a round trip, and every way a broken file falls back to the defaults. */
class SettingsStoreTest {

    @TempDir
    Path folder;

    private SettingsStore store() {
        return new SettingsStore(folder.resolve("config/four-islands/settings.json"));
    }

    @Test
    void whatIsSavedIsReadBack() throws IOException {
        Settings settings = new Settings(Theme.PROJECTOR, 1.25, 2.0, NamingConvention.RUSSIAN, Script.NATIVE, false,
                List.of(0.2, 0.7, 0.5), "cold-war-freeze", 6);
        store().save(settings);
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(settings);
        // Written through a temporary file that is renamed over the old one: nothing else is left behind.
        try (var files = Files.list(store().file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    /**
     * Saved the way exports are ({@code AtomicWrite}): a folder that takes no file is reported
     * with the settings file's name, and the old settings are kept whole. Its own temporary file
     * named only itself ("…/.settings-8243.json.tmp: Operation not permitted").
     */
    @Test
    void aSettingsFileThatCannotBeWrittenIsNamedAndTheOldOneKept() throws Exception {
        SettingsStore store = store();
        store.save(Settings.DEFAULTS);
        Settings changed = Settings.DEFAULTS.withTour("cold-war-freeze", 2);
        try (ReadOnlyFolder guard = ReadOnlyFolder.make(store.file().getParent())) {
            assertThatThrownBy(() -> store.save(changed)).isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot write " + store.file());
            try (var files = Files.list(store.file().getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
            }
        }
        assertThat(store.load().settings()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void noFileMeansTheDefaultsAndNoWarning() {
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"theme\": \"dark\", \"textScale\": ", "\u0000\u0001garbage", "[1, 2, 3]", "null", ""})
    void aCorruptedFileFallsBackToTheDefaultsWithAWarning(String content) throws IOException {
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), content);
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.warnings()).singleElement().asString().contains(store().file().toString()).contains("defaults");
    }

    @Test
    void aBadValueFallsBackForThatValueOnly() throws IOException {
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), """
                {"theme": "neon", "textScale": 40, "naming": "japanese", "layout": [0.1, "x"], "tour": {"id": "t", "step": 3}}
                """);
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings().theme()).isEqualTo(Theme.LIGHT);
        assertThat(loaded.settings().textScale()).isEqualTo(1.0);
        assertThat(loaded.settings().layout()).isEqualTo(Settings.DEFAULTS.layout());
        assertThat(loaded.settings().naming()).isEqualTo(NamingConvention.JAPANESE);
        assertThat(loaded.settings().tourId()).isEqualTo("t");
        assertThat(loaded.settings().tourStep()).isEqualTo(3);
        assertThat(loaded.warnings()).hasSize(3).anySatisfy(w -> assertThat(w).contains("theme").contains("neon"));
    }

    /** A value of the wrong kind is warned about like an unknown one, never taken or dropped in silence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"animations\": \"yes\"}                | \"animations\" should be true or false, not \"yes\" |",
        "{\"tour\": {\"id\": 42, \"step\": 2}}      | \"tour\" should be a tour's id and step                 |",
        "{\"tour\": \"cold-war-freeze\"}           | \"tour\" should be a tour's id and step                 |",
        "{\"tour\": {\"id\": \"t\", \"step\": -3}}   | \"tour.step\" should be a whole number from 0, not -3  | t",
        "{\"tour\": {\"id\": \"t\", \"step\": 1.5}}  | \"tour.step\" should be a whole number from 0, not 1.5 | t"})
    void aValueOfTheWrongKindFallsBackWithAWarning(String content, String warning, String tourId) throws IOException {
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), content);
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS.withTour(tourId, 0));
        assertThat(loaded.warnings()).singleElement().asString().contains(warning).contains(store().file().toString());
    }
}
