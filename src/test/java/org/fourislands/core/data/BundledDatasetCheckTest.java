package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The build's stamp on the bundled dataset, and what start-up does with it. */
class BundledDatasetCheckTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BundledDatasetCheck.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theBuildStampedTheBundledDataset() throws IOException {
        assertThat(BundledDatasetCheck.passed(resource(DatasetLoader.BUNDLED_RESOURCE))).isTrue();
    }

    /** A stamp names one dataset and one schema: a byte changed in either, or another stamp, and the dataset is checked in full. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 500, -1})
    void aChangedDatasetOrSchemaDoesNotMatchTheStamp(int changedByte) throws IOException {
        byte[] dataset = resource(DatasetLoader.BUNDLED_RESOURCE);
        byte[] schema = resource(SchemaCheck.SCHEMA_RESOURCE);
        String stamp = BundledDatasetCheck.stampFor(dataset, schema);
        assertThat(BundledDatasetCheck.matches(stamp, dataset, schema)).isTrue();
        byte[] editedDataset = dataset.clone();
        editedDataset[changedByte < 0 ? dataset.length - 2 : changedByte] ^= 1;
        byte[] editedSchema = schema.clone();
        editedSchema[changedByte < 0 ? schema.length - 2 : changedByte] ^= 1;
        assertThat(BundledDatasetCheck.matches(stamp, editedDataset, schema)).as("dataset changed at byte %d", changedByte).isFalse();
        assertThat(BundledDatasetCheck.matches(stamp, dataset, editedSchema)).as("schema changed at byte %d", changedByte).isFalse();
        assertThat(BundledDatasetCheck.matches("", dataset, schema)).isFalse();
    }

    @Test
    void theBuildStepWritesTheStampOfAValidDataset(@TempDir Path dir) throws IOException {
        Path stamp = dir.resolve("data/four-islands.checked");
        List<DatasetProblem> problems = BundledDatasetCheck.check(resource(DatasetLoader.BUNDLED_RESOURCE), resource(SchemaCheck.SCHEMA_RESOURCE), stamp);
        assertThat(problems).isEmpty();
        assertThat(Files.readString(stamp)).isEqualTo(new String(resource(BundledDatasetCheck.STAMP_RESOURCE), StandardCharsets.UTF_8));
    }

    /** An invalid bundled dataset fails the build with its problems, and no stamp is written that could let it through. */
    @Test
    void theBuildStepStampsNoInvalidDataset(@TempDir Path dir) throws IOException {
        String valid = new String(resource(DatasetLoader.BUNDLED_RESOURCE), StandardCharsets.UTF_8);
        byte[] invalid = valid.replaceFirst("\"date\": \"1855-02-07\"", "\"date\": \"1855-02-30\"").getBytes(StandardCharsets.UTF_8);
        Path stamp = dir.resolve("four-islands.checked");
        List<DatasetProblem> problems = BundledDatasetCheck.check(invalid, resource(SchemaCheck.SCHEMA_RESOURCE), stamp);
        assertThat(problems).extracting(DatasetProblem::message).anySatisfy(message -> assertThat(message).contains("1855-02-30"));
        assertThat(stamp).doesNotExist();
    }

    /** Start-up's load of the stamped dataset gives what a full check gives, without compiling the schema. */
    @Test
    void theStampedBundledDatasetLoadsAsAFullyCheckedOne() {
        DatasetLoader loader = new DatasetLoader();
        LoadResult trusted = loader.loadBundled();
        assertThat(loader.hasCompiledSchema()).as("schema compiled for the stamped dataset").isFalse();
        LoadResult checked = new DatasetLoader().load(Path.of("data/four-islands.json"));
        assertThat(((LoadResult.Loaded) trusted).dataset()).isEqualTo(((LoadResult.Loaded) checked).dataset());
    }
}
