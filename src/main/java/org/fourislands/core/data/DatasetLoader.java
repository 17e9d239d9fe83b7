package org.fourislands.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads and validates a dataset file: parse (with size and nesting limits), check the JSON
 * Schema, map to records, then check meaning. Every problem of a pass is reported together.
 * Thread-safe: one loader may serve concurrent loads; call it off the FX thread.
 */
public final class DatasetLoader {

    /** Where the bundled dataset lives on the class path. */
    public static final String BUNDLED_RESOURCE = "/data/four-islands.json";

    private final long maxBytes;
    private final LocatedJsonReader reader;
    private final SchemaCheck schema = new SchemaCheck();

    public DatasetLoader() {
        this(LocatedJsonReader.Limits.DEFAULT.maxBytes(), LocatedJsonReader.Limits.DEFAULT.maxNestingDepth());
    }

    /** A loader with tighter limits, for tests of the limits themselves. */
    public DatasetLoader(long maxBytes, int maxNestingDepth) {
        this.maxBytes = maxBytes;
        this.reader = new LocatedJsonReader(new LocatedJsonReader.Limits(maxBytes, maxNestingDepth,
                LocatedJsonReader.Limits.DEFAULT.maxStringLength()));
    }

    public LoadResult load(Path file) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return failed(name, LocatedJsonReader.tooLarge(size, maxBytes));
            }
            return load(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return failed(name, "no such file: " + file);
        } catch (IOException e) {
            return failed(name, "could not be read: " + e.getMessage());
        }
    }

    /** Loads the dataset bundled with the app. */
    public LoadResult loadBundled() {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return failed("four-islands.json", "the bundled dataset is missing from the application");
            }
            return load("four-islands.json", in.readAllBytes());
        } catch (IOException e) {
            return failed("four-islands.json", "could not be read: " + e.getMessage());
        }
    }

    /** Loads from bytes already in memory; {@code fileName} is how problems name the file. */
    public LoadResult load(String fileName, byte[] bytes) {
        LocatedJsonReader.Result read = reader.read(fileName, bytes);
        if (read instanceof LocatedJsonReader.Unreadable(List<DatasetProblem> problems)) {
            return new LoadResult.Failed(problems, fileName);
        }
        LocatedJson json = ((LocatedJsonReader.Parsed) read).json();
        List<DatasetProblem> structural = schema.check(json);
        if (!structural.isEmpty()) {
            return new LoadResult.Failed(inFileOrder(structural), fileName);
        }
        DatasetMapper mapper = new DatasetMapper(json);
        DatasetMapper.Mapped mapped = mapper.map();
        List<DatasetProblem> problems = new ArrayList<>(mapper.problems());
        problems.addAll(new SemanticCheck(json, mapped).check());
        if (!problems.isEmpty()) {
            return new LoadResult.Failed(inFileOrder(problems), fileName);
        }
        return new LoadResult.Loaded(mapped.dataset(), fileName);
    }

    private static List<DatasetProblem> inFileOrder(List<DatasetProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt(DatasetProblem::line).thenComparingInt(DatasetProblem::column)
                        .thenComparing(DatasetProblem::message))
                .toList();
    }

    private static LoadResult failed(String file, String message) {
        return new LoadResult.Failed(List.of(new DatasetProblem(file, 0, 0, "", message)), file);
    }
}
