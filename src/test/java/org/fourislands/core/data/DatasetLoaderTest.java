package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.EventCategory;
import org.fourislands.core.time.DatePrecision;
import org.fourislands.testing.DefaultLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetLoaderTest {

    static final Path MINIMAL = Path.of("src/test/resources/datasets/minimal.json");

    @Test
    void loadsTheMinimalDatasetIntoRecords() {
        Dataset dataset = loaded(new DatasetLoader().load(MINIMAL));
        assertThat(dataset.events()).extracting(e -> e.id()).containsExactly("treaty-1855", "occupation-1945");
        var occupation = dataset.event("occupation-1945").orElseThrow();
        assertThat(occupation.date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(occupation.category()).isEqualTo(EventCategory.WAR);
        assertThat(occupation.quotations()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Test speaker"));
        assertThat(occupation.interpretations()).singleElement().satisfies(i -> assertThat(i.attribution()).isEqualTo("Test author"));
        assertThat(dataset.island("yuri").orElseThrow().statusUnitId()).isEqualTo("habomai");
        assertThat(dataset.borders().getFirst().lines().getFirst()).hasSize(2);
        assertThat(dataset.polls().getFirst().rows().getFirst().total()).isEqualTo(100.0);
    }

    /** Every pass, as for any file a teacher opens (start-up trusts the build's stamp instead: BundledDatasetCheckTest). */
    @Test
    void theBundledDatasetValidates() {
        LoadResult result = new DatasetLoader().load(Path.of("data/four-islands.json"));
        assertThat(result).as(() -> result instanceof LoadResult.Failed failed ? String.join("\n", failed.problems().stream()
                .map(DatasetProblem::toString).toList()) : "").isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void refusesAFileLargerThanTheLimit(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, Files.readAllBytes(MINIMAL));
        LoadResult result = new DatasetLoader(1000, 64).load(big);
        assertThat(problems(result)).containsExactly(
                String.format(Locale.ROOT, "big.json: the file is %,d bytes, more than the limit of 1,000 bytes (expected a dataset file, not something else)",
                        Files.size(big)));
    }

    /** Sizes read "1,000" on every machine, not "1.000" on a German one or with Arabic-Indic digits on an Egyptian one. */
    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "ar-EG", "fr-FR"})
    void sizesInMessagesReadTheSameInEveryLocale(String locale) throws IOException {
        byte[] bytes = Files.readAllBytes(MINIMAL);
        LoadResult result = DefaultLocale.under(locale, () -> new DatasetLoader(1000, 64).load("x.json", bytes));
        assertThat(problems(result)).singleElement().asString().contains("more than the limit of 1,000 bytes");
    }

    @Test
    void refusesBytesLargerThanTheLimitToo() throws IOException {
        LoadResult result = new DatasetLoader(1000, 64).load("x.json", Files.readAllBytes(MINIMAL));
        assertThat(problems(result)).singleElement().asString().startsWith("x.json: the file is ");
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        assertThat(problems(new DatasetLoader().load(dir.resolve("nowhere.json"))))
                .singleElement().asString().startsWith("nowhere.json: no such file: ");
    }

    @Test
    void aTighterNestingLimitIsReportedWithItsLocation() throws IOException {
        LoadResult result = new DatasetLoader(1_000_000, 3).load("deep.json", Files.readAllBytes(MINIMAL));
        assertThat(problems(result)).containsExactly("deep.json:6:22: nesting too deep (more than 3 levels; expected the dataset's shallow structure)");
    }

    static Dataset loaded(LoadResult result) {
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).dataset();
    }

    static java.util.List<String> problems(LoadResult result) {
        assertThat(result).isInstanceOf(LoadResult.Failed.class);
        return ((LoadResult.Failed) result).problems().stream().map(DatasetProblem::toString).toList();
    }
}
