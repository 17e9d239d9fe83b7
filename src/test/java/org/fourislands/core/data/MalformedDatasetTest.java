package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture in {@code datasets/malformed/} is the minimal dataset with a deliberate fault, or
 * a few (made by {@code src/test/tools/make_malformed.py}); the {@code schema-and-...} ones pair a
 * schema problem with a problem of meaning, which must come in the same report. The loader must
 * report exactly the problems in the fixture's {@code .expected} file: file, line, column, JSON
 * path and message.
 */
class MalformedDatasetTest {

    static final Path FIXTURES = Path.of("src/test/resources/datasets/malformed");
    private static final DatasetLoader LOADER = new DatasetLoader();

    static Stream<Arguments> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> Arguments.of(f.getFileName().toString(), f))
                    .toList().stream();
        }
    }

    static List<String> problemsOf(Path fixture) throws IOException {
        LoadResult result = LOADER.load(fixture.getFileName().toString(), Files.readAllBytes(fixture));
        assertThat(result).as("a malformed dataset must not load").isInstanceOf(LoadResult.Failed.class);
        return ((LoadResult.Failed) result).problems().stream().map(DatasetProblem::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyTheExpectedProblems(String name, Path fixture) throws IOException {
        Path expectedFile = Path.of(fixture.toString().replace(".json", ".expected"));
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(problemsOf(fixture)).containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void thereAreAtLeastThirtyFixtures() throws IOException {
        assertThat(fixtures().count()).isGreaterThanOrEqualTo(30);
    }

    /** Prints what the loader says for each fixture, to review before writing a new .expected file. */
    public static void main(String[] args) throws IOException {
        for (Arguments fixture : fixtures().toList()) {
            Path path = (Path) fixture.get()[1];
            System.out.println("== " + path.getFileName());
            problemsOf(path).forEach(System.out::println);
        }
    }
}
